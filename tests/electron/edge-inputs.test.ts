import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppLink } from '../../electron/main/security';
import { createPirdService } from '../../electron/service/pird-service';
import { startWebHost } from '../../electron/web-host/web-host';
import { parseDelimited, toCsv } from '../../shared/formats';
import { pirdSync, startApiHost } from './helpers/processes';

const DEMO_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const pird = pirdSync;

const fresh = (): string => mkdtempSync(join(tmpdir(), 'pird-edge-'));
const FORMULA = "=cmd|' /C calc'!A0";

describe('the command line on careless input', () => {
  it('says in one line, exit 1, that the export folder is missing or that --out is a folder', () => {
    const dir = fresh();
    const missing = pird(dir, ['export', 'demo', '--format', 'tmx', '--out', join(dir, 'no-such-dir', 'x.tmx')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^pird: Could not save \S+x\.tmx: its folder does not exist \(ENOENT\)/u);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const onFolder = pird(dir, ['export', 'demo', '--format', 'tmx', '--out', folder]);
    expect(onFolder.code).toBe(1);
    expect(onFolder.stderr).toMatch(/^pird: Could not save \S+a-folder: it is a folder \(EISDIR\)/u);
    expect(onFolder.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('takes back the new project of an import that fails', () => {
    const dir = fresh();
    const binary = join(dir, 'binary.bin');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0, 7, 8, 0, 255, 0, 1]));
    const english = join(dir, 'en.txt');
    writeFileSync(english, 'One sentence.\n');
    const result = pird(dir, ['import', 'NEW', binary, english, '--format', 'txt']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^pird: .*binary\.bin/u);
    expect(pird(dir, ['projects']).stdout).not.toMatch(/NEW/u);
  });

  it('warns when one side of an alignment is empty, and refuses UTF-8 with damaged bytes instead of guessing another encoding', () => {
    const dir = fresh();
    const source = join(dir, 'ckb.txt');
    writeFileSync(source, 'کازمی بەرەو واشنتن دەفڕێت.\n');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const aligned = pird(dir, ['align', source, empty]);
    expect(aligned.code).toBe(0);
    expect(aligned.stderr).toMatch(/^pird: warning: \S+empty\.txt has no sentences/u);
    const damaged = join(dir, 'damaged.txt');
    const bytes = Buffer.from('کازمی بەرەو واشنتن دەفڕێت. ترەمپ چاوەڕێیەتی.', 'utf8');
    bytes[7] = 0xff;
    writeFileSync(damaged, bytes);
    const english = join(dir, 'en.txt');
    writeFileSync(english, 'Kadhimi flies to Washington. Trump awaits him.\n');
    const imported = pird(dir, ['import', 'p', damaged, english, '--format', 'txt']);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/damaged\.txt: is not valid UTF-8: 2 damaged bytes, the first at byte 6/u);
  });
});

describe('CSV bound for spreadsheets', () => {
  it('neutralizes cells that would run as formulas, and Pird reads its own CSV back as it was', () => {
    const text = toCsv([['source', 'target'], [FORMULA, '+1'], ['-', '@sum'], ['plain', 'text'], ['\tlead', 'ok']]);
    expect(text.split('\r\n')[1]).toBe("'=cmd|' /C calc'!A0,'+1");
    expect(text.split('\r\n')[2]).toBe("'-,'@sum");
    expect(parseDelimited(text, ',').map((row) => row.fields)).toEqual([['source', 'target'], [FORMULA, '+1'], ['-', '@sum'], ['plain', 'text'], ['\tlead', 'ok']]);
  });

  it('pird export --format csv neutralizes by default and keeps the cells with --keep-formulas; the glossary and dashboard CSV do too', async () => {
    const dir = fresh();
    const service = createPirdService({ dataDir: dir, demoDir: DEMO_DIR, glossarySyncMs: 0 });
    await service.updateTarget({ documentId: 'kadhimi-washington', unitId: 'u1', text: FORMULA });
    await service.saveGlossaryEntry({ entry: { sourceTerms: ['فۆرمول'], targetTerms: [{ text: '=HYPERLINK("x")', status: 'preferred' }], examples: [] } });
    await service.flush();
    const safe = join(dir, 'safe.csv');
    expect(pird(dir, ['export', 'demo', '--format', 'csv', '--out', safe]).code).toBe(0);
    expect(readFileSync(safe, 'utf8')).toContain(`,'${FORMULA}\r\n`);
    const raw = join(dir, 'raw.csv');
    expect(pird(dir, ['export', 'demo', '--format', 'csv', '--out', raw, '--keep-formulas']).code).toBe(0);
    expect(readFileSync(raw, 'utf8')).toContain(`,${FORMULA}\r\n`);
    expect(readFileSync(raw, 'utf8')).not.toContain(`'${FORMULA}`);
    // Imported back, the neutralized cell is the translation as it was.
    expect(pird(dir, ['import', 'back', safe]).code).toBe(0);
    const back = (await createPirdService({ dataDir: dir, glossarySyncMs: 0 }).listProjects({})).find((p) => p.name === 'back');
    const units = (await createPirdService({ dataDir: dir, glossarySyncMs: 0 }).getDocument({ documentId: back?.documents[0]?.id ?? '' })).units;
    expect(units[0]?.target[0]?.text).toBe(FORMULA);
    const glossary = await service.exportGlossary({ format: 'csv' });
    expect(glossary.content).toContain(`"'=HYPERLINK(""x"")"`);
    const stats = await service.getProjectStats({ projectId: 'demo' });
    expect(stats.csv.split('\r\n')[1]).not.toMatch(/^[=+\-@]/u);
  });
});

describe('the browser host on odd requests', () => {
  it('answers bad percent-encoding with 400, not 500', async () => {
    const staticDir = fresh();
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
    const host = await startWebHost({ service: createPirdService({ dataDir: fresh(), glossarySyncMs: 0 }), staticDir, port: 0 });
    try {
      const status = (path: string) => new Promise<number | undefined>((resolve, reject) => {
        request({ host: '127.0.0.1', port: host.port, path, headers: { host: `127.0.0.1:${host.port}` } }, (response) => {
          response.resume();
          resolve(response.statusCode);
        }).on('error', reject).end();
      });
      expect(await status('/%')).toBe(400);
      expect(await status('/%E0%A4%A')).toBe(400);
      expect(await status('/index.html')).toBe(200);
    } finally {
      await host.close();
    }
  });

  it('exits non-zero when its last flush fails', async () => {
    const dataDir = fresh();
    const host = await startApiHost(dataDir);
    expect((await host.call('updateTarget', { documentId: 'kadhimi-washington', unitId: 'u1', text: 'Changed.' })).status).toBe(200);
    // The documents folder replaced by a file (root ignores permissions, so a read-only folder would not do): the journal cannot be folded.
    const documents = join(dataDir, 'documents');
    renameSync(documents, `${documents}.away`);
    writeFileSync(documents, 'not a folder');
    expect(await host.stop()).toBe(1);
  });
});

describe('the Electron window (read: no Electron binary here)', () => {
  it('sends the same Content-Security-Policy as a header as index.html has in its meta tag', () => {
    const html = readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it('opens no link it did not make itself', () => {
    expect(isAppLink('https://example.org/anything')).toBe(false);
    expect(isAppLink('file:///etc/passwd')).toBe(false);
    expect(isAppLink('not a url')).toBe(false);
  });

  it('flips the fuses that would let code run as Pird', () => {
    const { fuses } = createRequire(import.meta.url)('../../scripts/after-pack.cjs') as { fuses: Record<number, boolean> };
    // FuseV1Options: 0 RunAsNode, 1 EnableCookieEncryption, 2 NODE_OPTIONS, 3 --inspect, 4 ASAR integrity, 5 only from ASAR.
    expect([fuses[0], fuses[1], fuses[2], fuses[3], fuses[4], fuses[5]]).toEqual([false, true, false, false, true, true]);
    expect(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')).toMatch(/^afterPack: scripts\/after-pack\.cjs$/mu);
  });
});
