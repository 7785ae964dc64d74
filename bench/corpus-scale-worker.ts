// One corpus job in a process of its own, so its peak memory is its own:
//   node --import tsx bench/corpus-scale-worker.ts make-tmx <file> <units>
//   node --import tsx bench/corpus-scale-worker.ts import <data dir> <file>
//   node --import tsx bench/corpus-scale-worker.ts export <data dir> <format> <out>
//   node --import tsx bench/corpus-scale-worker.ts write <format> <out> <units>   (the writer alone, pairs made in memory)
// Prints one JSON line: what was done, milliseconds, peak resident memory.
import { createWriteStream } from 'node:fs';
import { corpusWriter, type CorpusFormat } from '../shared/formats';
import { textChunks } from '../electron/corpus/read-chunks';
import { writeCorpus } from '../electron/corpus/write-corpus';
import { createPirdService } from '../electron/service/pird-service';
import { DOCUMENT_SCHEMA_VERSION, type DocumentFile } from '../shared/project';
import { demoSource, demoTranslation } from './align-data';

const [job = '', first = '', second = '', third = ''] = process.argv.slice(2);
const start = performance.now();
let done: Record<string, unknown> = {};

async function makeTmx(path: string, units: number): Promise<void> {
  const source = demoSource();
  const target = demoTranslation();
  const writer = corpusWriter('tmx', { sourceLang: 'ckb', targetLang: 'en', toolVersion: 'bench', createdAt: new Date() });
  const out = createWriteStream(path);
  const put = (text: string | undefined) => (text && !out.write(text) ? new Promise<void>((resolve) => out.once('drain', () => resolve())) : undefined);
  await put(writer.opening().main);
  for (let i = 0; i < units; i++) {
    await put(writer.pair({ id: `u${i}`, documentId: 'big', document: 'big', source: `${source[i % source.length]} ${i}`, target: `${target[i % target.length]} ${i}`, status: 'approved' }).main);
  }
  await put(writer.closing().main);
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

if (job === 'make-tmx') {
  await makeTmx(first, Number(second));
  done = { units: Number(second) };
} else if (job === 'import') {
  const service = createPirdService({ dataDir: first, glossarySyncMs: 0 });
  const project = await service.createProject({ name: 'scale' });
  const result = await service.importCorpusStream(project.id, 'scale.tmx', 'tmx', textChunks(second));
  await service.flush();
  done = { units: result.pairs, documents: result.documents.length };
} else if (job === 'write') {
  const source = demoSource();
  const target = demoTranslation();
  const units = Number(third);
  async function* documents(): AsyncGenerator<DocumentFile> {
    // Documents of 50,000 units made on the fly, as the store would hand them over, without reading files.
    for (let base = 0; base < units; base += 50_000) {
      const count = Math.min(50_000, units - base);
      yield {
        schemaVersion: DOCUMENT_SCHEMA_VERSION, id: `d${base}`, projectId: 'p', name: `part ${base / 50_000 + 1}`, sourceLang: 'ckb', targetLang: 'en', sourceText: '',
        createdAt: '', updatedAt: '',
        units: Array.from({ length: count }, (_, k) => ({
          id: `u${base + k}`, paragraph: 0, source: [{ text: `${source[(base + k) % source.length]} ${base + k}` }],
          target: [{ text: `${target[(base + k) % target.length]} ${base + k}` }], status: 'approved' as const, history: [], comments: [],
        })),
      };
    }
  }
  const result = await writeCorpus(documents(), first as CorpusFormat, second, { sourceLang: 'ckb', targetLang: 'en', toolVersion: 'bench', createdAt: new Date() }, {});
  done = { units: result.counts.exported, files: result.files.length };
} else if (job === 'export') {
  const service = createPirdService({ dataDir: first, glossarySyncMs: 0 });
  const project = (await service.listProjects({})).find((p) => p.name === 'scale');
  if (!project) throw new Error('no project "scale"');
  // As pird export does.
  const result = await writeCorpus(service.documentsOnce(project.documents.map((d) => d.id)), second as CorpusFormat, third, { sourceLang: 'ckb', targetLang: 'en', toolVersion: 'bench', createdAt: new Date() }, {});
  done = { units: result.counts.exported, files: result.files.length };
}
console.log(JSON.stringify({ job, ...done, ms: Math.round(performance.now() - start), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
