import { open } from 'node:fs/promises';
import { JournalReader, type JournalProblem, type JournalRecord } from '../../shared/project';
import { identityOf, MISSING, type FileIdentity } from './durable-file';

const CHUNK = 1 << 20;

export interface JournalFileReading {
  /** The file as it was read (`MISSING` when there is none). */
  readonly identity: FileIdentity;
  readonly records: readonly JournalRecord[];
  /** The offset just past the last complete line: where the next record belongs. */
  readonly end: number;
  /** A last piece with no newline that does not parse: a crash mid-append (or an append in progress). */
  readonly tornTail: boolean;
  readonly problem?: JournalProblem;
}

/**
 * Reads a journal file from `offset` a line at a time, decoding one line at a time (a newline byte
 * is never inside a UTF-8 character), so a journal of any size is never one string. Records at
 * or before `afterSeq` are skipped. `expectIdentity`: the file must still be that inode (a
 * compaction may have replaced it since it was looked at); `undefined` is answered if not.
 */
export async function readJournalFile(
  path: string, afterSeq: number, offset = 0, expectIno?: bigint, firstLine = 1,
): Promise<JournalFileReading | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return expectIno === undefined ? { identity: MISSING, records: [], end: 0, tornTail: false } : undefined;
    throw error;
  }
  try {
    const identity = identityOf(await handle.stat({ bigint: true }));
    if (expectIno !== undefined && identity.ino !== expectIno) return undefined;
    const reader = new JournalReader(afterSeq);
    let carry: Buffer = Buffer.alloc(0);
    let position = offset;
    let lineStart = offset;
    let line = firstLine;
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      const chunk = carry.length > 0 ? Buffer.concat([carry, buffer.subarray(0, bytesRead)]) : buffer.subarray(0, bytesRead);
      let from = 0;
      for (let stop = chunk.indexOf(0x0a, from); stop >= 0; stop = chunk.indexOf(0x0a, from)) {
        const problem = reader.line(chunk.toString('utf8', from, stop), line++);
        if (problem && problem !== 'torn') return { identity, records: reader.records, end: lineStart, tornTail: false, problem };
        lineStart += stop + 1 - from;
        from = stop + 1;
      }
      carry = Buffer.from(chunk.subarray(from));
    }
    if (carry.length > 0) {
      const before = reader.records.length;
      const outcome = reader.line(carry.toString('utf8'), line, true);
      if (outcome === 'torn') return { identity, records: reader.records, end: lineStart, tornTail: true };
      if (outcome) return { identity, records: reader.records, end: lineStart, tornTail: false, problem: outcome };
      // A record whose newline is missing was cut short like any torn line: its append never finished
      // (a record and its newline are one write), so it was never acknowledged.
      reader.records.length = before;
      return { identity, records: reader.records, end: lineStart, tornTail: true };
    }
    return { identity, records: reader.records, end: lineStart, tornTail: false };
  } finally {
    await handle.close();
  }
}
