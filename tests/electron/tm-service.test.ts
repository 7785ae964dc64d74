import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPirdService } from '../../electron/service/pird-service';
import { numberedDocument } from '../../bench/align-data';
import { pirdSync } from './helpers/processes';

const DEMO_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url));
const DOC = 'kadhimi-washington';
const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
const service = (dataDir: string) => createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0 });
const escapeXml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** The real Sorani-English pairs of TICO-19 (tests/fixtures/tico19: health questions and answers) as a TMX file. */
function tico19Tmx(): string {
  const rows = readFileSync(new URL('../fixtures/tico19/tico19-ckb-en.tsv', import.meta.url), 'utf8').split('\n').slice(1).filter((line) => line.trim() !== '');
  const units = rows.map((row) => {
    const [, ckb = '', en = ''] = row.split('\t');
    return `<tu><tuv xml:lang="ckb"><seg>${escapeXml(ckb)}</seg></tuv><tuv xml:lang="en"><seg>${escapeXml(en)}</seg></tuv></tu>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="ckb" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="tsv" creationtool="test" creationtoolversion="1"/><body>${units.join('\n')}</body></tmx>`;
}

describe('the translation memory through the service', () => {
  it('offers the demo\'s translated segments for a near-duplicate, with its differences, and leaves the segment itself out', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-tm-'));
    const pird = service(dataDir);
    const unit = (await pird.getDocument({ documentId: DOC })).units[2];
    const source = unit?.source[0]?.text ?? '';
    const same = await pird.tmLookup({ projectId: 'demo', text: source });
    expect(same.matches[0]).toMatchObject({ score: 100, unit: unit?.id, document: DOC, target: unit?.target[0]?.text, status: 'translated', kind: 'translated' });
    expect((await pird.tmLookup({ projectId: 'demo', text: source, documentId: DOC, unitId: unit?.id ?? '' })).matches.map((m) => m.unit)).not.toContain(unit?.id);

    // One word of the sentence replaced: a fuzzy match with the word marked changed at its place in the text.
    const words = source.split(' ');
    const at = words.findIndex((word, k) => k > 0 && /^[^\s،؛؟.,:!?"«»()]+$/u.test(word));
    const replaced = [...words.slice(0, at), 'ڕۆژنامەکە', ...words.slice(at + 1)].join(' ');
    const fuzzy = (await pird.tmLookup({ projectId: 'demo', text: replaced })).matches[0];
    expect(fuzzy?.unit).toBe(unit?.id);
    expect(fuzzy?.score).toBeGreaterThanOrEqual(85);
    expect(fuzzy?.score).toBeLessThan(100);
    const changed = fuzzy?.diff.filter((step) => step.kind !== 'equal') ?? [];
    expect(changed).toHaveLength(1);
    const [start, end] = changed[0]?.current ?? [0, 0];
    expect(replaced.slice(start, end)).toBe('ڕۆژنامەکە');
    await pird.flush();
  });

  it('offers a segment confirmed in one document at once in the next, and adapts its numbers', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-tm-'));
    const pird = service(dataDir);
    const project = await pird.createProject({ name: 'Reports' });
    const { document } = await pird.importDocument({ projectId: project.id, fileName: 'a.txt', contentBase64: base64('حکومەتی هەرێم لە ساڵی ٢٠١٩ بودجەی پەسەند کرد. ئەمە هەواڵێکی ترە.') });
    await pird.tmLookup({ projectId: project.id, text: 'warm up' }).catch(() => undefined);
    const first = (await pird.getDocument({ documentId: document.id })).units[0];
    await pird.updateTarget({ documentId: document.id, unitId: first?.id ?? '', text: 'The regional government passed its budget in 2019.' });
    await pird.setStatus({ documentId: document.id, unitId: first?.id ?? '', status: 'translated' });
    const matches = (await pird.tmLookup({ projectId: project.id, text: 'حکومەتی هەرێم لە ساڵی ٢٠٢١ بودجەی پەسەند کرد.' })).matches;
    expect(matches[0]).toMatchObject({
      unit: first?.id, adapted: true, suggestion: 'The regional government passed its budget in 2021.', target: 'The regional government passed its budget in 2019.',
    });
    expect(matches[0]?.score).toBeGreaterThanOrEqual(95);
    // The demo project's units are another project's: one point less than the same text would score here.
    const demoSource = (await pird.getDocument({ documentId: DOC })).units[0]?.source[0]?.text ?? '';
    expect((await pird.tmLookup({ projectId: project.id, text: demoSource })).matches[0]?.score).toBe(99);
    await pird.flush();
  });

  it('answers a whole-document alignment before the memory reads it in, and offers its links right after', async () => {
    const pird = service(mkdtempSync(join(tmpdir(), 'pird-tm-large-')));
    const project = await pird.createProject({ name: 'Large' });
    // 1,200 sentences: more than a change indexed while it is answered.
    const { sourceLines, targetLines } = numberedDocument(1200);
    const { document } = await pird.importDocument({ projectId: project.id, fileName: 'large.txt', contentBase64: base64(sourceLines.join('\n')) });
    // The memory is open (the match panel of the open document), and knows nothing of this document yet.
    expect((await pird.tmLookup({ projectId: project.id, text: sourceLines[600] ?? '' })).matches.filter((m) => m.document === document.id)).toEqual([]);
    await pird.alignTranslation({ documentId: document.id, fileName: 'large.en.txt', contentBase64: base64(targetLines.join('\n')), presegmented: true });
    const unit = (await pird.getDocument({ documentId: document.id })).units.find((u) => u.source[0]?.text === sourceLines[600]);
    expect(unit?.target[0]?.text).toBe(targetLines[600 - 15]); // every 40th English sentence is missing
    const match = (await pird.tmLookup({ projectId: project.id, text: sourceLines[600] ?? '' })).matches.find((m) => m.document === document.id);
    // The same sentence, less the penalty of a link no one has confirmed.
    expect(match).toMatchObject({ score: 95, unit: unit?.id, kind: 'aligned', target: unit?.target[0]?.text });
    await pird.flush();
  });

  it('rebuilds the index from the documents when it is deleted or damaged, keeping the damaged file aside', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-tm-'));
    const source = (await service(dataDir).getDocument({ documentId: DOC })).units[4]?.source[0]?.text ?? '';
    const first = service(dataDir);
    expect((await first.tmLookup({ projectId: 'demo', text: source })).matches[0]?.score).toBe(100);
    await first.flush();
    const file = join(dataDir, 'tm', 'index.sqlite');
    expect(existsSync(file)).toBe(true);
    rmSync(file);
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    expect((await service(dataDir).tmLookup({ projectId: 'demo', text: source })).matches[0]?.score).toBe(100);
    writeFileSync(file, 'this is not a database at all, just text where the index was');
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    expect((await service(dataDir).tmLookup({ projectId: 'demo', text: source })).matches[0]?.score).toBe(100);
    expect(readdirSync(join(dataDir, 'tm'))).toContain('index.sqlite.damaged');
  });

  it('pird tm lookup prints the panel\'s matches with the same numbers, as JSON of the specified shape or one per line', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-tm-cli-'));
    const pird = service(dataDir);
    const unit = (await pird.getDocument({ documentId: DOC })).units[5];
    const text = (unit?.source[0]?.text ?? '').replace(/\.$/u, '!');
    const expected = (await pird.tmLookup({ projectId: 'demo', text })).matches;
    await pird.flush();
    const json = pirdSync(dataDir, ['tm', 'lookup', 'demo', text, '--json']);
    expect(json.code).toBe(0);
    const printed = JSON.parse(json.stdout) as { matches: Array<Record<string, unknown>> };
    expect(Object.keys(printed.matches[0] ?? {})).toEqual(['score', 'source', 'target', 'suggestion', 'memory', 'project', 'document', 'unit', 'status']);
    expect(printed.matches.map((m) => [m['score'], m['unit']])).toEqual(expected.map((m) => [m.score, m.unit]));
    expect(printed.matches[0]).toMatchObject({ unit: unit?.id, status: 'translated', memory: '', project: 'demo', document: DOC });
    const lines = pirdSync(dataDir, ['tm', 'lookup', 'Demo: Kadhimi\'s visit to Washington', text]).stdout.trim().split('\n');
    expect(lines[0]?.split('\t').slice(0, 1).concat(lines[0]?.split('\t').slice(3) ?? [])).toEqual([String(expected[0]?.score), DOC, unit?.id]);
    expect(pirdSync(dataDir, ['tm', 'lookup', 'no such project', text]).code).toBe(2);
    expect(pirdSync(dataDir, ['tm', 'lookup', 'demo', text, '--limit', '0']).code).toBe(2);
  });

  it('imports a TMX file as a read-only memory that offers its matches, exports it as TMX 1.4, and refuses a hostile one leaving nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-tm-memory-'));
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ckb" creationtool="x" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x"/>
<body>
<tu><tuv xml:lang="ckb"><seg>پەرلەمانی کوردستان یاسای بودجەی ساڵی ٢٠٢٢ی پەسەند کرد.</seg></tuv><tuv xml:lang="en"><seg>The Kurdistan parliament passed the 2022 budget law.</seg></tuv></tu>
<tu><tuv xml:lang="ckb"><seg>هەڵبژاردنەکان دواخران.</seg></tuv><tuv xml:lang="en"><seg>The elections were postponed.</seg></tuv></tu>
</body></tmx>`;
    const pird = service(dataDir);
    const memory = await pird.importMemory({ name: 'Parliament TM', fileName: 'parliament.tmx', contentBase64: base64(tmx) });
    expect(memory).toMatchObject({ name: 'Parliament TM', units: 2, sourceLang: 'ckb', targetLang: 'en' });
    const match = (await pird.tmLookup({ projectId: 'demo', text: 'پەرلەمانی کوردستان یاسای بودجەی ساڵی ٢٠٢٣ی پەسەند کرد.' })).matches[0];
    expect(match).toMatchObject({
      kind: 'memory', memory: memory.id, projectName: 'Parliament TM', documentName: 'parliament.tmx', adapted: true,
      suggestion: 'The Kurdistan parliament passed the 2023 budget law.',
    });
    // A project that reads no imported memory is offered nothing from it.
    await pird.setProjectTm({ projectId: 'demo', tm: { memories: [] } });
    expect((await pird.tmLookup({ projectId: 'demo', text: 'هەڵبژاردنەکان دواخران.' })).matches).toEqual([]);
    await pird.setProjectTm({ projectId: 'demo', tm: {} });
    expect((await pird.tmLookup({ projectId: 'demo', text: 'هەڵبژاردنەکان دواخران.' })).matches[0]?.score).toBe(100);

    const exported = await pird.exportMemory({ name: 'Parliament TM' });
    expect(exported.units).toBe(2);
    const { XMLParser } = await import('fast-xml-parser');
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'tu' || name === 'tuv' }).parse(exported.content) as { tmx: { '@_version': string; body: { tu: Array<{ tuv: Array<{ seg: string }> }> } } };
    expect(parsed.tmx['@_version']).toBe('1.4');
    expect(parsed.tmx.body.tu.map((tu) => tu.tuv[1]?.seg)).toEqual(['The Kurdistan parliament passed the 2022 budget law.', 'The elections were postponed.']);

    const bomb = '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><tmx version="1.4"><body/></tmx>';
    await expect(pird.importMemory({ name: 'Bomb', fileName: 'bomb.tmx', contentBase64: base64(bomb) })).rejects.toMatchObject({
      code: 'invalid-input', message: expect.stringMatching(/bomb\.tmx: line 1: entity declarations are not accepted/u),
    });
    await expect(pird.importMemory({ name: 'Parliament TM', fileName: 'again.tmx', contentBase64: base64(tmx) })).rejects.toMatchObject({ code: 'invalid-input' });
    expect((await pird.listMemories({})).memories.map((m) => m.name)).toEqual(['Parliament TM']);
    expect(readdirSync(join(dataDir, 'memories'))).toEqual([`${memory.id}.tmx`]);

    // The index made anew reads the memory again from its kept file.
    await pird.flush();
    rmSync(join(dataDir, 'tm'), { recursive: true, force: true });
    expect((await service(dataDir).tmLookup({ projectId: 'demo', text: 'هەڵبژاردنەکان دواخران.' })).matches[0]).toMatchObject({ score: 100, kind: 'memory' });

    // pird tm list / export from the command line.
    expect(pirdSync(dataDir, ['tm', 'list']).stdout).toMatch(/^Parliament TM\t2\tckb-en\t/u);
    const out = join(dataDir, 'out.tmx');
    expect(pirdSync(dataDir, ['tm', 'export', 'Parliament TM', '--out', out]).stdout).toBe(`2 units written to ${out}\n`);
    expect(pirdSync(dataDir, ['tm', 'export', 'nothing', '--out', out]).code).toBe(1);
  });

  it('analyses a document by bands (context, repetitions, exact, fuzzy, none) and pre-translates its empty segments as one undoable step', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-tm-analysis-'));
    const pird = service(dataDir);
    const project = await pird.createProject({ name: 'Reports' });
    const sentences = ['حکومەتی هەرێم کۆبوونەوەیەکی ئەنجام دا.', 'پەرلەمان یاسای نوێی پەسەند کرد.', 'هەڵبژاردنەکان لە مانگی داهاتوودا دەکرێن.'];
    const english = ['The regional government held a meeting.', 'Parliament passed a new law.', 'The elections will be held next month.'];
    const { document: first } = await pird.importDocument({ projectId: project.id, fileName: 'first.txt', contentBase64: base64(sentences.join(' ')) });
    const units = (await pird.getDocument({ documentId: first.id })).units;
    for (const [k, unit] of units.entries()) {
      await pird.updateTarget({ documentId: first.id, unitId: unit.id, text: english[k] ?? '' });
      await pird.setStatus({ documentId: first.id, unitId: unit.id, status: 'translated' });
    }
    const text = [...sentences, sentences[1], 'ئەمە شتێکی تەواو نوێیە و لە هیچ شوێنێکدا نییە.'].join(' ');
    const { document: second } = await pird.importDocument({ projectId: project.id, fileName: 'second.txt', contentBase64: base64(text) });

    const analysis = await pird.analyzeDocuments({ projectId: project.id, documentId: second.id });
    const bands = analysis.documents[0]?.bands;
    expect(bands?.['101'].segments).toBe(2); // the first two: same sentences before and after
    expect(bands?.['100'].segments).toBe(1); // the third: another sentence after it here
    expect(bands?.repetitions.segments).toBe(1);
    expect(bands?.none.segments).toBe(1);
    expect(analysis.total).toEqual(bands);
    expect(bands?.['101'].words).toBe(10);
    // A long document is analysed in worker threads: the same bands.
    const threaded = createPirdService({ dataDir, demoDir: DEMO_DIR, glossarySyncMs: 0, tmWorkersFrom: 1 });
    expect(await threaded.analyzeDocuments({ projectId: project.id, documentId: second.id })).toEqual(analysis);

    const result = await pird.pretranslate({ projectId: project.id, documentId: second.id });
    expect(result).toEqual({ filled: 4, documents: [{ id: second.id, filled: 4 }] });
    const filled = (await pird.getDocument({ documentId: second.id })).units;
    expect(filled.map((u) => u.target[0]?.text ?? '')).toEqual([...english, english[1], '']);
    expect(filled.slice(0, 4).every((u) => u.status === 'draft')).toBe(true);
    expect(filled[0]?.origin).toMatchObject({ score: 101, document: first.id });
    expect(filled[2]?.origin?.score).toBe(100);
    expect(filled[0]?.history.at(-1)).toMatchObject({ event: 'pretranslated', note: '101%', status: 'draft' });
    // One undo takes every filled segment back.
    await pird.undo({ documentId: second.id });
    expect((await pird.getDocument({ documentId: second.id })).units.every((u) => u.target.length === 0)).toBe(true);

    expect(pirdSync(dataDir, ['analyze', 'Reports', '--doc', second.id]).stdout).toContain(`${second.id}\t101\t2\t10\n`);
    await pird.flush();
    expect(pirdSync(dataDir, ['pretranslate', 'Reports', '--min', '101']).stdout).toBe('2 segments pre-translated in 1 of 2 documents\n');
  });

  it('analyses and pre-translates as jobs counted in segments; a cancel stops pre-translation before it fills anything', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-tm-jobs-'));
    const pird = createPirdService({ dataDir, glossarySyncMs: 0 });
    const project = await pird.createProject({ name: 'Big memory' });
    const count = 6_000;
    const sorani = Array.from({ length: count }, (_, i) => `ڕاپۆرتی ژمارە ${i} لەسەر کۆبوونەوەی پەرلەمان بڵاوکرایەوە.`);
    const memory = ['ckb\ten', ...sorani.map((line, i) => `${line}\tReport number ${i} on the parliament's session was published.`)].join('\n');
    await pird.importCorpus({ projectId: project.id, fileName: 'memory.tsv', contentBase64: base64(memory) });
    const { document } = await pird.importDocument({ projectId: project.id, fileName: 'new.txt', contentBase64: base64(sorani.join('\n')) });

    await pird.analyzeDocuments({ projectId: project.id, documentId: document.id, jobId: 'analysis-1' });
    expect(await pird.getJobProgress({ jobId: 'analysis-1' })).toMatchObject({ kind: 'analysis', state: 'done', done: count, total: count, unit: 'units' });

    const cancelled = pird.pretranslate({ projectId: project.id, documentId: document.id, min: 95, jobId: 'pre-1' });
    for (;;) {
      const progress = await pird.getJobProgress({ jobId: 'pre-1' });
      if (progress && progress.state !== 'running') throw new Error(`ended before it could be cancelled: ${JSON.stringify(progress)}`);
      if (progress && progress.done > 0) {
        expect(progress).toMatchObject({ kind: 'pretranslate', total: count, unit: 'units' });
        break;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    await pird.cancelJob({ jobId: 'pre-1' });
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    expect((await pird.getDocument({ documentId: document.id })).units.every((unit) => unit.target.length === 0)).toBe(true);

    const filled = await pird.pretranslate({ projectId: project.id, documentId: document.id, min: 95, jobId: 'pre-2' });
    expect(filled.filled).toBe(count);
    expect(await pird.getJobProgress({ jobId: 'pre-2' })).toMatchObject({ state: 'done', done: count, total: count });
    await pird.flush();
  }, 60_000);

  it('finds a Sorani word however it is inflected or typed, and an English one by its stem, marking the likely translation on the other side', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-tm-concordance-'));
    const pird = service(dataDir);
    const sorani = await pird.concordance({ query: 'حكومەت' }); // an Arabic-keyboard kaf
    expect(sorani.hits.length).toBeGreaterThan(0);
    for (const hit of sorani.hits) {
      expect(hit.side).toBe('source');
      expect(hit.source.slice(hit.start, hit.end)).toMatch(/^حکومەت/u);
    }
    const inflected = sorani.hits.find((hit) => hit.source.slice(hit.start, hit.end) === 'حکومەتەکەی');
    expect(inflected).toBeDefined();
    // The glossary says حکومەت is "government": marked in the translation beside it.
    const marked = sorani.hits.filter((hit) => hit.other.some(([start, end]) => hit.target.slice(start, end).toLowerCase() === 'government'));
    expect(marked.length).toBeGreaterThan(0);
    const english = await pird.concordance({ query: 'Governments', limit: 5 });
    expect(english.hits.length).toBeGreaterThan(0);
    for (const hit of english.hits) expect(hit.target.slice(hit.start, hit.end).toLowerCase()).toMatch(/^government/u);
    expect(english.hits[0]).toMatchObject({ side: 'target', documentName: "Kadhimi's visit to Washington (news analysis)" });
    await pird.flush();
    const printed = JSON.parse(pirdSync(dataDir, ['concordance', 'حکومەتەکەی', '--limit', '2', '--json']).stdout) as { hits: Array<Record<string, unknown>> };
    expect(Object.keys(printed.hits[0] ?? {})).toEqual(['memory', 'project', 'document', 'unit', 'source', 'target', 'start', 'end', 'side']);
    expect(printed.hits).toHaveLength(2);
  });

  it('learns a word\'s translation from the memory\'s own pairs where lexicon and glossary know nothing of it, both ways', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-tm-pairs-'));
    const pird = service(dataDir);
    await pird.importMemory({ name: 'TICO-19', fileName: 'tico19.tmx', contentBase64: base64(tico19Tmx()) });
    const marked = (hits: Array<{ source: string; target: string; side: string; other: Array<[number, number]> }>): string[] =>
      hits.flatMap((hit) => hit.other.map(([start, end]) => (hit.side === 'source' ? hit.target : hit.source).slice(start, end).toLowerCase()));
    // سنگ (chest) is in neither the aligner's lexicon nor the glossary.
    const chest = await pird.concordance({ query: 'سنگ', limit: 20 });
    expect(chest.hits).toHaveLength(20);
    const english = marked(chest.hits);
    expect(english.filter((word) => word === 'chest').length).toBeGreaterThanOrEqual(15);
    expect(english.every((word) => word === 'chest')).toBe(true);
    // And from the English side: the Sorani word marked in the source, in its inflected forms too.
    const fromEnglish = await pird.concordance({ query: 'chest', limit: 20 });
    const sorani = marked(fromEnglish.hits);
    expect(sorani.length).toBeGreaterThanOrEqual(15);
    for (const word of sorani) expect(word).toMatch(/^سنگ/u);
    // A word met once teaches nothing: nothing is marked rather than a guess.
    const once = await pird.concordance({ query: 'کۆلسترۆڵ' });
    expect(once.hits).toHaveLength(1);
    expect(once.hits[0]?.other).toEqual([]);
    await pird.flush();
  });
});
