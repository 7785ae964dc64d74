import { countWords } from '../text';
import { toCsv } from '../formats';
import { unitSourceText, type DocumentFile } from './model';
import { UNIT_STATUSES, type UnitStatus } from './status';

export interface Counts {
  readonly segments: number;
  readonly words: number;
}

export interface ProgressStats {
  readonly id: string;
  readonly name: string;
  readonly total: Counts;
  readonly byStatus: Readonly<Record<UnitStatus, Counts>>;
  /** The latest change: the document's last save or the newest history entry. */
  readonly lastActivity: string;
}

const zero = (): Record<UnitStatus, Counts> =>
  Object.fromEntries(UNIT_STATUSES.map((status) => [status, { segments: 0, words: 0 }])) as Record<UnitStatus, Counts>;

/** Segments and source words by status for one document. */
export function documentStats(document: DocumentFile): ProgressStats {
  const byStatus = zero();
  let totalWords = 0;
  let lastActivity = document.updatedAt;
  for (const unit of document.units) {
    const count = countWords(unitSourceText(unit));
    const current = byStatus[unit.status];
    byStatus[unit.status] = { segments: current.segments + 1, words: current.words + count };
    totalWords += count;
    for (const entry of unit.history) if (entry.at > lastActivity) lastActivity = entry.at;
  }
  return { id: document.id, name: document.name, total: { segments: document.units.length, words: totalWords }, byStatus, lastActivity };
}

/** The sum over documents, for a project. */
export function sumStats(id: string, name: string, parts: readonly ProgressStats[]): ProgressStats {
  const byStatus = zero();
  let segments = 0;
  let total = 0;
  let lastActivity = '';
  for (const part of parts) {
    segments += part.total.segments;
    total += part.total.words;
    if (part.lastActivity > lastActivity) lastActivity = part.lastActivity;
    for (const status of UNIT_STATUSES) {
      byStatus[status] = {
        segments: byStatus[status].segments + part.byStatus[status].segments,
        words: byStatus[status].words + part.byStatus[status].words,
      };
    }
  }
  return { id, name, total: { segments, words: total }, byStatus, lastActivity };
}

/** The dashboard as CSV: one row per document and a last row for the project. */
export function statsCsv(documents: readonly ProgressStats[], project: ProgressStats): string {
  const header = ['document', 'segments', 'words', ...UNIT_STATUSES.flatMap((s) => [`${s} segments`, `${s} words`]), 'last activity'];
  const row = (stats: ProgressStats): Array<string | number> => [
    stats.name, stats.total.segments, stats.total.words,
    ...UNIT_STATUSES.flatMap((s) => [stats.byStatus[s].segments, stats.byStatus[s].words]), stats.lastActivity,
  ];
  return toCsv([header, ...documents.map(row), row(project)]);
}
