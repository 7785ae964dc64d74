import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument, reviewAsHtml, translatedDocument, translationAsHtml, translationAsMarkdown, translationAsText, type DocumentFile } from '../../../shared/project';

const read = (name: string): string => readFileSync(new URL(`../../../corpus/demo/${name}`, import.meta.url), 'utf8');

/** The demo as it ships: the article, each sentence with its English. */
function demo(): DocumentFile {
  return buildDocument({
    id: 'demo', projectId: 'p', name: 'kadhimi-washington.ckb.txt', sourceLang: 'ckb', targetLang: 'en',
    sourceText: read('kadhimi-washington.ckb.txt'), translations: read('kadhimi-washington.en.txt').split('\n'), now: '2026-12-07T00:00:00.000Z', author: 'test',
  });
}

describe('the translated document', () => {
  it('has the source\'s paragraphs, each the English of its segments in order', () => {
    const document = demo();
    const translated = translatedDocument(document);
    const paragraphs = new Set(document.units.map((unit) => unit.paragraph));
    expect(translated.paragraphs).toHaveLength(paragraphs.size);
    expect(translated.untranslated).toBe(0);
    const english = read('kadhimi-washington.en.txt').split('\n').filter((line) => line.trim() !== '');
    expect(translated.paragraphs.map((p) => p.text).join(' ')).toBe(english.join(' '));
    expect(translationAsText(translated).split('\n\n')).toHaveLength(paragraphs.size);
  });

  it('keeps the Sorani of a segment not translated yet, and counts it', () => {
    const document = demo();
    const units = document.units.map((unit, k) => (k === 2 ? { ...unit, target: [] } : unit));
    const translated = translatedDocument({ ...document, units });
    expect(translated.untranslated).toBe(1);
    expect(translated.paragraphs.map((p) => p.text).join(' ')).toContain(units[2]?.source[0]?.text ?? 'missing');
  });

  it('escapes what Markdown and HTML would read as markup', () => {
    const document = demo();
    const first = document.units[0];
    if (!first) throw new Error('no unit');
    const units = [{ ...first, target: [{ text: '# Not a heading <script>alert(1)</script> *not bold* & more' }] }];
    const translated = translatedDocument({ ...document, units });
    expect(translationAsMarkdown(translated)).toContain('\\# Not a heading \\<script\\>alert(1)\\</script\\> \\*not bold\\* & more');
    const html = translationAsHtml(translated);
    expect(html).toContain('<p># Not a heading &lt;script&gt;alert(1)&lt;/script&gt; *not bold* &amp; more</p>');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en" dir="ltr">/u);
  });

  it('makes a bilingual review table: a row per segment, numbered as in the grid, the Sorani right to left, status and comments', () => {
    const document = demo();
    const units = document.units.map((unit, k) => (k === 0 ? { ...unit, status: 'approved' as const, comments: [{ id: 'c1', by: 'Reviewer', at: 'now', text: 'Good.', resolved: false }] } : unit));
    const html = reviewAsHtml({ ...document, units });
    expect(html.match(/<tr>/gu)).toHaveLength(units.length + 1);
    expect(html).toContain(`<tr><td>1</td><td lang="ckb" dir="rtl">${units[0]?.source[0]?.text}</td>`);
    expect(html).toContain('<td>Approved</td><td><p>Reviewer: Good.</p></td>');
    expect(html).toContain(`<td>${units.length}</td>`);
  });
});
