import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonFileStore } from '../../electron/store/json-file-store';
import { parseWithLines, stringifyWithLines } from '../../electron/store/json-lines';

describe('documents written one unit per line', () => {
  it('is one JSON value equal to the document, and reads back line by line to the same value', () => {
    const text = fc.string({ unit: 'binary' });
    const unit = fc.record({ id: text, source: fc.array(fc.record({ text })), note: fc.option(text, { nil: undefined }) });
    fc.assert(
      fc.property(fc.record({ schemaVersion: fc.nat(), name: text, units: fc.array(unit, { maxLength: 5 }), createdAt: text }), (document) => {
        const written = stringifyWithLines(document, 'units');
        const expected = JSON.parse(JSON.stringify(document)) as unknown;
        expect(JSON.parse(written)).toEqual(expected);
        expect(parseWithLines(written, 'units')).toEqual(expected);
        expect(written.split('\n')).toHaveLength(Math.max(1, document.units.length) + 2);
      }),
      { seed: 20261125, numRuns: 500 },
    );
  });
});

describe('a sealed store file in the line layout', () => {
  const store = (dir: string) => new JsonFileStore(join(dir, 'doc.json'), (raw) => ({ ok: true as const, value: raw }), () => new Date(), { sealed: true, linesOf: 'units' });

  it('is written a line at a time to exactly what stringifyWithLines gives, sealed, and read back unit by unit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pird-lines-'));
    const huge = 'کوردستان '.repeat(200_000); // one text bigger than a write block
    for (const units of [[], [{ id: 'u1', text: 'one' }], [{ id: 'u1', text: 'a' }, { id: 'u2', text: huge }, { id: 'u3', text: 'c\n"d"' }]]) {
      const value = { schemaVersion: 2, name: 'test', units };
      await store(dir).write(value);
      const written = readFileSync(join(dir, 'doc.json'), 'utf8');
      expect(written).toBe(stringifyWithLines(value, 'units'));
      expect(readFileSync(join(dir, 'doc.json.sha1'), 'utf8')).toBe(createHash('sha1').update(readFileSync(join(dir, 'doc.json'))).digest('hex'));
      const sealed = await store(dir).readSealedLines();
      expect(sealed?.head).toEqual({ schemaVersion: 2, name: 'test', units: [] });
      expect([...(sealed?.lines ?? [])].map((line) => JSON.parse(line.replace(/,$/, '')) as unknown)).toEqual(units);
    }
    expect(readdirSync(dir).sort()).toEqual(['doc.json', 'doc.json.sha1']);
  });

  it('leaves nothing behind when the file cannot be replaced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pird-lines-'));
    mkdirSync(join(dir, 'doc.json')); // a directory where the file should go: the rename fails
    await expect(store(dir).write({ schemaVersion: 2, name: 'test', units: [{ id: 'u1' }] })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['doc.json']);
  });

  it('is not read line by line when the digest does not match', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pird-lines-'));
    await store(dir).write({ schemaVersion: 2, name: 'test', units: [{ id: 'u1' }] });
    writeFileSync(join(dir, 'doc.json'), readFileSync(join(dir, 'doc.json'), 'utf8').replace('u1', 'u2'));
    expect(await store(dir).readSealedLines()).toBeUndefined();
    expect(await store(dir).read()).toEqual({ schemaVersion: 2, name: 'test', units: [{ id: 'u2' }] });
  });
});
