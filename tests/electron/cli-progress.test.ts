import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobDocuments, jobLine } from '../../electron/cli/job-progress';
import { JobRegistry } from '../../electron/service/jobs';
import { writeCorpus } from '../../electron/corpus/write-corpus';
import { createPirdService } from '../../electron/service/pird-service';
import { existsSync, readdirSync } from 'node:fs';
import { runCli } from '../../electron/cli/main';
import type { CliIo } from '../../electron/cli/cli-io';

/** A terminal-like io: what the CLI writes, kept. */
function terminal(progress: boolean): CliIo & { out: (text: string) => void; stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdin: process.stdin, progress, stdout, stderr, out: (text) => void stdout.push(text), err: (text) => void stderr.push(text) };
}

const tmxOf = (units: number) => `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ckb" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>
${Array.from({ length: units }, (_, i) => `<tu><tuv xml:lang="ckb"><seg>ڕستەی ژمارە ${i}.</seg></tuv><tuv xml:lang="en"><seg>Sentence number ${i}.</seg></tuv></tu>`).join('\n')}
</body></tmx>`;

describe('pird import, export and qa show their progress on a terminal', () => {
  it('words a job\'s progress with counts and a share', () => {
    expect(jobLine('import big.tmx', { jobId: 'j', kind: 'import', state: 'running', done: 1_234_567, total: 9_876_543, unit: 'characters' }))
      .toBe('import big.tmx: 1,234,567 of 9,876,543 characters (12%)');
    expect(jobLine('import big.tmx', null)).toBe('import big.tmx: starting…');
  });

  it('redraws a progress line on stderr while a large TMX is read, cleared before the report; none with --quiet or off a terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pird-progress-'));
    const file = join(dir, 'big.tmx');
    writeFileSync(file, tmxOf(40_000));
    const shown = terminal(true);
    expect(await runCli(['--data-dir', dir, 'import', 'p', file], shown)).toBe(0);
    const lines = shown.stderr.join('');
    expect(lines).toMatch(/\rimport big\.tmx: [\d,]+ of [\d,]+ characters \(\d+%\)/u);
    expect(lines.endsWith('\r')).toBe(true);
    expect(shown.stdout.join('')).toMatch(/40000 units in 1 document\(s\) imported as tmx/u);
    for (const [io, args] of [[terminal(true), ['--quiet']], [terminal(false), []]] as const) {
      expect(await runCli(['--data-dir', dir, 'import', 'q', file, ...args], io)).toBe(0);
      expect(io.stderr.join('')).toBe('');
    }
    // A project's QA counts its segments as it goes.
    const checked = terminal(true);
    await runCli(['--data-dir', dir, 'qa', 'p', '--json'], checked);
    expect(checked.stderr.join('')).toMatch(/\rqa p: [\d,]+ of 40,000 segments \(\d+%\)/u);
    expect(JSON.parse(checked.stdout.join(''))).toHaveProperty('issues');
    const quietly = terminal(true);
    await runCli(['--data-dir', dir, 'qa', 'p', '--json', '--quiet'], quietly);
    expect(quietly.stderr.join('')).not.toMatch(/qa p:/u);
  }, 60_000);

  it('pird align draws a line counting the sentences aligned while the aligner runs; none with --quiet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pird-progress-'));
    const [source, target] = [join(dir, 'long.ckb.txt'), join(dir, 'long.en.txt')];
    writeFileSync(source, Array.from({ length: 30_000 }, (_, i) => `ڕستەی ژمارە ${i} لە ڕاپۆرتەکەدا.`).join('\n'));
    writeFileSync(target, Array.from({ length: 30_000 }, (_, i) => `Sentence number ${i} of the report.`).join('\n'));
    const shown = terminal(true);
    expect(await runCli(['--data-dir', dir, 'align', source, target, '--presegmented', '--json'], shown)).toBe(0);
    expect(shown.stderr.join('')).toMatch(/\ralign long\.ckb\.txt: [1-9][\d,]* of 30,000 sentences \(\d+%\)/u);
    const links = (JSON.parse(shown.stdout.join('')) as { links: Array<{ source: number[]; target: number[] }> }).links;
    expect(links).toHaveLength(30_000);
    expect(links.every((link, i) => link.source[0] === i && link.target[0] === i)).toBe(true);
    const quiet = terminal(true);
    expect(await runCli(['--data-dir', dir, 'align', source, target, '--presegmented', '--json', '--quiet'], quiet)).toBe(0);
    expect(quiet.stderr.join('')).toBe('');
    expect(quiet.stdout.join('')).toBe(shown.stdout.join(''));
  }, 60_000);

  it('stops an export between documents when asked (Ctrl+C), leaving no file, not even a partial one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pird-progress-'));
    const service = createPirdService({ dataDir: dir, corpusPartUnits: 100, glossarySyncMs: 0 });
    const project = await service.createProject({ name: 'p' });
    await service.importCorpus({ projectId: project.id, fileName: 'big.tmx', contentBase64: Buffer.from(tmxOf(500)).toString('base64') });
    const ids = (await service.listProjects({})).find((p) => p.id === project.id)?.documents.map((d) => d.id) ?? [];
    expect(ids).toHaveLength(5);
    const jobs = new JobRegistry();
    const out = join(dir, 'p.tmx');
    const header = { sourceLang: 'ckb', targetLang: 'en', toolVersion: '1', createdAt: new Date(), neutralizeFormulas: true };
    const exported = jobs.run('x', 'export', (job) => {
      const items = (async function* () {
        for await (const document of jobDocuments(service.documentsOnce(ids), ids.length, job)) {
          yield document;
          // The person presses Ctrl+C while the second document is written.
          if (jobs.progress('x')?.done === 1) jobs.cancel('x');
        }
      })();
      return writeCorpus(items, 'tmx', out, header, { statuses: [], dedupe: false, clean: false });
    });
    await expect(exported).rejects.toThrow('export cancelled; nothing of it was kept');
    expect(jobs.progress('x')).toMatchObject({ state: 'cancelled', done: 2, total: 5, unit: 'documents' });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.startsWith('p.tmx'))).toEqual([]);
    const quiet = terminal(true);
    expect(await runCli(['--data-dir', dir, 'export', 'p', '--format', 'tmx', '--out', out, '--quiet'], quiet)).toBe(0);
    expect(quiet.stderr.join('')).toBe('');
    expect(quiet.stdout.join('')).toMatch(/^500 pairs written to /u);
    await service.flush();
  });
});
