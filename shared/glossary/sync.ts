import type { GlossaryConflict, GlossaryEntry, GlossaryFile, Tombstone } from './model';

export type Clock = Readonly<Record<string, number>>;

/** How two version vectors relate. */
export type Order = 'equal' | 'before' | 'after' | 'concurrent';

export function compareClocks(a: Clock, b: Clock): Order {
  let less = false;
  let more = false;
  for (const writer of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[writer] ?? 0;
    const y = b[writer] ?? 0;
    if (x < y) less = true;
    if (x > y) more = true;
  }
  return less && more ? 'concurrent' : less ? 'before' : more ? 'after' : 'equal';
}

export const mergeClocks = (a: Clock, b: Clock): Record<string, number> => {
  const merged: Record<string, number> = { ...a };
  for (const [writer, count] of Object.entries(b)) merged[writer] = Math.max(merged[writer] ?? 0, count);
  return merged;
};

/** The clock after `writer` changes a version that had `clock`. */
export const tick = (clock: Clock | undefined, writer: string): Record<string, number> => ({ ...clock, [writer]: (clock?.[writer] ?? 0) + 1 });

/** An entry or its deletion, as one version to compare. */
type Version = { readonly entry: GlossaryEntry; readonly deleted?: undefined } | { readonly entry?: undefined; readonly deleted: Tombstone };

const clockOf = (version: Version): Clock => version.entry?.clock ?? version.deleted?.clock ?? {};

/** Same content, whoever wrote it (who and when aside). */
function sameContent(a: Version, b: Version): boolean {
  if (a.deleted || b.deleted) return Boolean(a.deleted && b.deleted);
  const strip = ({ sourceTerms, targetTerms, partOfSpeech, domain, note, commonWords, examples }: GlossaryEntry) =>
    JSON.stringify({ sourceTerms, targetTerms, partOfSpeech, domain, note, commonWords, examples });
  return strip(a.entry) === strip(b.entry);
}

export interface MergeResult {
  readonly glossary: GlossaryFile;
  /** Entries (and deletions) taken from the other copy. */
  readonly pulled: number;
  /** Conflicts found in this merge (also recorded in `glossary.conflicts`). */
  readonly newConflicts: number;
}

/**
 * Merges another copy of the glossary into this one, entry by entry: a version that has seen all
 * the changes of the other replaces it; versions changed apart (concurrent clocks) with different
 * content become a conflict that keeps this copy's version until someone chooses, so a colleague's
 * newer entry is never overwritten and neither is ours. Entries without a clock (written before
 * sharing) count as the writer's first change. Pure: the caller reads and writes the files.
 */
export function mergeGlossary(mine: GlossaryFile, theirs: GlossaryFile, theirsFrom: string): MergeResult {
  const versions = (file: GlossaryFile): Map<string, Version> => {
    const map = new Map<string, Version>();
    for (const entry of file.entries) map.set(entry.id, { entry: entry.clock ? entry : { ...entry, clock: { [`legacy:${entry.changedBy}`]: entry.revision } } });
    for (const deleted of file.deleted) if (!map.has(deleted.id)) map.set(deleted.id, { deleted });
    return map;
  };
  const ours = versions(mine);
  const other = versions(theirs);
  const conflicts = new Map(mine.conflicts.map((c) => [c.id, c]));
  let pulled = 0;
  let newConflicts = 0;
  for (const [id, their] of other) {
    const our = ours.get(id);
    if (!our) {
      ours.set(id, their);
      pulled++;
      continue;
    }
    const order = compareClocks(clockOf(our), clockOf(their));
    if (order === 'before') {
      ours.set(id, their);
      conflicts.delete(id);
      pulled++;
    } else if (order === 'concurrent') {
      if (sameContent(our, their)) {
        const clock = mergeClocks(clockOf(our), clockOf(their));
        ours.set(id, our.entry ? { entry: { ...our.entry, clock } } : { deleted: { ...(our.deleted as Tombstone), clock } });
      } else {
        const known = conflicts.get(id);
        if (!known || compareClocks(known.theirsClock, clockOf(their)) !== 'equal') newConflicts++;
        conflicts.set(id, { id, mine: our.entry ?? null, theirs: their.entry ?? null, theirsFrom, theirsClock: { ...clockOf(their) } });
      }
    }
  }
  const entries: GlossaryEntry[] = [];
  const deleted: Tombstone[] = [];
  for (const version of ours.values()) {
    if (version.entry) entries.push(version.entry);
    else deleted.push(version.deleted);
  }
  return { glossary: { ...mine, entries, deleted, conflicts: [...conflicts.values()] }, pulled, newConflicts };
}

/**
 * Settles a conflict: the chosen version wins with a clock that has seen both, so every copy
 * takes it on its next merge.
 */
export function resolveConflict(glossary: GlossaryFile, conflict: GlossaryConflict, keep: 'mine' | 'theirs', writer: string, by: string, at: string): GlossaryFile {
  const mineClock = conflict.mine?.clock ?? glossary.deleted.find((d) => d.id === conflict.id)?.clock ?? {};
  const clock = tick(mergeClocks(mineClock, conflict.theirsClock), writer);
  const chosen = keep === 'mine' ? conflict.mine : conflict.theirs;
  const entries = glossary.entries.filter((e) => e.id !== conflict.id);
  const deleted = glossary.deleted.filter((d) => d.id !== conflict.id);
  const conflicts = glossary.conflicts.filter((c) => c.id !== conflict.id);
  if (chosen) {
    entries.push({ ...chosen, clock, changedBy: by, changedAt: at, revision: Math.max(conflict.mine?.revision ?? 0, conflict.theirs?.revision ?? 0) + 1 });
  } else {
    deleted.push({ id: conflict.id, deletedBy: by, deletedAt: at, clock });
  }
  return { ...glossary, entries, deleted, conflicts };
}
