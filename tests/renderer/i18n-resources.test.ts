import { describe, expect, it } from 'vitest';
import { COMMANDS, MENUS } from '../../shared/commands';
import { ckb, en } from '../../renderer/i18n/resources';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === 'string' ? [`${prefix}${key}`] : keys(inner as object, `${prefix}${key}.`),
  );
}

describe('UI strings', () => {
  it('have the same keys in English and Sorani, none empty', () => {
    expect(keys(ckb).sort()).toEqual(keys(en).sort());
    for (const resources of [en, ckb]) for (const key of keys(resources)) expect(key.length).toBeGreaterThan(0);
  });

  it('are written in Sorani for ckb (Arabic script), apart from names of languages and file formats and the list marks • and #', () => {
    const flat = (value: object): string[] => Object.values(value).flatMap((v) => (typeof v === 'string' ? [v] : flat(v as object)));
    const latinOnly = flat(ckb).filter((text) => !/[\u0600-\u06FF]/.test(text));
    expect(latinOnly.sort()).toEqual(['English', 'TBX (TBX-Basic 2019)', 'CSV', 'TSV', 'TMX 1.4', 'XLIFF 2.0', 'TSV', 'CSV', 'JSONL', 'Markdown', 'HTML', '•', '#'].sort());
  });

  it('name every command and menu of the catalog in both languages', () => {
    for (const resources of [en, ckb]) {
      const all = new Set(keys(resources));
      for (const command of COMMANDS) expect(all.has(`commands.${command.id}`), command.id).toBe(true);
      for (const menu of MENUS) expect(all.has(`menus.${menu}`), menu).toBe(true);
    }
  });
});
