import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICON_MODULE, LEXICON_TSV, lexiconModule } from '../../../scripts/build-lexicon-module';
import { buildSourceIndex, type GlossaryEntry } from '../../../shared/glossary';
import { relatedEnglish } from '../../../shared/glossary/words-of-their-own';

const entry = (id: string, ckb: string, en: string): GlossaryEntry => ({
  id, sourceTerms: [ckb], targetTerms: [{ text: en, status: 'preferred' }], examples: [],
  createdBy: 't', createdAt: '2026-12-07T00:00:00Z', changedBy: 't', changedAt: '2026-12-07T00:00:00Z', revision: 1,
});
const index = buildSourceIndex([
  entry('quota', 'کۆتا', 'quota'), entry('governor', 'پارێزگار', 'governor'), entry('kurdistan', 'کوردستان', 'Kurdistan'),
  entry('gorran', 'گۆڕان', 'Gorran'), entry('mosul', 'موسڵ', 'Mosul'), entry('voting', 'دەنگدان', 'voting'),
]);
const found = (text: string): string[] => index.match(text).map((hit) => `${hit.entryId}:${text.slice(hit.start, hit.end)}`);

describe('words of their own in the general lexicon', () => {
  it('veto a stem reading whose English the word does not share', () => {
    expect(found('لە کۆتایی مانگی ئاداردا')).toEqual([]); // end, not quota
    expect(found('موسڵمانەکان')).toEqual([]); // Muslims, not Mosul
    expect(found('گۆرانی گوت')).toEqual([]); // a song, not Gorran
    expect(found('دەنگدانەوەی بڕیارەکە')).toEqual([]); // an echo, not voting
  });

  it('leave the readings that are the term', () => {
    expect(found('کۆتای ژنان')).toEqual(['quota:کۆتای']);
    expect(found('پارێزگارەکەی بەسرە')).toEqual(['governor:پارێزگارەکەی']);
    expect(found('پارێزگاری کەرکووک')).toEqual(['governor:پارێزگاری']); // the governor of Kirkuk (also "protection": the lexicon lists no such word)
    expect(found('هەرێمی کوردستانی عێراق')).toEqual(['kurdistan:کوردستانی']); // Kurdistani is Kurdistan's
    expect(found('بزووتنەوەی گۆڕانی')).toEqual(['gorran:گۆڕانی']); // ڕ: the movement, not the song
    expect(found('دەنگدانی خەڵک')).toEqual(['voting:دەنگدانی']);
  });

  it('compare English words by their first letters, stop words aside', () => {
    expect(relatedEnglish(['kurdish'], ['kurd'])).toBe(true);
    expect(relatedEnglish(['newest'], ['new'])).toBe(true);
    expect(relatedEnglish(['end', 'last', 'final'], ['quota'])).toBe(false);
    expect(relatedEnglish(['muslim'], ['mosul'])).toBe(false);
  });

  it('ship the lexicon the shared core reads as the TSV the aligner reads (npm run build:lexicon)', () => {
    expect(readFileSync(LEXICON_MODULE, 'utf8')).toBe(lexiconModule(readFileSync(LEXICON_TSV, 'utf8')));
  });
});
