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

export const journalLine = (record: JournalRecord): string => [...journalPieces(record)].join('');

/** Units per piece of `journalPieces`: a few hundred kilobytes of text. */
const UNITS_PER_PIECE = 1000;

/**
 * A record's journal line in pieces, so that the first are written to disk while the rest are
 * still being turned into text (aligning a translation into a 50,000-unit document changes them
 * all: a line of 30 MB).
 */
export function* journalPieces(record: JournalRecord): Generator<string> {
  const { units, ...splice } = record.splice;
  const opening = JSON.stringify({ seq: record.seq, at: record.at, splice: { ...splice, units: [] } });
  yield opening.slice(0, -'[]}}'.length + 1); // up to the units' [
  for (let k = 0; k < units.length; k += UNITS_PER_PIECE) {
    const piece = JSON.stringify(units.slice(k, k + UNITS_PER_PIECE)).slice(1, -1);
    yield k === 0 ? piece : `,${piece}`;
  }
  yield ']}}\n';
}

export type JournalReading =
  | {
      readonly ok: true;
      /** Records after the snapshot, in order. */
      readonly records: readonly JournalRecord[];
      /** A last line cut short by a crash mid-append: dropped, it holds at most the last change. */
      readonly tornTail: boolean;
    }
  | JournalProblem;

export type JournalProblem = { readonly ok: false; readonly line: number; readonly detail: string };

/**
 * Reads a journal a line at a time, so that a journal of any size never becomes one string.
 * `afterSeq` is the snapshot's journalSeq (older records are skipped); every later record must
 * follow the one before it.
 */
export class JournalReader {
  readonly records: JournalRecord[] = [];
  private expected: number;

  constructor(afterSeq: number) {
    this.expected = afterSeq + 1;
  }

  /**
   * One line (without its newline). `unterminated`: the file's last piece, with no newline after
   * it: if it does not parse it is a line torn by a crash mid-append (`'torn'`), else a problem.
   */
  line(text: string, lineNumber: number, unterminated = false): JournalProblem | 'torn' | undefined {
    if (text.trim() === '') return undefined;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      if (unterminated) return 'torn';
      return { ok: false, line: lineNumber, detail: `not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
    const parsed = JournalRecordSchema.safeParse(raw);
    if (!parsed.success) {
      if (unterminated) return 'torn';
      const issue = parsed.error.issues[0];
      return { ok: false, line: lineNumber, detail: `${issue?.path.join('.') || '(record)'}: ${issue?.message ?? 'invalid'}` };
    }
    const record = parsed.data;
    if (record.seq < this.expected) return undefined;
    if (record.seq !== this.expected) return { ok: false, line: lineNumber, detail: `record ${record.seq} where ${this.expected} was expected` };
    this.expected++;
    this.records.push(record);
    return undefined;
  }
}

/** Reads journal text; `afterSeq` is the snapshot's journalSeq, so older records are skipped. */
export function readJournal(text: string, afterSeq: number): JournalReading {
  const lines = text.split('\n');
  const complete = text.endsWith('\n') || text === '';
  const reader = new JournalReader(afterSeq);
  for (let i = 0; i < lines.length; i++) {
    const outcome = reader.line(lines[i] ?? '', i + 1, i === lines.length - 1 && !complete);
    if (outcome === 'torn') return { ok: true, records: reader.records, tornTail: true };
    if (outcome) return outcome;
  }
  return { ok: true, records: reader.records, tornTail: false };
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
