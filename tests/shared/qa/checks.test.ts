import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDocument, checkSegment, qaContext, qaMessage, translationDigests, translationsElsewhere, type QaIssue, type QaSegment } from '../../../shared/qa';
import { sentences } from '../../../shared/text';

const DEMO = fileURLToPath(new URL('../../../corpus/demo/', import.meta.url));
const SOURCES = sentences(readFileSync(`${DEMO}kadhimi-washington.ckb.txt`, 'utf8'), { lang: 'ckb' }).map((s) => s.text);
const TARGETS = readFileSync(`${DEMO}kadhimi-washington.en.txt`, 'utf8').split('\n');
const demo = (): QaSegment[] => SOURCES.map((source, i) => ({ source, target: TARGETS[i] ?? '', started: true }));

const codes = (issues: readonly QaIssue[]) => issues.map((issue) => issue.code);
const one = (source: string, target: string): QaIssue[] => checkSegment({ source, target, started: true }, qaContext([]));

describe('QA on the demo article', () => {
  it('finds no error and no warning in the article and its translation', () => {
    const found = checkDocument(demo()).flat().filter((issue) => issue.severity !== 'info');
    expect(found).toEqual([]);
  });

  it('fires each check exactly where a fault is planted', () => {
    const segments = demo();
    const planted = [...segments];
    // A wrong number in segment 1 (the 20th becomes the 21st).
    planted[0] = { ...segments[0]!, target: segments[0]!.target.replace('20th', '21st') };
    // A dropped sentence: segment 5 keeps only its first clause.
    planted[4] = { ...segments[4]!, target: `${segments[4]!.target.split(',')[0]}.` };
    // A missing closing quote in segment 3.
    planted[2] = { ...segments[2]!, target: segments[2]!.target.replace('days".', 'days.') };
    // An inconsistent translation: segment 2 repeated as segment 7 with another wording.
    planted[6] = {
      ...segments[1]!,
      target: 'Those forces will certainly not keep their eyes only on Baghdad; they will also keep watching Washington and sniffing out what goes on inside the rooms of the White House, in order to decide on events on the ground in Baghdad.',
    };
    const results = checkDocument(planted);
    const fired = results.flatMap((issues, i) => issues.filter((x) => x.severity !== 'info').map((x) => `${i + 1}:${x.code}`));
    expect(fired.sort()).toEqual(['1:number-extra', '1:number-missing', '2:inconsistent-target', '3:unpaired', '5:too-short', '7:inconsistent-target'].sort());
    const missing = results[0]!.find((x) => x.code === 'number-missing')!;
    expect(planted[0]!.source.slice(...missing.source!)).toBe('٢٠ی');
    const extra = results[0]!.find((x) => x.code === 'number-extra')!;
    expect(planted[0]!.target.slice(...extra.target!)).toBe('21st');
  });
});

describe('numbers', () => {
  it('compares by value across digit scripts, separators and ordinals', () => {
    expect(one('لە ساڵی ٢٠٠٩ دا', 'in 2009')).toEqual([]);
    expect(one('لە ساڵی ۲۰۰۹ دا', 'in 2009')).toEqual([]);
    expect(one('٢٠ی ئەم مانگە', 'the 20th of this month')).toEqual([]);
    expect(one('١٠٠٠ سەرباز', '1,000 soldiers')).toEqual([]);
    expect(codes(one('١٠٠٠ سەرباز', '100 soldiers'))).toEqual(['number-missing', 'number-extra']);
    expect(codes(one('سەربازەکان', 'the 3 soldiers'))).toEqual(['number-extra']);
  });
});

describe('ignored warnings', () => {
  it('leave out a warning a person ignored on the segment, never an error', () => {
    const segment = { source: 'کازمی  گەیشت لە ٢٠٠٩.', target: 'Kadhimi  arrived in 2010.', started: true };
    expect(codes(checkSegment(segment, qaContext([])))).toEqual(expect.arrayContaining(['double-space', 'number-missing']));
    const ignoring = checkSegment({ ...segment, ignored: ['double-space', 'number-missing'] }, qaContext([]));
    expect(codes(ignoring)).not.toContain('double-space');
    expect(codes(ignoring)).toContain('number-missing');
  });
});

describe('dates in words', () => {
  it('finds the month of a Sorani date in the translation, in either order, with or without the year', () => {
    expect(one('لە ١٠ی حوزەیرانەوە دانوستانەکان دەستیان پێکرد.', 'The negotiations began on 10 June.')).toEqual([]);
    expect(one('لە ١٠ی حوزەیرانەوە دانوستانەکان دەستیان پێکرد.', 'The negotiations began on June 10th.')).toEqual([]);
    expect(one('لە ٢٠ی کانوونی دووەمی ٢٠٢١ دا.', 'On 20 January 2021.')).toEqual([]);
    expect(one('هەڵبژاردنەکان لە تشرینی یەکەمی ٢٠٢١ دا بوون.', 'The elections were in October 2021.')).toEqual([]);
    const wrong = one('لە ١٠ی حوزەیرانەوە دانوستانەکان دەستیان پێکرد.', 'The negotiations began on 10 July.');
    expect(codes(wrong)).toEqual(['date-month']);
    expect(wrong[0]?.params).toEqual({ date: '١٠ی حوزەیرانەوە', other: '10 July', month: 'June' });
    expect('لە ١٠ی حوزەیرانەوە'.slice(...(wrong[0]?.source ?? [0, 0]))).toBe('١٠ی حوزەیرانەوە');
    // A month name without a day or a year is no date (ئازار is also "pain"), nor is "may" in English.
    expect(one('ئازارێکی زۆری هەبوو.', 'He was in great pain.')).toEqual([]);
    expect(codes(one('لە ٥ی ئایاردا.', 'You may come on the 5th.'))).toEqual(['date-month']);
    // Typed on an Arabic keyboard (ي for ی), and a month name inside another word (ئاب in ئابووری).
    expect(codes(one('لە ١٠ی حوزەيرانەوە.', 'From 10 July.'))).toEqual(['date-month']);
    expect(one('ئابووری ١٠ ساڵ گەشەی کرد.', 'The economy grew for 10 years.')).toEqual([]);
  });
});

describe('untranslated and script', () => {
  it('flags an empty started segment, a copied source and Sorani left in the English', () => {
    expect(codes(one('کازمی گەیشتە واشنتن.', ''))).toEqual(['empty']);
    expect(checkSegment({ source: 'کازمی گەیشتە واشنتن.', target: '', started: false }, qaContext([]))).toEqual([]);
    expect(codes(one('کازمی گەیشتە واشنتن.', 'کازمی گەیشتە واشنتن.'))).toContain('identical');
    const left = one('کازمی گەیشتە واشنتن.', 'Kadhimi گەیشتە Washington.');
    expect(left.find((x) => x.code === 'arabic-script')?.target).toEqual([8, 14]);
  });
});

describe('punctuation', () => {
  it('keeps the final mark type across scripts, looking past closing quotes', () => {
    expect(one('ئایا کازمی دەڕوات؟', 'Will Kadhimi go?')).toEqual([]);
    expect(one('گوتی «دەڕۆم».', 'He said "I will go".')).toEqual([]);
    expect(one('ئایا دەڕوات؟ "', 'Will he go?"')).toEqual([]);
    expect(codes(one('ئایا کازمی دەڕوات؟', 'Kadhimi will go.'))).toEqual(['final-punctuation']);
  });

  it('finds unpaired brackets and quotes the source does not have, bad spaces, edge spaces', () => {
    expect(codes(one('گوتی «دەڕۆم».', 'He said "I will go.'))).toEqual(['unpaired']);
    expect(codes(one('(کازمی) ڕۆیشت.', '(Kadhimi left.'))).toEqual(['unpaired']);
    expect(one('گوتی «دەڕۆم', 'He said "I will go')).toEqual(expect.not.arrayContaining([expect.objectContaining({ code: 'unpaired' })]));
    const spaced = one('کازمی ڕۆیشت.', ' Kadhimi  left .');
    expect(codes(spaced).sort()).toEqual(['double-space', 'edge-space', 'space-before']);
  });
});

describe('length and consistency', () => {
  it('measures length against the document itself, and needs enough segments to do so', () => {
    const [first, ...others] = demo();
    // Every number kept (the 20th, a hundred days): only the length is wrong.
    const shortened = { ...first!, target: 'Kadhimi flies on the 20th, a hundred days on.' };
    expect(checkSegment(shortened, qaContext(others.slice(0, 5)))).toEqual([]);
    expect(codes(checkSegment(shortened, qaContext(others)))).toEqual(['too-short']);
  });

  it('reports the same translation used for two different sources as information', () => {
    const segments = [
      { source: 'کازمی ڕۆیشت.', target: 'He left.', started: true },
      { source: 'ترەمپ ڕۆیشت.', target: 'He left.', started: true },
    ];
    const results = checkDocument(segments);
    expect(results[0]).toEqual([expect.objectContaining({ code: 'shared-target', severity: 'info', params: { other: 2 } })]);
  });

  it('finds every repeated source and translation in a document of thousands of segments, and names the first place', () => {
    // Distinct pairs, but for sources repeated with another translation and translations given to two sources.
    const segments: QaSegment[] = Array.from({ length: 5000 }, (_, i) => ({ source: `ڕستەی ژمارە ${i} نووسرا.`, target: `Sentence number ${i} was written.`, started: true }));
    const repeats = [[10, 4000], [777, 4999], [2500, 2501]] as const;
    for (const [first, again] of repeats) segments[again] = { ...segments[first]!, target: `Sentence ${first} was written again.` };
    segments[3333] = { ...segments[3333]!, target: segments[42]!.target };
    const fired = checkDocument(segments).flatMap((issues, i) => issues.filter((x) => x.check === 'consistency').map((x) => `${i}:${x.code}:${x.params?.['other']}`));
    expect(fired.sort()).toEqual([
      '10:inconsistent-target:4001', '2500:inconsistent-target:2502', '2501:inconsistent-target:2501', '3333:shared-target:43',
      '42:shared-target:3334', '4000:inconsistent-target:11', '4999:inconsistent-target:778', '777:inconsistent-target:5000',
    ].sort());
  });

  it('does not hold a segment being retyped against its own earlier version, but against the others', () => {
    const segments = demo();
    const context = qaContext(segments);
    const typed = { ...segments[4]!, target: 'Shabandar has opposed the government from the start.' };
    const consistency = (at?: number) => checkSegment(typed, context, at).filter((x) => x.check === 'consistency').map((x) => `${x.code}:${x.params?.['other']}`);
    // Without its place the old version of segment 5 looks like another translation of the same source.
    expect(consistency()).toEqual(['inconsistent-target:5']);
    expect(consistency(4)).toEqual([]);
    // The same source in segment 9 too: still found, while the segment's own old version is not.
    const twice = [...segments];
    twice[8] = { ...segments[4]! };
    expect(checkSegment(typed, qaContext(twice), 4).filter((x) => x.check === 'consistency').map((x) => `${x.code}:${x.params?.['other']}`)).toEqual(['inconsistent-target:9']);
  });

  it('lets a project switch a check off or change its severity', () => {
    const segment = { source: '١٠٠٠ سەرباز', target: '100 soldiers', started: true };
    expect(checkSegment(segment, qaContext([], { settings: { disabled: ['numbers'] } }))).toEqual([]);
    expect(checkSegment(segment, qaContext([], { settings: { severity: { numbers: 'warning' } } })).map((x) => x.severity)).toEqual(['warning', 'warning']);
  });
});

describe('terminology through the QA channel', () => {
  it('passes the demo with its glossary and fires on a forbidden spelling of a name', async () => {
    const { GlossaryFileSchema, termBase } = await import('../../../shared/glossary');
    const glossary = GlossaryFileSchema.parse(JSON.parse(readFileSync(`${DEMO}glossary.json`, 'utf8')));
    const base = termBase(glossary.entries);
    const segments = demo();
    expect(checkDocument(segments, { termBase: base }).flat().filter((issue) => issue.severity !== 'info')).toEqual([]);
    const planted = [...segments];
    planted[4] = { ...segments[4]!, target: segments[4]!.target.replace("Kadhimi's government", "Kazemi's government") };
    const fired = checkDocument(planted, { termBase: base }).flatMap((issues, i) => issues.filter((x) => x.check === 'terminology').map((x) => `${i + 1}:${x.code}`));
    expect(fired).toEqual(['5:term-forbidden']);
  });

  it('lets a translation keep Arabic-script text the glossary approves as a target term, and only that', async () => {
    const { termBase } = await import('../../../shared/glossary');
    const at = '2026-11-30T00:00:00Z';
    const base = termBase([{
      id: 'kadhimi', sourceTerms: ['کازمی'], examples: [], createdBy: 't', createdAt: at, changedBy: 't', changedAt: at, revision: 1,
      targetTerms: [{ text: 'Kadhimi', status: 'preferred' }, { text: 'كازمي', status: 'admitted' }, { text: 'کازم', status: 'forbidden' }],
    }]);
    const scriptCodes = (target: string, withGlossary: boolean) =>
      checkSegment({ source: 'کازمی گەیشتە واشنتن.', target, started: true }, qaContext([], withGlossary ? { termBase: base } : {}))
        .filter((issue) => issue.check === 'script').map((issue) => issue.params?.['text']);
    // The approved form, written with Sorani letters here: matched by its key.
    expect(scriptCodes('Kadhimi (کازمی) arrived in Washington.', true)).toEqual([]);
    expect(scriptCodes('Kadhimi (کازمی) arrived in Washington.', false)).toEqual(['کازمی']);
    // A forbidden form, and text that is no term, are still reported.
    expect(scriptCodes('Kadhimi (کازم) arrived in Washington.', true)).toEqual(['کازم']);
    expect(scriptCodes('Kadhimi گەیشتە Washington.', true)).toEqual(['گەیشتە']);
  });
});

describe('consistency across the documents of a project', () => {
  const pair = (source: string, target: string): QaSegment => ({ source, target, started: true });
  const elsewhereFor = (own: QaSegment[], others: Array<{ name: string; segments: QaSegment[] }>) =>
    translationsElsewhere(translationDigests(own), others.map(({ name, segments }) => ({ name, digests: translationDigests(segments) })));

  it('names the other document and segment where the same source is translated differently', () => {
    const own = [pair('کازمی گەیشتە واشنتن.', 'Kadhimi arrived in Washington.'), pair('سەرۆک وەزیران.', 'The prime minister.')];
    // The same source with look-alike letters and other spacing: the same matching key.
    const other = [pair('هەواڵ.', 'News.'), pair('كازمی  گەیشتە واشنتن.', 'Kadhimi reached Washington.')];
    const elsewhere = elsewhereFor(own, [{ name: 'Second visit', segments: other }]);
    const results = checkDocument(own, { elsewhere });
    expect(results[0]).toEqual([expect.objectContaining({ code: 'inconsistent-target-elsewhere', severity: 'warning', params: { other: 2, document: 'Second visit' } })]);
    expect(qaMessage(results[0]![0]!)).toBe('The same source is translated differently in segment 2 of “Second visit”');
    expect(results[1]).toEqual([]);
    // Only the rows this document shares with the other travel: one of two.
    expect(elsewhere.rows).toHaveLength(1);
  });

  it('reports a translation given to another source elsewhere, stays quiet for the same translation, and prefers the own document', () => {
    const own = [pair('کازمی گەیشتە واشنتن.', 'Kadhimi arrived in Washington.')];
    const same = elsewhereFor(own, [{ name: 'B', segments: [pair('کازمی گەیشتە واشنتن.', 'Kadhimi  arrived in Washington.')] }]);
    expect(checkDocument(own, { elsewhere: same })).toEqual([[]]);
    const shared = elsewhereFor(own, [{ name: 'B', segments: [pair('کازمی هات بۆ واشنتن.', 'Kadhimi arrived in Washington.')] }]);
    expect(codes(checkDocument(own, { elsewhere: shared })[0]!)).toEqual(['shared-target-elsewhere']);
    const twice = [...own, pair('کازمی گەیشتە واشنتن.', 'Kadhimi came to Washington.')];
    const both = elsewhereFor(twice, [{ name: 'B', segments: [pair('کازمی گەیشتە واشنتن.', 'Kadhimi flew to Washington.')] }]);
    expect(checkDocument(twice, { elsewhere: both })[1]).toEqual([expect.objectContaining({ code: 'inconsistent-target', params: { other: 1 } })]);
  });

  it('leaves untranslated segments of other documents out', () => {
    const own = [pair('کازمی گەیشتە واشنتن.', 'Kadhimi arrived in Washington.')];
    const elsewhere = elsewhereFor(own, [{ name: 'B', segments: [{ source: 'کازمی گەیشتە واشنتن.', target: '', started: false }] }]);
    expect(elsewhere.rows).toEqual([]);
  });

  it('brings the other translations of a source this document has not translated yet, for the translator about to type', () => {
    const own: QaSegment[] = [{ source: 'کازمی گەیشتە واشنتن.', target: '', started: false }];
    const elsewhere = elsewhereFor(own, [{ name: 'B', segments: [pair('کازمی گەیشتە واشنتن.', 'Kadhimi reached Washington.')] }]);
    expect(elsewhere.rows).toHaveLength(1);
    const context = qaContext(own, { elsewhere });
    expect(codes(checkSegment({ ...own[0]!, target: 'Kadhimi arrived in Washington.', started: true }, context))).toEqual(['inconsistent-target-elsewhere']);
  });
});
