import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { corpusWriter, type CorpusFormat, type CorpusHeader, type CorpusStream, type CorpusWriter } from '../../shared/formats';
import { corpusPairs, type CorpusCounts, type CorpusSelection, type DocumentFile } from '../../shared/project';

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

/** Writes to a stream, waiting when its buffer is full, so memory stays flat however long the corpus. */
function writeTo(stream: WriteStream, text: string): Promise<void> | undefined {
  if (stream.write(text)) return undefined;
  return new Promise((resolve, reject) => {
    stream.once('drain', resolve);
    stream.once('error', reject);
  });
}

const closeStream = (stream: WriteStream): Promise<void> =>
  new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });

/** Runs documents through a writer, handing each piece to `emit`; answers with what was left out. */
export async function renderCorpus(
  documents: AsyncIterable<DocumentFile> | Iterable<DocumentFile>, writer: CorpusWriter, selection: CorpusSelection,
  emit: (pieces: Partial<Record<CorpusStream, string>>) => Promise<void> | void,
): Promise<CorpusCounts> {
  const counts: CorpusCounts = { exported: 0, skippedByStatus: 0, empty: 0, duplicates: 0 };
  await emit(writer.opening());
  const seen = new Set<string>();
  for await (const document of documents) {
    for (const pair of corpusPairs(document, selection, counts, seen)) await emit(writer.pair(pair));
  }
  await emit(writer.closing());
  return counts;
}

/**
 * Streams documents into corpus files, one pair at a time. Each file is written beside its final
 * name and renamed only when complete: a failed or interrupted export leaves no half file behind.
 */
export async function writeCorpus(
  documents: AsyncIterable<DocumentFile>, format: CorpusFormat, out: string, header: CorpusHeader, selection: CorpusSelection,
): Promise<CorpusExport> {
  const writer = corpusWriter(format, header);
  const targets = corpusFiles(format, out, header);
  const streams = new Map<CorpusStream, { stream: WriteStream; temporary: string; final: string }>();
  for (const name of writer.streams) {
    const final = targets[name] ?? out;
    const temporary = `${final}.${process.pid}.partial`;
    const stream = createWriteStream(temporary, { encoding: 'utf8' });
    streams.set(name, { stream, temporary, final });
  }
  const emit = async (pieces: Partial<Record<CorpusStream, string>>): Promise<void> => {
    for (const [name, text] of Object.entries(pieces) as Array<[CorpusStream, string]>) {
      const target = streams.get(name);
      if (target && text) await writeTo(target.stream, text);
    }
  };
  let counts: CorpusCounts;
  try {
    counts = await renderCorpus(documents, writer, selection, emit);
    for (const { stream } of streams.values()) await closeStream(stream);
    for (const { temporary, final } of streams.values()) await rename(temporary, final);
  } catch (error) {
    for (const { stream, temporary } of streams.values()) {
      stream.destroy();
      await rm(temporary, { force: true });
    }
    throw error;
  }
  return { files: [...streams.values()].map((s) => s.final), counts, droppedCharacters: writer.droppedCharacters };
}
