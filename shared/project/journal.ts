import { z } from 'zod';
import { UnitSchema, type DocumentFile } from './model';
import { applySplice, type Splice } from './operations';

/**
 * A document is stored as a snapshot plus a journal: one JSON line per change, appended in
 * milliseconds, instead of rewriting megabytes per keystroke. The snapshot names the last record
 * it contains (`journalSeq`); replay applies the records after it, in order.
 */
export const JournalRecordSchema = z.object({
  seq: z.number().int().positive(),
  /** The document's updatedAt after this change. */
  at: z.string(),
  splice: z.object({
    index: z.number().int().nonnegative(),
    deleteCount: z.number().int().nonnegative(),
    units: z.array(UnitSchema),
  }),
});
export type JournalRecord = z.infer<typeof JournalRecordSchema>;

export const journalLine = (record: JournalRecord): string => `${JSON.stringify(record)}\n`;

export type JournalReading =
  | {
      readonly ok: true;
      /** Records after the snapshot, in order. */
      readonly records: readonly JournalRecord[];
      /** A last line cut short by a crash mid-append: dropped, it holds at most the last change. */
      readonly tornTail: boolean;
    }
  | { readonly ok: false; readonly line: number; readonly detail: string };

/** Reads journal text; `afterSeq` is the snapshot's journalSeq, so older records are skipped. */
export function readJournal(text: string, afterSeq: number): JournalReading {
  const lines = text.split('\n');
  const complete = text.endsWith('\n') || text === '';
  const records: JournalRecord[] = [];
  let expected = afterSeq + 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const isLast = i === lines.length - 1;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      if (isLast && !complete) return { ok: true, records, tornTail: true };
      return { ok: false, line: i + 1, detail: `not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
    const parsed = JournalRecordSchema.safeParse(raw);
    if (!parsed.success) {
      if (isLast && !complete) return { ok: true, records, tornTail: true };
      const issue = parsed.error.issues[0];
      return { ok: false, line: i + 1, detail: `${issue?.path.join('.') || '(record)'}: ${issue?.message ?? 'invalid'}` };
    }
    const record = parsed.data;
    if (record.seq <= afterSeq) continue;
    if (record.seq !== expected) return { ok: false, line: i + 1, detail: `record ${record.seq} where ${expected} was expected` };
    expected++;
    records.push(record);
  }
  return { ok: true, records, tornTail: false };
}

export class JournalReplayError extends Error {
  constructor(readonly seq: number, message: string) {
    super(message);
    this.name = 'JournalReplayError';
  }
}

/** The snapshot with the records applied; a record that does not fit the units is an error, never skipped. */
export function replayJournal(snapshot: DocumentFile, records: readonly JournalRecord[]): DocumentFile {
  if (records.length === 0) return snapshot;
  let units = snapshot.units;
  let updatedAt = snapshot.updatedAt;
  for (const record of records) {
    const splice: Splice = record.splice;
    if (splice.index + splice.deleteCount > units.length) {
      throw new JournalReplayError(record.seq, `record ${record.seq} changes units ${splice.index}..${splice.index + splice.deleteCount} of ${units.length}`);
    }
    units = applySplice(units, splice);
    updatedAt = record.at;
  }
  return { ...snapshot, units, updatedAt };
}
