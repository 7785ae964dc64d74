import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { LEXICON_FILE, RENDERER_DIR } from '../electron/paths';
import { createPirdService } from '../electron/service/pird-service';
import { startHost } from '../tests/e2e/web-host-process';
import { demoSource, demoTranslation } from './align-data';
import type { BenchResult } from './measure';

const SENTENCES = 5000;
const KEY_PRESSES = 40;
const CHROMIUM = process.env['PIRD_CHROMIUM'] ?? '/usr/bin/chromium';
const EASTERN = '٠١٢٣٤٥٦٧٨٩';

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** A data directory with one document of 5,000 Sorani sentences and an English translation aligned into it. */
async function alignedDataDir(): Promise<{ dataDir: string; alignMs: number; units: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pird-bench-align-'));
  const service = createPirdService({ dataDir, lexiconFile: LEXICON_FILE, glossarySyncMs: 0 });
  const project = await service.createProject({ name: 'Alignment bench' });
  const source = demoSource();
  const target = demoTranslation();
  const sourceLines: string[] = [];
  const targetLines: string[] = [];
  for (let i = 0; i < SENTENCES; i++) {
    const n = 1000 + i;
    sourceLines.push(`${String(n).replace(/\d/g, (d) => EASTERN[Number(d)] ?? d)} ${source[i % source.length]}`);
    // Every 40th English sentence is missing, as in a real published translation.
    if (i % 40 !== 39) targetLines.push(`${n} ${target[i % target.length]}`);
  }
  const imported = await service.importDocument({ projectId: project.id, fileName: 'big.txt', contentBase64: Buffer.from(sourceLines.join('\n')).toString('base64') });
  const start = performance.now();
  await service.alignTranslation({
    documentId: imported.document.id, fileName: 'big.en.txt', contentBase64: Buffer.from(targetLines.join('\n')).toString('base64'), presegmented: true,
  });
  const alignMs = performance.now() - start;
  const units = (await service.getDocument({ documentId: imported.document.id })).units.length;
  await service.flush();
  return { dataDir, alignMs, units };
}

/** Page script: times from each keydown to the frame after the list changed. */
const KEY_PROBE = `(() => {
  const state = { pending: null, times: [] };
  window.alignBench = state;
  window.addEventListener('keydown', () => { state.pending = performance.now(); }, { capture: true });
  new MutationObserver(() => {
    if (state.pending === null) return;
    const started = state.pending;
    state.pending = null;
    requestAnimationFrame(() => state.times.push(performance.now() - started));
  }).observe(document.querySelector('.link-grid'), { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

export async function benchAlignEditor(): Promise<BenchResult> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) spawnSync('npm', ['run', 'build:renderer'], { stdio: 'inherit' });
  const { dataDir, alignMs, units } = await alignedDataDir();
  const host = await startHost(dataDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(host.url);
    await page.locator(`.segment-grid[aria-rowcount="${units + 1}"]`).waitFor();
    const openStart = performance.now();
    await page.getByRole('button', { name: 'Align', exact: true }).click();
    await page.locator('.link-row').first().waitFor();
    const openMs = performance.now() - openStart;
    await page.locator('.link-grid').focus();
    await page.evaluate(KEY_PROBE);
    const collect = async (): Promise<number[]> => {
      await page.waitForTimeout(300);
      return (await page.evaluate('window.alignBench.times.splice(0)')) as number[];
    };
    for (let i = 0; i < KEY_PRESSES; i++) await page.keyboard.press('ArrowDown');
    const moves = await collect();
    for (let i = 0; i < 10; i++) await page.keyboard.press('n');
    const jumps = await collect();
    const shapeChanged = async (key: string): Promise<number> => {
      const before = await page.locator('.link-row.active').getAttribute('data-shape');
      await page.keyboard.press(key);
      // Polled from Node: the page's CSP forbids the string evaluation waitForFunction needs.
      const deadline = performance.now() + 10_000;
      while ((await page.locator('.link-row.active').getAttribute('data-shape')) === before) {
        if (performance.now() > deadline) throw new Error(`${key} did not change the active link`);
        await page.waitForTimeout(5);
      }
      return (await collect()).at(-1) ?? NaN;
    };
    // The jumps stopped on a lone Sorani sentence; the link before it has an English side to shift.
    await page.keyboard.press('ArrowUp');
    await collect();
    const operations: number[] = [];
    for (let i = 0; i < 5; i++) {
      operations.push(await shapeChanged('Alt+ArrowDown'));
      operations.push(await shapeChanged('Control+z'));
    }
    await page.locator('.save-state.save-saved').waitFor();
    const realignStart = performance.now();
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/realign'));
    await page.keyboard.press('r');
    await answered;
    await page.locator('.save-state.save-saved').waitFor();
    const realignMs = performance.now() - realignStart;
    return {
      bench: 'align-editor',
      input: `${units} links (${SENTENCES} Sorani sentences, every 40th English one missing), aligned by the service, edited in Debian Chromium through the browser host`,
      rows: [
        { name: `align a ${SENTENCES}-sentence translation into the document (service)`, ms: Math.round(alignMs), target: 'none', met: null },
        { name: 'switch to the alignment view to first link (observed from Node)', ms: Math.round(openMs), target: '< 1000 ms', met: openMs < 1000 },
        { name: `ArrowDown to next frame, median of ${moves.length}`, ms: Math.round(median(moves)), target: '< 50 ms', met: median(moves) < 50 },
        { name: 'ArrowDown to next frame, slowest', ms: Math.round(Math.max(...moves)), target: 'none', met: null },
        { name: `N (next to check) to next frame, median of ${jumps.length}`, ms: Math.round(median(jumps)), target: '< 50 ms', met: median(jumps) < 50 },
        { name: `shift or undo: keydown to the changed links painted, median of ${operations.length}`, ms: Math.round(median(operations)), target: '< 200 ms', met: median(operations) < 200 },
        { name: 'realign the rest: keypress to saved (observed from Node)', ms: Math.round(realignMs), target: '< 2000 ms', met: realignMs < 2000 },
      ],
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}
