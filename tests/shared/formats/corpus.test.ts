import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  FormatError, corpusWriter, parseDelimited, readDelimitedCorpus, readMoses, readTmx, readXliff, type CorpusFormat, type CorpusPair,
} from '../../../shared/formats';

const HEADER = { sourceLang: 'ckb', targetLang: 'en', toolVersion: '0.1.0', createdAt: new Date('2026-11-25T10:20:30Z') };

const PAIRS: CorpusPair[] = [
  { id: 'u1', documentId: 'd1', document: 'Kadhimi', source: 'کازمی لە ٢٠ی ئەم مانگەدا دەفڕێت.', target: 'Kadhimi flies on the 20th.', status: 'approved', reviewer: 'Shilan', changedAt: '2026-11-24T08:00:00Z' },
  { id: 'u2', documentId: 'd1', document: 'Kadhimi', source: 'هێزەکان «ئامادەن» & <چاوەڕێن>.', target: 'The forces are "ready" & <waiting>.\u000B', status: 'aligned', note: 'check the quotes' },
  { id: 'u1', documentId: 'd2', document: 'Second', source: 'یەکەم ڕستە. دووەم ڕستە.', target: 'First sentence. Second sentence.', status: 'translated' },
];

function render(format: CorpusFormat, pairs = PAIRS): { main: string; source: string; target: string; dropped: number } {
  const writer = corpusWriter(format, HEADER);
  const out = { main: '', source: '', target: '' };
  const add = (pieces: Partial<Record<'main' | 'source' | 'target', string>>) => {
    for (const [name, text] of Object.entries(pieces)) out[name as 'main'] += text;
  };
  add(writer.opening());
  for (const pair of pairs) add(writer.pair(pair));
  add(writer.closing());
  return { ...out, dropped: writer.droppedCharacters };
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['tu', 'tuv', 'prop', 'file', 'unit'].includes(name) });

describe('corpus export', () => {
  it('writes TMX 1.4 with the required header, xml:lang on every tuv, UTC dates, status/reviewer/document as props and notes', () => {
    const { main, dropped } = render('tmx');
    expect(XMLValidator.validate(main)).toBe(true);
    const tmx = xml.parse(main).tmx;
    expect(tmx.version).toBe('1.4');
    expect(tmx.header).toMatchObject({ creationtool: 'Pird', creationtoolversion: '0.1.0', 'o-tmf': 'Pird', adminlang: 'en', datatype: 'plaintext', segtype: 'sentence', srclang: 'ckb', creationdate: '20261125T102030Z' });
    expect(tmx.body.tu).toHaveLength(3);
    for (const tu of tmx.body.tu) expect(tu.tuv.map((t: Record<string, string>) => t['xml:lang'])).toEqual(['ckb', 'en']);
    expect(tmx.body.tu[0].changedate).toBe('20261124T080000Z');
    expect(tmx.body.tu[0].prop).toEqual(expect.arrayContaining([{ type: 'x-pird-status', '#text': 'approved' }, { type: 'x-pird-reviewer', '#text': 'Shilan' }, { type: 'x-pird-document', '#text': 'Kadhimi' }]));
    expect(tmx.body.tu[1].note).toBe('check the quotes');
    // A vertical tab from Word is removed (and counted), never written as a character reference.
    expect(main).not.toMatch(/&#x?[0-9a-f]+;/iu);
    expect(main.includes(String.fromCharCode(11))).toBe(false);
    expect(dropped).toBe(1);
    expect(main).toContain('&amp; &lt;waiting&gt;');
    expect(main).not.toMatch(/&nbsp;|&laquo;/u);
  });

  it('writes XLIFF 2.0 with srcLang, trgLang, a file per document and a state on every segment', () => {
    const { main } = render('xliff');
    expect(XMLValidator.validate(main)).toBe(true);
    const xliff = xml.parse(main).xliff;
    expect(xliff).toMatchObject({ version: '2.0', srcLang: 'ckb', trgLang: 'en', xmlns: 'urn:oasis:names:tc:xliff:document:2.0' });
    expect(xliff.file.map((f: Record<string, string>) => f['id'])).toEqual(['d1', 'd2']);
    const states = xliff.file.flatMap((f: { unit: Array<{ segment: { state: string } }> }) => f.unit.map((u) => u.segment.state));
    expect(states).toEqual(['final', 'translated', 'translated']);
  });

  it('reads its own XLIFF back without loss: texts, statuses and documents', () => {
    const corpus = readXliff(render('xliff').main, 'fallback');
    expect(corpus.sourceLang).toBe('ckb');
    expect(corpus.documents.map((d) => d.name)).toEqual(['Kadhimi', 'Second']);
    const pairs = corpus.documents.flatMap((d) => d.pairs);
    expect(pairs.map((p) => p.source)).toEqual(PAIRS.map((p) => p.source));
    expect(pairs.map((p) => p.target)).toEqual(PAIRS.map((p) => p.target.replace('\u000B', '')));
    expect(pairs.map((p) => p.status)).toEqual(PAIRS.map((p) => p.status));
  });

  it('writes TSV, CSV (RFC 4180), Moses and JSONL that read back line for line', () => {
    const tsv = render('tsv').main.trimEnd().split('\n');
    expect(tsv[0]).toBe('id\tdocument\tstatus\tckb\ten');
    expect(tsv.slice(1).every((line) => line.split('\t').length === 5)).toBe(true);
    const csv = parseDelimited(render('csv').main, ',');
    expect(csv.map((row) => row.fields[4])).toEqual(['en', ...PAIRS.map((p) => p.target)]);
    const moses = render('moses');
    expect(moses.source.split('\n').length).toBe(moses.target.split('\n').length);
    expect(moses.source.trimEnd().split('\n')).toHaveLength(3);
    const jsonl = render('jsonl').main.trimEnd().split('\n').map((line) => JSON.parse(line) as { translation: Record<string, string>; id: string; status: string });
    expect(jsonl[0]).toEqual({ translation: { ckb: PAIRS[0]?.source, en: PAIRS[0]?.target }, id: 'u1', document: 'Kadhimi', status: 'approved' });
    // A two-sentence bead is one pair, its sentences joined as text, with no marker between them.
    expect(jsonl[2]?.translation['en']).toBe('First sentence. Second sentence.');
  });

  it('uses the configured language codes everywhere', () => {
    const writer = corpusWriter('jsonl', { ...HEADER, sourceLang: 'ckb-Arab-IQ', targetLang: 'en-GB' });
    expect(Object.keys((JSON.parse(writer.pair(PAIRS[0] as CorpusPair).main ?? '{}') as { translation: object }).translation)).toEqual(['ckb-Arab-IQ', 'en-GB']);
    const tmx = corpusWriter('tmx', { ...HEADER, sourceLang: 'ku' });
    expect(tmx.opening().main).toContain('srclang="ku"');
  });
});

describe('corpus import', () => {
  it('reads TMX 1.1 with the old lang attribute, skipping inline codes, and TMX 1.4 with xml:lang', () => {
    const old = `<?xml version="1.0"?><tmx version="1.1"><header srclang="ckb" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>
      <tu><tuv lang="ckb"><seg>سڵاو <ph>&lt;b&gt;</ph>جیهان</seg></tuv><tuv lang="en"><seg>Hello <bpt i="1">&lt;b&gt;</bpt>world<ept i="1">&lt;/b&gt;</ept></seg></tuv></tu>
      <tu><tuv lang="en"><seg>Only English</seg></tuv></tu></body></tmx>`;
    const corpus = readTmx(old, 'old');
    expect(corpus.documents).toEqual([{ name: 'old', pairs: [{ source: 'سڵاو جیهان', target: 'Hello world' }] }]);
  });

  it('refuses entity bombs and external entities, and names the line of a truncated file', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><tmx version="1.4"><body><tu><tuv xml:lang="ckb"><seg>&b;</seg></tuv></tu></body></tmx>';
    expect(() => readTmx(bomb, 'x')).toThrow(/entity declarations are not accepted/u);
    const external = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="2.0"><file id="f"><unit id="u"><segment><source>&e;</source></segment></unit></file></xliff>';
    expect(() => readXliff(external, 'x')).toThrow(FormatError);
    const undeclared = '<tmx version="1.4"><body><tu><tuv xml:lang="ckb"><seg>&lol;</seg></tuv></tu></body></tmx>';
    expect(() => readTmx(undeclared, 'x')).toThrow(FormatError);
    const truncated = render('tmx').main.split('\n').slice(0, 12).join('\n');
    expect(() => readTmx(truncated, 'x')).toThrow(/^line 1[0-9]: /u);
  });

  it('reads XLIFF 1.2 with states on the target', () => {
    const xliff12 = `<xliff version="1.2"><file original="a.txt" source-language="ckb" target-language="en" datatype="plaintext"><body>
      <trans-unit id="1"><source>یەک</source><target state="signed-off">One</target></trans-unit>
      <trans-unit id="2"><source>دوو</source></trans-unit></body></file></xliff>`;
    expect(readXliff(xliff12, 'x')).toEqual({ sourceLang: 'ckb', targetLang: 'en', documents: [{ name: 'a.txt', pairs: [{ source: 'یەک', target: 'One', status: 'approved' }, { source: 'دوو', target: '' }] }] });
  });

  it('reads TSV/CSV by their header and Moses pairs of equal length', () => {
    expect(readDelimitedCorpus('en\tckb\nOne\tیەک\n', '\t', 'd').documents[0]?.pairs).toEqual([{ source: 'یەک', target: 'One' }]);
    expect(() => readDelimitedCorpus('a,b\n1,2\n', ',', 'd')).toThrow(/header must name/u);
    expect(readMoses('یەک\nدوو\n', 'One\nTwo\n', 'm').documents[0]?.pairs).toHaveLength(2);
    expect(() => readMoses('یەک\nدوو\n', 'One\n', 'm')).toThrow(/2 and 1 lines/u);
  });
});
