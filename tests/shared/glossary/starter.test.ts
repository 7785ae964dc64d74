import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_TBX, buildGlossaryTbx } from '../../../scripts/build-glossary';
import { GlossaryFileSchema, buildSourceIndex, readTbx, toGlossaryEntries } from '../../../shared/glossary';
import { sentences } from '../../../shared/text';

const DEMO = new URL('../../../corpus/demo/', import.meta.url);

describe('the starter glossary of Iraqi and Kurdish political terms', () => {
  const tbx = readFileSync(GLOSSARY_TBX, 'utf8');
  const entries = toGlossaryEntries(readTbx(tbx), 'pol');

  it('is the TBX built from its TSV, with at least 250 concepts, each with a preferred English term', () => {
    expect(tbx).toBe(buildGlossaryTbx());
    expect(entries.length).toBeGreaterThanOrEqual(250);
    expect(entries.every((e) => e.targetTerms.some((t) => t.status === 'preferred'))).toBe(true);
  });

  it('knows every term of the demo glossary where the sample article uses it', () => {
    const demo = GlossaryFileSchema.parse(JSON.parse(readFileSync(new URL('glossary.json', DEMO), 'utf8')));
    const demoIndex = buildSourceIndex(demo.entries);
    const starterIndex = buildSourceIndex(entries);
    const article = sentences(readFileSync(new URL('kadhimi-washington.ckb.txt', DEMO), 'utf8'), { lang: 'ckb' }).map((s) => s.text);
    const missed: string[] = [];
    for (const sentence of article) {
      const starterHits = starterIndex.match(sentence);
      // The same span, or a longer term around it (میلیشیا inside میلیشیا پشتگیریکراوەکانی ئێران).
      for (const hit of demoIndex.match(sentence)) {
        if (!starterHits.some((h) => h.start <= hit.start && h.end >= hit.end)) missed.push(sentence.slice(hit.start, hit.end));
      }
    }
    expect(missed).toEqual([]);
  });
});
