import { describe, expect, it } from 'vitest';
import { alignSentences, learnWordPairs, parseLexicon } from '../../../shared/align';
import { englishStem } from '../../../shared/glossary';
import { lexiconText } from '../../../bench/align-data';
import { CONFIRMED_UNITS, GARDEN } from './word-pairs-fixture';

const lexicon = parseLexicon(lexiconText());

describe('word pairs learned from confirmed units', () => {
  it('pairs each Sorani word the lexicon does not know with the English its translations keep using', () => {
    const pairs = learnWordPairs(CONFIRMED_UNITS, { lexicon });
    const learned = Object.fromEntries([...pairs].map(([key, stems]) => [key, stems]));
    expect(learned).toEqual({ قەلەرەش: [englishStem('crow')], کەروێشک: [englishStem('rabbit')], شەپۆل: [englishStem('waves')] });
  });

  it('learns nothing from a pair seen once, nor a word the lexicon knows', () => {
    expect(learnWordPairs(CONFIRMED_UNITS.slice(0, 1), { lexicon }).size).toBe(0);
    // تیم is in the lexicon ("team"): it has its evidence already.
    const known = learnWordPairs([{ source: 'تیمەکە بردییەوە.', target: 'The squad won.' }, { source: 'تیمێک هات.', target: 'A squad came.' }], { lexicon });
    expect(lexicon.glossesOf('تیمەکە')).toBeDefined();
    expect([...known.keys()]).toEqual([]);
  });

  it('decide a link the lexicon cannot: the rabbit sentence finds its translation, the crow is left alone', () => {
    const rabbit = { source: [1], target: [1] };
    const withoutPairs = alignSentences(GARDEN.source, GARDEN.target, { lexicon });
    expect(withoutPairs).not.toContainEqual(expect.objectContaining(rabbit));
    const links = alignSentences(GARDEN.source, GARDEN.target, { lexicon, wordPairs: learnWordPairs(CONFIRMED_UNITS, { lexicon }) });
    expect(links.map(({ source, target }) => ({ source, target }))).toEqual([
      { source: [0], target: [0] }, rabbit, { source: [2], target: [] }, { source: [3], target: [2] },
    ]);
  });
});
