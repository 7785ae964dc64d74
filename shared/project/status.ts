/**
 * The one state machine of a unit's status. The UI, the service and the CLI ask it; none of them
 * re-implements it.
 */
export const UNIT_STATUSES = ['new', 'draft', 'translated', 'aligned', 'approved', 'rejected'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

const ALLOWED: Readonly<Record<UnitStatus, readonly UnitStatus[]>> = {
  new: ['draft', 'translated'],
  draft: ['new', 'translated'],
  translated: ['draft', 'approved', 'rejected'],
  aligned: ['draft', 'translated', 'approved', 'rejected'],
  approved: ['translated', 'rejected'],
  rejected: ['draft', 'translated'],
};

/** A unit whose translation is done: confirmed by the translator or approved by a reviewer. */
export function isDone(status: UnitStatus): boolean {
  return status === 'translated' || status === 'approved';
}

export function canMove(from: UnitStatus, to: UnitStatus): boolean {
  return from === to || ALLOWED[from].includes(to);
}

export function allowedMoves(from: UnitStatus): readonly UnitStatus[] {
  return ALLOWED[from];
}

/** Status after the translator changes the target text: editing never keeps an approval. */
export function statusAfterEdit(current: UnitStatus, target: string): UnitStatus {
  const empty = target.trim().length === 0;
  if (current === 'new' || current === 'draft') return empty ? 'new' : 'draft';
  if (current === 'approved') return 'translated';
  if (current === 'rejected') return empty ? 'new' : 'draft';
  return empty ? 'draft' : current;
}
