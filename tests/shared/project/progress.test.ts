import { describe, expect, it } from 'vitest';
import { hasTranslation, type Unit } from '../../../shared/project';

const unit = (changes: Partial<Unit>): Unit => ({
  id: 'u1', paragraph: 0, source: [{ text: 'سڵاو.' }], target: [{ text: 'Hello.' }], status: 'draft', history: [], comments: [], ...changes,
});

describe('what counts as translated in progress figures', () => {
  it('counts translated and approved segments, aligned links with a translation and untouched pre-translations', () => {
    expect(hasTranslation(unit({ status: 'translated' }))).toBe(true);
    expect(hasTranslation(unit({ status: 'approved' }))).toBe(true);
    expect(hasTranslation(unit({ status: 'aligned', alignment: { score: 0.9, confirmed: false } }))).toBe(true);
    expect(hasTranslation(unit({ status: 'draft', origin: { score: 100, memory: '', document: 'd', unit: 'u' } }))).toBe(true);
  });

  it('leaves out drafts being typed, rejected segments, and aligned sentences the translation left without a partner', () => {
    expect(hasTranslation(unit({ status: 'draft' }))).toBe(false);
    expect(hasTranslation(unit({ status: 'rejected' }))).toBe(false);
    expect(hasTranslation(unit({ status: 'aligned', target: [], alignment: { score: 0.9, confirmed: false } }))).toBe(false);
    expect(hasTranslation(unit({ status: 'new', target: [] }))).toBe(false);
  });
});
