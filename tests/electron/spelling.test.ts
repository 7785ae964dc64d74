import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPirdService } from '../../electron/service/pird-service';

const DEMO_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url));

describe('spelling through the service', () => {
  it('passes the demo translation, names carried over from the Sorani included', async () => {
    const service = createPirdService({ dataDir: mkdtempSync(join(tmpdir(), 'pird-spell-')), demoDir: DEMO_DIR });
    const document = await service.getDocument({ documentId: 'kadhimi-washington' });
    const unknown = [];
    for (const unit of document.units) {
      const { misspellings } = await service.checkSpelling({
        text: unit.target.map((s) => s.text).join(' '),
        source: unit.source.map((s) => s.text).join(' '),
      });
      unknown.push(...misspellings.map((m) => m.word));
    }
    // Names the romanizer cannot tie to the source stay underlined until someone adds them.
    expect(unknown).toEqual([]);
  });

  it('finds a typo at its offsets, suggests the word, and learns a new word for good', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-spell-'));
    const service = createPirdService({ dataDir });
    const text = 'The goverment of Peshmerga forces.';
    const { misspellings } = await service.checkSpelling({ text });
    expect(misspellings).toEqual([
      { start: 4, end: 13, word: 'goverment' },
      { start: 17, end: 26, word: 'Peshmerga' },
    ]);
    expect((await service.suggestSpelling({ word: 'goverment' })).suggestions[0]).toBe('government');
    expect((await service.addToDictionary({ word: 'Peshmerga' })).words).toEqual(['Peshmerga']);
    expect((await service.checkSpelling({ text })).misspellings.map((m) => m.word)).toEqual(['goverment']);
    expect(JSON.parse(readFileSync(join(dataDir, 'user-dictionary.json'), 'utf8'))).toEqual({ schemaVersion: 1, words: ['Peshmerga'] });
    const restarted = createPirdService({ dataDir });
    expect((await restarted.checkSpelling({ text })).misspellings.map((m) => m.word)).toEqual(['goverment']);
    await expect(service.addToDictionary({ word: 'two words' })).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
