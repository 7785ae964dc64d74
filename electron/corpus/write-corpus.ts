import type { WriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { commitTemporary, createTemporaryBeside, writeFailure } from '../store/durable-file';
import { corpusWriter, type CorpusFormat, type CorpusHeader, type CorpusStream, type CorpusWriter } from '../../shared/formats';
import { Utf8Blocks, chain } from '../text-files/utf8-blocks';
import { corpusPairs, type CorpusCounts, type CorpusSelection, type ExportedDocument } from '../../shared/project';

export interface CorpusExport {
  readonly files: string[];
  readonly counts: CorpusCounts;
  /** Characters XML 1.0 forbids (a vertical tab from Word) that were left out. */
  readonly droppedCharacters: number;
}

/** The files a format writes for `out`: Moses writes `<out>.<source lang>` and `<out>.<target lang>`. */
export function corpusFiles(format: CorpusFormat, out: string, header: Pick<CorpusHeader, 'sourceLang' | 'targetLang'>): Partial<Record<CorpusStream, string>> {
  return format === 'moses' ? { source: `${out}.${header.sourceLang}`, target: `${out}.${header.targetLang}` } : { main: out };
}

/**
 * Writes to a stream, waiting when its buffer is full, so memory stays flat however long the
 * corpus; `written` runs once the stream is done with the bytes.
 */
function writeTo(stream: WriteStream, bytes: Uint8Array, written?: () => void): Promise<void> | undefined {
  if (stream.write(bytes, written && (() => written()))) return undefined;
  return new Promise((resolve, reject) => {
    const done = (error?: Error): void => {
      stream.off('drain', done);
      stream.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}

const closeStream = (stream: WriteStream): Promise<void> =>
  new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });

/**
 * Runs documents through a writer, handing each piece to `emit`, which answers with a promise only
 * when the caller must wait (a full buffer): a million pairs do not each cost a round of promises.
 * Answers with what was left out.
 */
export async function renderCorpus(
  documents: AsyncIterable<ExportedDocument> | Iterable<ExportedDocument>, writer: CorpusWriter, selection: CorpusSelection,
  emit: (pieces: Partial<Record<CorpusStream, string>>) => Promise<void> | undefined,
): Promise<CorpusCounts> {
  const counts: CorpusCounts = { exported: 0, skippedByStatus: 0, empty: 0, duplicates: 0 };
  await emit(writer.opening());
  const seen = new Set<string>();
  for await (const document of documents) {
    for (const pair of corpusPairs(document, selection, counts, seen)) {
      const waiting = emit(writer.pair(pair));
      if (waiting) await waiting;
    }
  }
  await emit(writer.closing());
  return counts;
}

/**
 * The files of one export, written beside their final names (fresh random names, created
 * exclusively: never through a planted link) and renamed only when complete.
 */
class CorpusFiles {
  private constructor(private readonly streams: Map<CorpusStream, { stream: WriteStream; temporary: string; final: string }>) {}

  static async open(names: readonly CorpusStream[], targets: Partial<Record<CorpusStream, string>>, out: string): Promise<CorpusFiles> {
    const streams = new Map<CorpusStream, { stream: WriteStream; temporary: string; final: string }>();
    const files = new CorpusFiles(streams);
    try {
      for (const name of names) {
        const final = targets[name] ?? out;
        if ((await stat(final).catch(() => undefined))?.isDirectory()) throw writeFailure(final, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
        const { handle, path: temporary } = await createTemporaryBeside(final, 'partial');
        streams.set(name, { stream: handle.createWriteStream({ highWaterMark: 1 << 22 }), temporary, final });
      }
    } catch (error) {
      await files.abort();
      throw error;
    }
    return files;
  }

  write(name: CorpusStream, bytes: Uint8Array, written?: () => void): Promise<void> | undefined {
    const target = this.streams.get(name);
    return target && bytes.length > 0 ? writeTo(target.stream, bytes, written) : undefined;
  }

  async finish(): Promise<string[]> {
    for (const { stream, final } of this.streams.values()) await closeStream(stream).catch((error: unknown) => Promise.reject(writeFailure(final, error)));
    for (const { temporary, final } of this.streams.values()) await commitTemporary(temporary, final);
    return [...this.streams.values()].map((s) => s.final);
  }

  async abort(): Promise<void> {
    for (const { stream, temporary } of this.streams.values()) {
      stream.destroy();
      await rm(temporary, { force: true });
    }
  }
}

/**
 * Streams documents into corpus files, one pair at a time. Each file is written beside its final
 * name and renamed only when complete: a failed or interrupted export leaves no half file behind.
 */
export async function writeCorpus(
  documents: AsyncIterable<ExportedDocument>, format: CorpusFormat, out: string, header: CorpusHeader, selection: CorpusSelection,
): Promise<CorpusExport> {
  const writer = corpusWriter(format, header);
  const files = await CorpusFiles.open(writer.streams, corpusFiles(format, out, header), out);
  const blocks = new Map(writer.streams.map((name) => [name, new Utf8Blocks((bytes, written) => files.write(name, bytes, written))]));
  const emit = (pieces: Partial<Record<CorpusStream, string>>): Promise<void> | undefined => {
    let waiting: Promise<void> | undefined;
    for (const [name, block] of blocks) {
      const text = pieces[name];
      if (text) waiting = chain(waiting, block.write(text));
    }
    return waiting;
  };
  try {
    const counts = await renderCorpus(documents, writer, selection, emit);
    for (const block of blocks.values()) await block.flush();
    return { files: await files.finish(), counts, droppedCharacters: writer.droppedCharacters };
  } catch (error) {
    await files.abort();
    throw error;
  }
}

/** Streams text into one file, written beside it and renamed when complete (as `writeCorpus` does). */
export async function writeCorpusFile<T>(out: string, produce: (write: (piece: string) => Promise<void>) => Promise<T>): Promise<T> {
  const files = await CorpusFiles.open(['main'], { main: out }, out);
  const blocks = new Utf8Blocks((bytes, written) => files.write('main', bytes, written));
  try {
    const result = await produce(async (piece) => {
      await blocks.write(piece);
    });
    await blocks.flush();
    await files.finish();
    return result;
  } catch (error) {
    await files.abort();
    throw error;
  }
}
