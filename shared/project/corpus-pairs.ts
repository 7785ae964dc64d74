import { matchingKey, normalize } from '../text';
import { unitSourceText, unitTargetText, type Unit } from './model';
import type { UnitStatus } from './status';

export interface CorpusSelection {
  /** Only these statuses (empty or absent: all). */
  readonly statuses?: readonly UnitStatus[];
  /** Drop pairs whose source and target were already exported (compared by matching key). */
  readonly dedupe?: boolean;
  /** Normalize the Sorani (display-safe level) and trim white space on both sides. */
  readonly clean?: boolean;
}

export interface CorpusCounts {
  exported: number;
  skippedByStatus: number;
  empty: number;
  duplicates: number;
}

export interface SelectedPair {
  readonly id: string;
  readonly documentId: string;
  readonly document: string;
  readonly source: string;
  readonly target: string;
  readonly status: UnitStatus;
  readonly reviewer?: string;
  readonly note?: string;
  readonly changedAt?: string;
}

/** The reviewer who last approved the unit, if it is approved. */
function reviewerOf(unit: Unit): string | undefined {
  if (unit.status !== 'approved') return undefined;
  for (let i = unit.history.length - 1; i >= 0; i--) {
    const entry = unit.history[i];
    if (entry?.status === 'approved') return entry.by;
  }
  return undefined;
}

/**
 * Chooses and cleans a document's pairs for a corpus, counting what it leaves out. `seen` carries
 * the duplicate keys from one document to the next of the same export.
 */
/**
 * What an export reads of a document: its id, name and units, in order. The store may hand the
 * units over one at a time, parsed as they are read (such units can be walked through once), so
 * that a corpus-sized document is never held whole.
 */
export interface ExportedDocument {
  readonly id: string;
  readonly name: string;
  readonly units: Iterable<Unit>;
}

export function* corpusPairs(document: ExportedDocument, selection: CorpusSelection, counts: CorpusCounts, seen: Set<string>): Generator<SelectedPair> {
  const wanted = selection.statuses && selection.statuses.length > 0 ? new Set(selection.statuses) : undefined;
  for (const unit of document.units) {
    if (wanted && !wanted.has(unit.status)) {
      counts.skippedByStatus++;
      continue;
    }
    let source = unitSourceText(unit);
    let target = unitTargetText(unit);
    if (selection.clean) {
      source = normalize(source, 'display').text.trim();
      target = target.trim().replace(/\s+/gu, ' ');
    }
    if (source.trim() === '' || target.trim() === '') {
      counts.empty++;
      continue;
    }
    if (selection.dedupe) {
      const key = `${matchingKey(source)}\u0000${matchingKey(target)}`;
      if (seen.has(key)) {
        counts.duplicates++;
        continue;
      }
      seen.add(key);
    }
    counts.exported++;
    const reviewer = reviewerOf(unit);
    const notes = unit.comments.filter((c) => !c.resolved).map((c) => c.text);
    const changedAt = unit.history.at(-1)?.at;
    yield {
      id: unit.id, documentId: document.id, document: document.name, source, target, status: unit.status,
      ...(reviewer ? { reviewer } : {}), ...(notes.length > 0 ? { note: notes.join('\n') } : {}), ...(changedAt ? { changedAt } : {}),
    };
  }
}
