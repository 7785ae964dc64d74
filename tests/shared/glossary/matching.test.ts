import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSourceIndex, checkTerms, englishStem, findEnglishTerm, findEnglishTermIn, termBase, type GlossaryEntry } from '../../../shared/glossary';
import { PROPERTY_SEED, messyText } from '../text/arbitraries';

let serial = 0;
function entry(sourceTerms: string[], targets: Array<[string, 'preferred' | 'admitted' | 'forbidden']>): GlossaryEntry {
  serial++;
  return {
    id: `e${serial}`, sourceTerms, targetTerms: targets.map(([text, status]) => ({ text, status })), examples: [],
    createdBy: 'test', createdAt: '2026-11-25T00:00:00Z', changedBy: 'test', changedAt: '2026-11-25T00:00:00Z', revision: 1,
  };
}

const GOVERNMENT = entry(['حکومەت'], [['government', 'preferred']]);
const KADHIMI = entry(['کازمی'], [['Kadhimi', 'preferred'], ['Kazemi', 'forbidden']]);
const ISIS = entry(['داعش'], [['ISIS', 'preferred'], ['Daesh', 'admitted']]);
const MILITIA = entry(['میلیشیا'], [['militia', 'preferred']]);
const COALITION = entry(['هاوپەیمانی نێودەوڵەتی'], [['international coalition', 'preferred']]);
const WHITE_HOUSE = entry(['کۆشکی سپی'], [['White House', 'preferred']]);
const PRESIDENT = entry(['سەرۆک'], [['president', 'preferred']]);
const PRIME_MINISTER = entry(['سەرۆکوەزیران', 'سەرۆک وەزیران'], [['prime minister', 'preferred']]);
const FILE = entry(['دۆسیە', 'دۆسێ'], [['file', 'preferred'], ['dossier', 'admitted']]);
const SUNNI = entry(['سوننە', 'سونە'], [['Sunnis', 'preferred']]);
const ARTICLE_140 = entry(['ماددەی ١٤٠'], [['Article 140', 'preferred']]);
const WITHDRAWAL = entry(['پاشەکشە'], [['withdrawal', 'preferred']]);
const NEGOTIATIONS = entry(['دانوستاندن'], [['negotiations', 'preferred']]);
const ALL = [GOVERNMENT, KADHIMI, ISIS, MILITIA, COALITION, WHITE_HOUSE, PRESIDENT, PRIME_MINISTER, FILE, SUNNI, ARTICLE_140, WITHDRAWAL, NEGOTIATIONS];
const index = buildSourceIndex(ALL);

const matched = (text: string) => index.match(text).map((hit) => [hit.entryId, text.slice(hit.start, hit.end)]);

describe('Sorani glossary matching', () => {
  it('finds terms through inflection and clitics, with offsets into the original text', () => {
    expect(matched('حکومەتەکەی کازمی')).toEqual([[GOVERNMENT.id, 'حکومەتەکەی'], [KADHIMI.id, 'کازمی']]);
    expect(matched('پشتگیری حکومەتیان کرد')).toEqual([[GOVERNMENT.id, 'حکومەتیان']]);
    expect(matched('لە حکومەتدا')).toEqual([[GOVERNMENT.id, 'حکومەتدا']]);
    expect(matched('سەردانی کازمییەوە')).toEqual([[KADHIMI.id, 'کازمییەوە']]);
    expect(matched('شەڕی داعشدا')).toEqual([[ISIS.id, 'داعشدا']]);
    expect(matched('هێرشی میلیشیایانە')).toEqual([[MILITIA.id, 'میلیشیایانە']]);
  });

  it('absorbs the izafe inside multiword terms and the clitics at their end', () => {
    expect(matched('هاوپەیمانیی نێودەوڵەتی دژی داعش')).toEqual([[COALITION.id, 'هاوپەیمانیی نێودەوڵەتی'], [ISIS.id, 'داعش']]);
    expect(matched('لە کۆشکی سپییەوە')).toEqual([[WHITE_HOUSE.id, 'کۆشکی سپییەوە']]);
    expect(matched('کۆشکی، سپی')).toEqual([]); // punctuation ends a term
  });

  it('finds a term as the noun of a compound verb, and before plural, demonstrative and copula clitics together', () => {
    expect(matched('پاشەکشەکردنیان لە شارەکە')).toEqual([[WITHDRAWAL.id, 'پاشەکشەکردنیان']]);
    expect(matched('پاشەکشەکردنەکەی سوپا')).toEqual([[WITHDRAWAL.id, 'پاشەکشەکردنەکەی']]);
    expect(matched('هێزەکان پاشەکشەی کرد')).toEqual([[WITHDRAWAL.id, 'پاشەکشەی']]);
    expect(matched('ئەمە دانوستاندنانەیە')).toEqual([[NEGOTIATIONS.id, 'دانوستاندنانەیە']]);
    expect(matched('ئەمانە دانوستاندنەکانە')).toEqual([[NEGOTIATIONS.id, 'دانوستاندنەکانە']]);
  });

  it('never fires inside another word, and the longest term wins', () => {
    expect(matched('سەرۆکوەزیرانی عێراق')).toEqual([[PRIME_MINISTER.id, 'سەرۆکوەزیرانی']]);
    expect(matched('سەرۆک وەزیرانی عێراق')).toEqual([[PRIME_MINISTER.id, 'سەرۆک وەزیرانی']]);
    expect(matched('سەرۆکی ئەمریکا')).toEqual([[PRESIDENT.id, 'سەرۆکی']]);
  });

  it('matches through spelling variants and Arabic letter forms, ZWNJ, tatweel and digits', () => {
    expect(matched('دۆسێی نەوت')).toEqual([[FILE.id, 'دۆسێی']]);
    expect(matched('دۆسیەکە')).toEqual([[FILE.id, 'دۆسیەکە']]);
    expect(matched('سونەکان')).toEqual([[SUNNI.id, 'سونەکان']]);
    expect(matched('حكومةت')).toEqual([[GOVERNMENT.id, 'حكومةت']]); // Arabic kaf and teh marbuta
    expect(matched('حکومڕانی')).toEqual([]); // another word
    expect(matched('حكومەتەكەی')).toEqual([[GOVERNMENT.id, 'حكومەتەكەی']]); // Arabic kaf
    expect(matched('حکـومەت')).toEqual([[GOVERNMENT.id, 'حکـومەت']]); // tatweel
    expect(matched('ماددەی 140 و ماددەی ۱٤۰')).toEqual([[ARTICLE_140.id, 'ماددەی 140'], [ARTICLE_140.id, 'ماددەی ۱٤۰']]);
  });

  it('returns hits in order, inside the text, never overlapping, for any input', () => {
    fc.assert(
      fc.property(messyText(), (text) => {
        let last = 0;
        for (const hit of index.match(text)) {
          expect(hit.start).toBeGreaterThanOrEqual(last);
          expect(hit.end).toBeGreaterThan(hit.start);
          expect(hit.end).toBeLessThanOrEqual(text.length);
          last = hit.end;
        }
      }),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
  });
});

describe('English side and term QA', () => {
  it('only suggests the English of a term that is also an everyday word, and checks the entry\'s other terms as usual', () => {
    const kdp = { ...entry(['پارتی دیموکراتی کوردستان', 'پارتی'], [['KDP', 'preferred']]), commonWords: ['پارتی'] };
    const base = termBase([kdp]);
    expect(checkTerms('پارتی کۆماری بردییەوە', 'The Republican Party won', base).map((issue) => [issue.code, issue.severity])).toEqual([['term-missing', 'info']]);
    expect(checkTerms('پارتی دیموکراتی کوردستان بردییەوە', 'The party won', base).map((issue) => [issue.code, issue.severity])).toEqual([['term-missing', 'warning']]);
  });

  it('matches English terms case-insensitively through inflection', () => {
    expect(englishStem('militias')).toBe(englishStem('militia'));
    expect(findEnglishTerm("The Prime Minister's visit", 'prime minister')).toEqual([{ start: 4, end: 20 }]);
    expect(findEnglishTerm('Iran-backed militias', 'militia')).toEqual([{ start: 12, end: 20 }]);
    expect(findEnglishTerm('the presidency', 'president')).toEqual([]);
  });

  it('finds a term by reading words only where its first word can begin, exactly as the whole-text search does', () => {
    const stems = ['force', 'forces', 'forcing', 'party', 'parties', "party's", 'Sunni', 'Sunnis', 'crisis', 'back', 'backed', 'Iran', 'militia', 'militias', 'us', 'US', 'bus', 'prime', 'minister', "minister's", 'ministers', 'box', 'boxes', 'ax', 'axes', 'crises', 'study', 'studies', 'studied', 'studying', 'go', 'goes', 'is', 'as', 'ass', 'Kurds', "Kurds'", 'Kurd'];
    const separator = fc.constantFrom(' ', ', ', '-', '’', "'", ' (', ') ', '. ', '');
    const word = fc.constantFrom(...stems, 'counterforce', 'x', '5', 'ΣΟΦΙΑ', 'İstanbul');
    const text = fc.array(fc.tuple(word, separator), { maxLength: 12 }).map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    const term = fc.array(fc.constantFrom(...stems), { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, term, (sample, wanted) => {
        expect(findEnglishTermIn(sample, sample.toLowerCase(), wanted)).toEqual(findEnglishTerm(sample, wanted));
      }),
      { seed: PROPERTY_SEED, numRuns: 3000 },
    );
  });

  it('flags a missing preferred term and a forbidden one, pointing at both sides', () => {
    const base = termBase(ALL);
    const source = 'حکومەتەکەی کازمی';
    expect(checkTerms(source, "Kadhimi's government", base)).toEqual([]);
    const missing = checkTerms(source, "Kadhimi's cabinet", base);
    expect(missing).toEqual([expect.objectContaining({ code: 'term-missing', source: [0, 10], params: { term: 'حکومەت', expected: 'government' } })]);
    const forbidden = checkTerms(source, "Kazemi's government", base);
    expect(forbidden.map((x) => x.code)).toEqual(['term-missing', 'term-forbidden']);
    expect(forbidden[1]?.target).toEqual([0, 8]);
  });
});

describe('project glossaries', () => {
  it("put a project's own entries over the shared glossary, in that project only", async () => {
    const { entriesForProject } = await import('../../../shared/glossary');
    const own = { ...entry(['کابینە'], [['government', 'preferred']]), projectId: 'p1' };
    const shared = entry(['کابینە'], [['cabinet', 'preferred']]);
    const other = { ...entry(['پێشمەرگە'], [['Peshmerga forces', 'preferred']]), projectId: 'p2' };
    const all = [shared, own, other, GOVERNMENT];
    expect(entriesForProject(all, 'p1').map((e) => e.id)).toEqual([own.id, GOVERNMENT.id]);
    expect(entriesForProject(all, 'p2').map((e) => e.id)).toEqual([other.id, shared.id, GOVERNMENT.id]);
    expect(entriesForProject(all, undefined).map((e) => e.id)).toEqual([shared.id, GOVERNMENT.id]);
    const base = termBase(entriesForProject(all, 'p1'));
    expect(checkTerms('کابینەکەی کازمی', "Kadhimi's cabinet", base).map((x) => x.params?.['expected'])).toEqual(['government']);
  });
});
