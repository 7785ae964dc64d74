import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleCase } from '../../bench/align-data';
import { pirdSync } from './helpers/processes';

const SEED = fileURLToPath(new URL('../../corpus/demo/kadhimi-washington.ckb.txt', import.meta.url));

const pird = pirdSync;

const fresh = (): string => mkdtempSync(join(tmpdir(), 'pird-corpus-'));

describe('pird import and pird export', () => {
  it('is a corpus pipeline with no UI: a text and its translation in, TMX out, parsed back', () => {
    const dir = fresh();
    const translation = join(dir, 'article.en.txt');
    writeFileSync(translation, articleCase().target.join(' '));
    const imported = pird(dir, ['import', 'p', SEED, translation]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/units in 1 document\(s\) imported as txt into project \S+ \(p\)/u);
    const out = join(dir, 'p.tmx');
    const exported = pird(dir, ['export', 'p', '--format', 'tmx', '--out', out]);
    expect(exported.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const tus = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'tu' }).parse(text).tmx.body.tu as unknown[];
    // A sentence left without a partner (one each way) is not a pair; every other link is one <tu>.
    expect(tus.length).toBe(articleCase().gold.filter((b) => b.source.length > 0 && b.target.length > 0).length);
    expect(exported.stdout).toMatch(/left out: 0 by status, 2 empty, 0 duplicates/u);
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('exports the latest text of a document whose last changes are still in its journal, and of one whose snapshot was edited by hand', async () => {
    const { createPirdService } = await import('../../electron/service/pird-service');
    const dir = fresh();
    const demoDir = fileURLToPath(new URL('../../corpus/demo', import.meta.url));
    const service = createPirdService({ dataDir: dir, demoDir, saveDelayMs: 0, compactDelayMs: 60_000 });
    await service.updateTarget({ documentId: 'kadhimi-washington', unitId: 'u2', text: 'Journaled, not yet in the snapshot.' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(existsSync(join(dir, 'documents', 'kadhimi-washington.journal.jsonl'))).toBe(true);
    const out = join(dir, 'demo.jsonl');
    expect(pird(dir, ['export', 'demo', '--format', 'jsonl', '--out', out]).code).toBe(0);
    const targets = () => readFileSync(out, 'utf8').trimEnd().split('\n').map((line) => (JSON.parse(line) as { translation: { en: string } }).translation.en);
    expect(targets()[1]).toBe('Journaled, not yet in the snapshot.');

    // Folded into the snapshot, then the snapshot changed by hand: its digest no longer matches, so it is read and checked in full.
    await service.flush();
    const snapshot = join(dir, 'documents', 'kadhimi-washington.json');
    writeFileSync(snapshot, readFileSync(snapshot, 'utf8').replace('Journaled, not yet in the snapshot.', 'Edited by hand.'));
    expect(pird(dir, ['export', 'demo', '--format', 'jsonl', '--out', out]).code).toBe(0);
    expect(targets()[1]).toBe('Edited by hand.');
  });

  it('exports Moses files of equal length and JSONL lines that parse, filters by status, and imports Moses back', () => {
    const dir = fresh();
    const moses = join(dir, 'demo');
    expect(pird(dir, ['export', 'demo', '--format', 'moses', '--out', moses]).code).toBe(0);
    const ckb = readFileSync(`${moses}.ckb`, 'utf8').split('\n');
    const en = readFileSync(`${moses}.en`, 'utf8').split('\n');
    expect(ckb.length).toBe(en.length);
    expect(ckb.length - 1).toBe(31);
    const approved = pird(dir, ['export', 'demo', '--format', 'jsonl', '--out', join(dir, 'a.jsonl'), '--approved-only']);
    expect(approved.stdout).toMatch(/^0 pairs written .* 31 by status/u);
    expect(pird(dir, ['export', 'demo', '--format', 'jsonl', '--out', join(dir, 'd.jsonl'), '--status', 'translated', '--target-lang', 'en-GB']).code).toBe(0);
    const lines = readFileSync(join(dir, 'd.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { translation: Record<string, string> });
    expect(lines).toHaveLength(31);
    expect(Object.keys(lines[0]?.translation ?? {})).toEqual(['ckb', 'en-GB']);
    const back = pird(dir, ['import', 'moses-project', `${moses}.ckb`, `${moses}.en`]);
    expect(back.stdout).toMatch(/^31 units in 1 document\(s\) imported as moses/u);
  });

  it('exports a project of many documents in document order, each document a file of the XLIFF', () => {
    const dir = fresh();
    const tsv = join(dir, 'many.tsv');
    const rows = Array.from({ length: 60 }, (_, i) => `doc${Math.floor(i / 10)}\tڕستەی ${i}.\tSentence ${i}.\tapproved`);
    writeFileSync(tsv, `document\tckb\ten\tstatus\n${rows.join('\n')}\n`);
    expect(pird(dir, ['import', 'many', tsv]).stdout).toMatch(/^60 units in 6 document\(s\)/u);
    const out = join(dir, 'many.xlf');
    const exported = pird(dir, ['export', 'many', '--format', 'xliff', '--out', out]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^60 pairs written/u);
    const text = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const files = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'file' || name === 'unit' })
      .parse(text).xliff.file as Array<{ original: string; unit: Array<{ segment: { target: { '#text': string } } }> }>;
    expect(files.map((f) => f.original)).toEqual(['doc0', 'doc1', 'doc2', 'doc3', 'doc4', 'doc5']);
    expect(files.flatMap((f) => f.unit.map((u) => u.segment.target['#text']))).toEqual(Array.from({ length: 60 }, (_, i) => `Sentence ${i}.`));
  });

  it('refuses a hostile or truncated file with its line (exit 1), leaving nothing half-imported, and bad options with exit 2', () => {
    const dir = fresh();
    const bomb = join(dir, 'bomb.tmx');
    writeFileSync(bomb, '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><tmx version="1.4"><body/></tmx>');
    const refused = pird(dir, ['import', 'hostile', bomb]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/bomb\.tmx: line 1: entity declarations are not accepted/u);
    const good = join(dir, 'good.tmx');
    expect(pird(dir, ['export', 'demo', '--format', 'tmx', '--out', good]).code).toBe(0);
    const truncated = join(dir, 'truncated.tmx');
    writeFileSync(truncated, readFileSync(good, 'utf8').split('\n').slice(0, 40).join('\n'));
    const cut = pird(dir, ['import', 'hostile', truncated]);
    expect(cut.stderr).toMatch(/truncated\.tmx: line \d+:/u);
    const projects = JSON.parse(pird(dir, ['projects', '--json']).stdout) as { projects: Array<{ name: string; documents: unknown[] }> };
    expect(projects.projects.find((p) => p.name === 'hostile')?.documents ?? []).toEqual([]);
    expect(pird(dir, ['export', 'demo', '--format', 'pdf', '--out', join(dir, 'x')]).code).toBe(2);
    expect(pird(dir, ['export', 'nothing', '--format', 'tmx', '--out', join(dir, 'x')]).code).toBe(2);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
