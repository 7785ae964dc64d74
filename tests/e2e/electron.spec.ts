import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from '../../scripts/electron-binary.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const binary = electronBinary(ROOT);

test.describe('Electron app', () => {
  test.skip(binary === null, 'SKIPPED: no Electron binary on this machine (its download is not possible here); the same UI and service are tested in Chromium through the browser host.');

  test('opens the demo through IPC, with a sandboxed, isolated renderer', async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
    const app = await electron.launch({
      executablePath: binary ?? '',
      args: [ROOT, '--no-sandbox'],
      env: { ...env, PIRD_DATA_DIR: mkdtempSync(join(tmpdir(), 'pird-electron-')) },
    });
    const window = await app.firstWindow();
    await expect(window.locator('.segment-row[data-unit-id]')).toHaveCount(31);
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (globalThis as { pirdBridge?: unknown }).pirdBridge)).toBe('object');
    await window.screenshot({ path: 'tests/output/electron-demo.png' });
    await app.close();
  });
});
