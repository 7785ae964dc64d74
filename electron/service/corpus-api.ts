import { ApiError, parseInput, type ApiOutput, type ParsedInput, type PirdApi } from '../../shared/api';
import { FormatError, corpusWriter, tmxReader, xliffReader, type CorpusStream, type ImportedPair, type PairSink } from '../../shared/formats';
import { DOCUMENT_SCHEMA_VERSION, type DocumentFile, type DocumentSummary } from '../../shared/project';
import { CORPUS_PART_UNITS, CorpusImportError, corpusName, decodeCorpusText, importFormatOf, parseCorpus, unitsFromPairs } from '../corpus/import-corpus';
import { corpusFiles, renderCorpus } from '../corpus/write-corpus';
import { exportDocumentAs } from '../export/document-export';
import { summarize } from './document-access';
import { extractOrRefuse, type ServiceContext } from './service-context';
import { yieldTurn, type Job } from './jobs';

type CorpusMethods = Pick<PirdApi, 'exportCorpus' | 'importCorpus' | 'exportDocument'>;

export interface CorpusApi extends CorpusMethods {
  /** A TMX or XLIFF file read in pieces (the CLI streams large files from disk); the same rules as `importCorpus`. */
  importCorpusStream(
    projectId: string, fileName: string, format: 'tmx' | 'xliff', chunks: AsyncIterable<string> | Iterable<string>, jobId?: string, totalChars?: number,
  ): Promise<{ documents: DocumentSummary[]; pairs: number }>;
}

const TURN_CHARS = 1 << 20;

/**
 * A long text in pieces of about a million characters, each handed over on a later turn of the
 * event loop: parsing a large upload leaves room for the host's other requests. No piece ends
 * inside a surrogate pair.
 */
async function* inTurns(text: string): AsyncGenerator<string> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + TURN_CHARS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield text.slice(start, end);
    start = end;
    await yieldTurn();
  }
}

/** Documents as they are read, each a safe point of the job and a step of its progress. */
async function* watched<T>(items: AsyncIterable<T>, job: Job, total: number): AsyncGenerator<T> {
  let done = 0;
  for await (const item of items) {
    job.checkpoint();
    job.report(done++, total, 'documents');
    yield item;
  }
}

/** Parallel corpora in and out: exports stream documents a unit at a time; imports write parts as they are read. */
export function createCorpusApi(ctx: ServiceContext, api: Pick<PirdApi, 'importDocument' | 'alignTranslation'>): CorpusApi {
  const { library, documents } = ctx;

  /**
   * Stores imported pairs as aligned documents: every CORPUS_PART_UNITS units of a document are
   * written as a document of their own as soon as they are complete (so a huge file never sits in
   * memory whole), and listed in the project only when the whole file has been read. If reading
   * fails, the parts already written are deleted: nothing half-imported stays.
   */
  async function storeCorpus(
    projectId: string, fileName: string, feed: (sink: PairSink, drain: () => Promise<void>) => Promise<void>, job: Job,
  ): Promise<{ documents: DocumentSummary[]; pairs: number }> {
    const project = await library.project(projectId);
    const open = new Map<string, { part: number; pairs: ImportedPair[] }>();
    const complete: Array<{ name: string; part: number; pairs: ImportedPair[] }> = [];
    const written: DocumentSummary[] = [];
    const sink: PairSink = (name, pair) => {
      const entry = open.get(name) ?? { part: 1, pairs: [] };
      open.set(name, entry);
      entry.pairs.push(pair);
      if (entry.pairs.length >= (ctx.options.corpusPartUnits ?? CORPUS_PART_UNITS)) {
        complete.push({ name, part: entry.part, pairs: entry.pairs });
        open.set(name, { part: entry.part + 1, pairs: [] });
      }
    };
    const store = async ({ name, part, pairs }: { name: string; part: number; pairs: ImportedPair[] }): Promise<void> => {
      job.checkpoint();
      const units = unitsFromPairs(pairs, () => ctx.freshId('u'));
      if (units.length === 0) return;
      const stamp = ctx.now().toISOString();
      const document: DocumentFile = {
        schemaVersion: DOCUMENT_SCHEMA_VERSION, id: ctx.freshId('d'), projectId, name: part > 1 ? `${name} (${part})` : name,
        sourceLang: project.sourceLang, targetLang: project.targetLang,
        // A corpus has no original text to keep: its units are the text.
        sourceText: '', units, createdAt: stamp, updatedAt: stamp,
      };
      await documents.create(document);
      // Only the summary stays in memory; the units are read back when the document is opened.
      written.push(summarize(document));
      documents.forget(document.id);
    };
    const drain = async (): Promise<void> => {
      for (let next = complete.shift(); next; next = complete.shift()) await store(next);
    };
    try {
      await feed(sink, drain);
      for (const [name, entry] of open) if (entry.pairs.length > 0) await store({ name, ...entry });
      if (written.length === 0) throw new ApiError('invalid-input', `${fileName}: no translation units found`);
      // The last safe point: once listed in the project, the documents are there.
      job.checkpoint();
      await library.addDocuments(projectId, written);
    } catch (error) {
      for (const document of written) await documents.remove(document.id).catch(() => undefined);
      throw error;
    }
    return { documents: written, pairs: written.reduce((sum, d) => sum + d.units, 0) };
  }

  async function importCorpusStream(
    projectId: string, fileName: string, format: 'tmx' | 'xliff', chunks: AsyncIterable<string> | Iterable<string>, jobId?: string, totalChars?: number,
  ) {
    return ctx.jobs.run(jobId, 'import', (job) => readCorpusStream(projectId, fileName, format, chunks, job, totalChars));
  }

  function readCorpusStream(
    projectId: string, fileName: string, format: 'tmx' | 'xliff', chunks: AsyncIterable<string> | Iterable<string>, job: Job, totalChars?: number,
  ) {
    return storeCorpus(projectId, fileName, async (sink, drain) => {
      const reader = (format === 'tmx' ? tmxReader : xliffReader)(corpusName(fileName), sink);
      let read = 0;
      try {
        for await (const chunk of chunks) {
          job.checkpoint();
          reader.write(chunk);
          read += chunk.length;
          job.report(read, totalChars ?? null, 'characters');
          await drain();
        }
        reader.close();
      } catch (error) {
        if (error instanceof FormatError) throw new ApiError('invalid-input', `${fileName}: ${error.message}`);
        throw error;
      }
      await drain();
    }, job);
  }

  return {
    importCorpusStream,
    async exportDocument(input) {
      const { documentId, format } = parseInput('exportDocument', input);
      const exported = await exportDocumentAs(await documents.read(documentId), format);
      return { fileName: exported.fileName, contentBase64: exported.bytes.toString('base64'), untranslated: exported.untranslated };
    },
    async exportCorpus(input) {
      const { projectId, documentIds, format, statuses, dedupe, clean, sourceLang, targetLang, neutralizeFormulas, jobId } = parseInput('exportCorpus', input);
      const project = await library.project(projectId);
      const wanted = project.documents.filter((d) => documentIds === undefined || documentIds.includes(d.id));
      return ctx.jobs.run(jobId, 'export', async (job) => {
        const header = { sourceLang, targetLang, toolVersion: ctx.options.appVersion ?? '0.0.0', createdAt: ctx.now(), neutralizeFormulas };
        const writer = corpusWriter(format, header);
        const parts: Partial<Record<CorpusStream, string[]>> = {};
        const counts = await renderCorpus(watched(documents.once(wanted.map((d) => d.id)), job, wanted.length), writer, { statuses, dedupe, clean }, (pieces) => {
          for (const [name, text] of Object.entries(pieces) as Array<[CorpusStream, string]>) (parts[name] ??= []).push(text);
          return undefined;
        });
        const base = (wanted.length === 1 ? wanted[0]?.name : project.name) ?? 'corpus';
        const stem = base.replace(/\.[A-Za-z0-9]+$/u, '').replace(/[\\/:*?"<>|]+/gu, '_');
        const names = corpusFiles(format, format === 'moses' ? stem : `${stem}.${format === 'xliff' ? 'xlf' : format}`, header);
        const files = writer.streams.map((name) => ({ name: names[name] ?? stem, content: (parts[name] ?? []).join('') }));
        return { files, counts, droppedCharacters: writer.droppedCharacters };
      });
    },
    async importCorpus(input) {
      const parsed = parseInput('importCorpus', input);
      await library.project(parsed.projectId);
      return ctx.jobs.run(parsed.jobId, 'import', (job) => importCorpusAs(parsed, job));
    },
  };

  async function importCorpusAs(input: ParsedInput<'importCorpus'>, job: Job): Promise<ApiOutput<'importCorpus'>> {
    const { projectId, fileName, contentBase64, translationName, translationBase64, format: requested, presegmented } = input;
    const format = importFormatOf(requested, fileName, translationName);
    const translation = translationBase64 === undefined ? undefined : { name: translationName ?? 'translation', bytes: Buffer.from(translationBase64, 'base64') };
    if (format === 'txt' || format === 'docx') {
      if (!translation) throw new ApiError('invalid-input', `${fileName}: a text or DOCX file needs its translation to be imported as a corpus`);
      // The translation is read first: if it cannot be, nothing is imported.
      const text = (await extractOrRefuse(translation.name, translation.bytes)).text;
      if (text.trim() === '') throw new ApiError('invalid-input', `${translation.name}: no text found`);
      const { document } = await api.importDocument({ projectId, fileName, contentBase64 });
      const aligned = await api.alignTranslation({ documentId: document.id, fileName: translation.name, contentBase64: translationBase64 ?? '', presegmented });
      ctx.undo.clear(document.id);
      const summary = summarize(await documents.read(document.id));
      return { documents: [summary], pairs: aligned.change.units.length, format };
    }
    const bytes = Buffer.from(contentBase64, 'base64');
    if (format === 'tmx' || format === 'xliff') {
      let text: string;
      try {
        text = decodeCorpusText(bytes, fileName);
      } catch (error) {
        if (error instanceof CorpusImportError) throw new ApiError('invalid-input', error.message);
        throw error;
      }
      return { ...(await readCorpusStream(projectId, fileName, format, inTurns(text), job, text.length)), format };
    }
    const stored = await storeCorpus(projectId, fileName, async (sink, drain) => {
      try {
        const parsed = parseCorpus(format, fileName, bytes, translation).documents;
        const total = parsed.reduce((sum, document) => sum + document.pairs.length, 0);
        let done = 0;
        for (const document of parsed) {
          for (const pair of document.pairs) {
            sink(document.name, pair);
            // The parts are written as they fill: their count is the progress.
            if (++done % 5000 === 0) {
              job.report(done, total, 'units');
              await drain();
            }
          }
        }
      } catch (error) {
        if (error instanceof CorpusImportError) throw new ApiError('invalid-input', error.message);
        throw error;
      }
      await drain();
    }, job);
    return { ...stored, format };
  }
}
