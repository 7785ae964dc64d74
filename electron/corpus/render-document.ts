import { corpusWriter, type CorpusFormat, type CorpusHeader, type CorpusStream } from '../../shared/formats';
import { corpusPairs, type CorpusCounts, type CorpusSelection, type DocumentFile } from '../../shared/project';

/** One document's part of a corpus, already encoded: what a worker hands back. */
export interface RenderedDocument {
  readonly bytes: Partial<Record<CorpusStream, Uint8Array>>;
  readonly counts: CorpusCounts;
  readonly droppedCharacters: number;
}

/**
 * A document's pairs in a format, encoded as UTF-8, without the file's opening and closing (the
 * writer of the whole export adds those). Duplicates are not looked for across documents here.
 */
export function renderDocument(document: DocumentFile, format: CorpusFormat, header: CorpusHeader, selection: CorpusSelection): RenderedDocument {
  const writer = corpusWriter(format, header);
  const counts: CorpusCounts = { exported: 0, skippedByStatus: 0, empty: 0, duplicates: 0 };
  const parts = new Map<CorpusStream, Buffer[]>(writer.streams.map((name) => [name, []]));
  const add = (pieces: Partial<Record<CorpusStream, string>>): void => {
    for (const name of writer.streams) {
      const text = pieces[name];
      if (text) parts.get(name)?.push(Buffer.from(text, 'utf8'));
    }
  };
  for (const pair of corpusPairs(document, { ...selection, dedupe: false }, counts, new Set())) add(writer.pair(pair));
  add(writer.documentEnd());
  const bytes: Partial<Record<CorpusStream, Uint8Array>> = {};
  for (const [name, list] of parts) bytes[name] = ownBytes(list);
  return { bytes, counts, droppedCharacters: writer.droppedCharacters };
}

/**
 * The pieces joined into a Uint8Array of its own: Buffer.concat may hand out a slice of Node's
 * shared pool, which must not be transferred to another thread.
 */
function ownBytes(list: readonly Buffer[]): Uint8Array {
  const total = list.reduce((sum, piece) => sum + piece.length, 0);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const piece of list) {
    bytes.set(piece, offset);
    offset += piece.length;
  }
  return bytes;
}
