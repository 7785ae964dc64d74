import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PIRD = fileURLToPath(new URL('../../bin/pird.mjs', import.meta.url));
const SEED = fileURLToPath(new URL('../../corpus/demo/kadhimi-washington.ckb.txt', import.meta.url));
const STARTER = fileURLToPath(new URL('../../corpus/glossary/political.ckb-en.tbx', import.meta.url));

function pird(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [PIRD, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pird-terms-')), name);
  writeFileSync(path, content);
  return path;
}

interface Hit { segment: number; term: string; target: string; text: string; start: number; end: number }

describe('pird terms', () => {
  it('prints {"hits":[...]} with the glossary term, its English, the surface form and offsets into the sentence', () => {
    const { code, stdout } = pird(['terms', SEED, '--glossary', STARTER, '--json']);
    expect(code).toBe(0);
    const { hits } = JSON.parse(stdout) as { hits: Hit[] };
    expect(Object.keys(hits[0] ?? {})).toEqual(['segment', 'term', 'target', 'text', 'start', 'end']);
    expect(hits[0]).toEqual({ segment: 0, term: 'کازمی', target: 'Kadhimi', text: 'کازمی', start: 0, end: 5 });
    expect(hits).toContainEqual(expect.objectContaining({ segment: 1, term: 'کۆشکی سپی', target: 'White House', text: 'کۆشکی سپییەوە' }));
    expect(new Set(hits.map((h) => h.segment)).size).toBeGreaterThan(20);
  });

  it('reads a CSV glossary and presegmented text, and prints one tab-separated hit per line without --json', () => {
    const glossary = tempFile('terms.csv', 'source,target\r\nحکومەت,government\r\n');
    const text = tempFile('text.txt', 'حکومەتەکەی کازمی\nلە حکومەتدا، حکومەتیان\n');
    const { code, stdout } = pird(['terms', text, '--glossary', glossary, '--presegmented']);
    expect(code).toBe(0);
    expect(stdout).toBe('0\t0\t10\tحکومەتەکەی\tحکومەت\tgovernment\n1\t3\t11\tحکومەتدا\tحکومەت\tgovernment\n1\t13\t22\tحکومەتیان\tحکومەت\tgovernment\n');
  });

  it('fails with exit 1 and the line for a malformed glossary, 2 without --glossary', () => {
    const broken = tempFile('terms.csv', 'source,target\n"حکومەت,government\n');
    const failed = pird(['terms', SEED, '--glossary', broken]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/terms\.csv: line 2: a quoted field is never closed/);
    expect(pird(['terms', SEED]).code).toBe(2);
  });
});

describe('pird qa', () => {
  it('passes the demo, then finds a planted number and a forbidden term, and exits 1', async () => {
    const { createPirdService } = await import('../../electron/service/pird-service');
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-qa-'));
    const env = { ...process.env, PIRD_DATA_DIR: dataDir };
    const run = (args: string[]) => {
      const result = spawnSync(process.execPath, [PIRD, ...args], { encoding: 'utf8', env });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    const clean = run(['qa', 'demo', '--json']);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toEqual({ issues: [] });
    const service = createPirdService({ dataDir, demoDir: fileURLToPath(new URL('../../corpus/demo', import.meta.url)) });
    const document = await service.getDocument({ documentId: 'kadhimi-washington' });
    const first = document.units[0]?.target[0]?.text ?? '';
    await service.updateTarget({ documentId: document.id, unitId: 'u1', text: first.replace('20th', '21st').replace('Kadhimi', 'Kazemi') });
    await service.flush();
    const found = run(['qa', 'demo', '--doc', 'kadhimi-washington', '--json']);
    expect(found.code).toBe(1);
    expect(found.stderr).toMatch(/errors? found/);
    const { issues } = JSON.parse(found.stdout) as { issues: Array<{ segment: number; check: string; severity: string; message: string; source?: number[]; target?: number[] }> };
    const errors = issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => `${i.segment}:${i.check}`).sort()).toEqual(['0:numbers', '0:numbers', '0:terminology']);
    expect(errors.find((i) => i.check === 'numbers' && i.source)?.message).toBe('The number ٢٠ی of the source is missing from the translation');
    expect(Object.keys(errors[0] ?? {}).slice(0, 4)).toEqual(['segment', 'check', 'severity', 'message']);
    // Read by people: the document's name and the segment's number as the grid shows them.
    const text = run(['qa', 'demo', '--doc', 'kadhimi-washington']);
    const errorLines = text.stdout.split('\n').filter((line) => line.includes('\terror\t'));
    expect(errorLines.map((line) => line.split('\t').slice(0, 4).join('|')).sort()).toEqual(
      ['numbers', 'numbers', 'terminology'].map((check) => `${document.name}|1|error|${check}`),
    );
    expect(errorLines).toContain(`${document.name}\t1\terror\tnumbers\tThe number ٢٠ی of the source is missing from the translation`);
    expect(run(['qa', 'demo', '--doc', 'nope']).code).toBe(2);
    // A project by its name, as pird export and pird import take it.
    const byName = run(['qa', "Demo: Kadhimi's visit to Washington", '--doc', 'kadhimi-washington', '--json']);
    expect(byName.code).toBe(1);
    expect(JSON.parse(byName.stdout)).toEqual(JSON.parse(found.stdout));
    expect(run(['qa', 'no such project']).code).toBe(2);

    // The project's own settings: numbers off, terminology only a warning: no error left, exit 0.
    await service.setProjectQa({ projectId: 'demo', qa: { disabled: ['numbers'], severity: { terminology: 'warning' } } });
    await service.flush();
    const relaxed = run(['qa', 'demo', '--json']);
    expect(relaxed.code).toBe(0);
    const left = (JSON.parse(relaxed.stdout) as { issues: Array<{ check: string; severity: string }> }).issues;
    expect(left.filter((i) => i.severity === 'error' || i.check === 'numbers')).toEqual([]);
    expect(left.map((i) => `${i.check}:${i.severity}`)).toContain('terminology:warning');
    const reopened = createPirdService({ dataDir });
    expect((await reopened.listProjects({})).find((p) => p.id === 'demo')?.qa).toEqual({ disabled: ['numbers'], severity: { terminology: 'warning' } });
  });

  it('finds a source translated differently in another document of the project, naming it', async () => {
    const { createPirdService } = await import('../../electron/service/pird-service');
    const dataDir = mkdtempSync(join(tmpdir(), 'pird-qa-'));
    const service = createPirdService({ dataDir, demoDir: fileURLToPath(new URL('../../corpus/demo', import.meta.url)) });
    const demo = await service.getDocument({ documentId: 'kadhimi-washington' });
    const firstSource = demo.units[0]?.source.map((s) => s.text).join(' ') ?? '';
    const firstTarget = demo.units[0]?.target[0]?.text ?? '';
    const { document } = await service.importDocument({ projectId: 'demo', fileName: 'follow-up.txt', contentBase64: Buffer.from(`${firstSource}\n`).toString('base64') });
    const unit = (await service.getDocument({ documentId: document.id })).units[0]!;
    await service.updateTarget({ documentId: document.id, unitId: unit.id, text: firstTarget.replace('flies to', 'will fly to') });
    await service.flush();
    // The editor's limit: other documents larger than it are left out, and the answer says so.
    expect(await service.getTranslationsElsewhere({ documentId: document.id, maxUnits: 10 })).toEqual({ complete: false, documents: [], rows: [] });
    expect((await service.getTranslationsElsewhere({ documentId: document.id, maxUnits: 1000 })).rows).toHaveLength(1);
    const result = spawnSync(process.execPath, [PIRD, 'qa', 'demo', '--json'], { encoding: 'utf8', env: { ...process.env, PIRD_DATA_DIR: dataDir } });
    expect(result.status).toBe(0);
    const { issues } = JSON.parse(result.stdout) as { issues: Array<{ document: string; segment: number; check: string; severity: string; message: string }> };
    const consistency = issues.filter((i) => i.check === 'consistency').map((i) => `${i.document}:${i.segment}:${i.severity}:${i.message}`);
    expect(consistency).toEqual([
      `kadhimi-washington:0:warning:The same source is translated differently in segment 1 of “${document.name}”`,
      `${document.id}:0:warning:The same source is translated differently in segment 1 of “Kadhimi's visit to Washington (news analysis)”`,
    ]);
  });
});
