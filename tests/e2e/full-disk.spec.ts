import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type RunningHost } from './web-host-process';

/** A 3 MB tmpfs for the data directory, where this machine lets us mount one (root on Linux); else why not. */
function mountSmallDisk(): string {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) throw new Error('mounting a small tmpfs needs root on Linux');
  const dir = mkdtempSync(join(tmpdir(), 'pird-e2e-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dir], { stdio: 'pipe' });
  return dir;
}

/** Fills the disk to its last bytes; answers with the filler folder to delete. */
function fillDisk(dir: string): string {
  const filler = join(dir, 'filler');
  mkdirSync(filler, { recursive: true });
  for (const [size, prefix] of [[16 * 1024, 'f'], [64, 's']] as const) {
    for (let k = 0; ; k++) {
      try {
        writeFileSync(join(filler, `${prefix}${k}`), Buffer.alloc(size, 1));
      } catch {
        break;
      }
    }
  }
  return filler;
}

let disk: string | undefined;
let why = '';
let host: RunningHost | undefined;

test.beforeEach(async () => {
  try {
    disk = mountSmallDisk();
  } catch (error) {
    why = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    return;
  }
  host = await startHost(join(disk, 'data'));
});

test.afterEach(async () => {
  await host?.stop();
  if (disk) execFileSync('umount', [disk]);
});

test('on a full disk the translation is not lost: the error names the cause, the text stays, and it is saved once there is room', async ({ page }) => {
  test.skip(!host || !disk, why);
  if (!host || !disk) return;
  await page.goto(host.url);
  const row = page.locator('.segment-row[data-unit-id="u2"]');
  await row.click();
  await expect(row.locator('.monaco-editor')).toBeVisible();
  const filler = fillDisk(disk);
  await row.locator('.monaco-editor').click();
  await page.keyboard.press('Control+A');
  const text = 'Typed while the disk was full, and kept. '.repeat(20).trim();
  await page.keyboard.type(text, { delay: 0 });
  await expect(page.locator('.save-state')).toHaveClass(/save-failed/, { timeout: 10_000 });
  await expect(page.locator('.save-state')).toContainText('the disk is full (ENOSPC)');
  // The text is still in the editor, and the host still answers.
  await expect(row.locator('.view-lines')).toContainText('Typed while the disk was full');
  await page.screenshot({ path: 'tests/output/full-disk.png' });

  rmSync(filler, { recursive: true, force: true });
  await expect(page.locator('.save-state')).toHaveClass(/save-saved/, { timeout: 15_000 });
  await page.reload();
  await expect(page.locator('.segment-row[data-unit-id="u2"] .cell.target')).toContainText('Typed while the disk was full, and kept.');
});
