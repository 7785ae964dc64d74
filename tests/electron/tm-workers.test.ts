import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPirdService } from '../../electron/service/pird-service';
import { bestMatchesInWorkers } from '../../electron/tm/analysis-pool';
import { bestMatchesIn, type BestMatchJob } from '../../electron/tm/best-matches';
import { indexDocuments } from '../../electron/tm/index-builder';
import type { Unit } from '../../shared/project';
import { ANALYSIS_CANDIDATES, TmIndex, memoryDocument } from '../../electron/tm/tm-index';
import { DEFAULT_PENALTIES, sentenceDigest } from '../../shared/tm';

const DEMO_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url));
const escapeXml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
/** The real pairs of TICO-19 (tests/fixtures/tico19). */
const PAIRS = readFileSync(new URL('../fixtures/tico19/tico19-ckb-en.tsv', import.meta.url), 'utf8')
  .split('\n').slice(1).filter((line) => line.trim() !== '').map((line) => line.split('\t'))
  .map(([, ckb = '', en = '']) => ({ ckb, en }));

describe('the index built with worker threads', () => {
  it('holds what an index built in one thread holds: the same entries, the same candidates, the same concordance', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pird-tm-build-'));
    // Two documents of real pairs, large enough to be read in workers; a third of the units not translated.
    const units = (from: number): Unit[] => PAIRS.concat(PAIRS).slice(from, from + 2100).map((pair, k) => ({
      id: `u${k}`, paragraph: 0, source: [{ text: pair.ckb }], target: k % 3 === 2 ? [] : [{ text: pair.en }],
      status: k % 3 === 2 ? 'draft' : 'translated', history: [], comments: [],
    }));
    const documents = [{ id: 'a', units: units(0) }, { id: 'b', units: units(700) }];
    const threaded = TmIndex.open(join(dir, 'threaded.sqlite'));
    const { entries: written, readInWorkers } = await indexDocuments(threaded, documents.map((document) => ({ project: 'p', document, updated: 'x' })));
    expect(readInWorkers).toBe(2);
    const here = TmIndex.open(join(dir, 'here.sqlite'));
    const alsoWritten = documents.reduce((sum, document) => sum + here.indexDocument('', 'p', document, 'x'), 0);
    expect(written).toBe(alsoWritten);
    expect(written).toBe(2 * 1400);
    expect([...threaded.entries({ project: 'p' })]).toEqual([...here.entries({ project: 'p' })]);
    for (const pair of PAIRS.slice(0, 60)) {
      expect(threaded.candidates(pair.ckb)).toEqual(here.candidates(pair.ckb));
    }
    for (const query of ['ڤایرۆس', 'سنگ', 'virus', 'chest pain']) {
      const side = /^[a-z ]+$/u.test(query) ? 'target' : 'source';
      expect(threaded.search(query, side, 50)).toEqual(here.search(query, side, 50));
    }
    threaded.close();
    here.close();
  });
});

describe('analysis in worker threads', () => {
  it('finds for every segment the match the same search finds in this thread, in order, on real pairs', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-tm-workers-'));
    const pird = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0 });
    const memorised = PAIRS.slice(0, 1000);
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="ckb" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="tsv" creationtool="test" creationtoolversion="1"/><body>${
      memorised.map((pair) => `<tu><tuv xml:lang="ckb"><seg>${escapeXml(pair.ckb)}</seg></tuv><tuv xml:lang="en"><seg>${escapeXml(pair.en)}</seg></tuv></tu>`).join('\n')}</body></tmx>`;
    const memory = await pird.importMemory({ name: 'TICO-19', fileName: 'tico.tmx', contentBase64: Buffer.from(tmx).toString('base64') });
    await pird.flush();
    // Sentences of the memory as they are, with a word dropped (a translator's omission), and sentences it has never seen.
    const sources = PAIRS.slice(0, 1400).map((pair, k) => (k % 3 === 1 ? pair.ckb.split(' ').slice(1).join(' ') : pair.ckb));
    const digests = sources.map(sentenceDigest);
    const segments = sources.map((source, k) => ({ unit: `s${k}`, source, before: digests[k - 1], after: digests[k + 1] }));
    const job: BestMatchJob = {
      project: 'none', document: 'new', threshold: 50, penalties: DEFAULT_PENALTIES,
      candidates: { memories: ['', memory.id], ...ANALYSIS_CANDIDATES, notInDocument: 'new', exactEnough: true },
    };
    const path = join(dataDir, 'tm', 'index.sqlite');
    const index = TmIndex.openReader(path);
    const here = [...bestMatchesIn(index, job, segments)];
    index.close();
    const threaded = await bestMatchesInWorkers(path, job, segments);
    expect(threaded).toEqual(here);
    // What was found is right: a memorised sentence is its own 100% match (101% with its neighbours), an unseen one rarely anything.
    const exact = here.slice(0, 1000).filter((match, k) => k % 3 !== 1 && (match?.score ?? 0) >= 100 && match?.document === memoryDocument(memory.id));
    expect(exact.length).toBeGreaterThan(0.95 * (1000 * 2 / 3));
    const omissions = here.slice(0, 1000).filter((match, k) => k % 3 === 1 && (match?.score ?? 0) >= 50 && (match?.score ?? 0) < 100);
    expect(omissions.length).toBeGreaterThan(0.8 * (1000 / 3));
  });
});
