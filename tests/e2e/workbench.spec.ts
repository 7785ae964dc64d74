import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHost, type RunningHost } from './web-host-process';

let host: RunningHost;

test.beforeEach(async () => {
  host = await startHost();
});

test.afterEach(async () => {
  await host.stop();
});

test('opens the demo: Sorani right to left beside English, segmented as pird segment does', async ({ page }) => {
  await page.goto(host.url);
  const rows = page.locator('.segment-row[data-unit-id]');
  await expect(rows).toHaveCount(31);
  const source = rows.first().locator('.cell.source');
  await expect(source).toHaveAttribute('dir', 'rtl');
  await expect(source).toContainText('کازمی لە ٢٠ی ئەم مانگەدا');
  await expect(rows.nth(1).locator('.cell.target')).toHaveAttribute('dir', 'ltr');
  // The Sorani font is the bundled Noto Naskh Arabic, and its glyphs for ڕ ڵ ێ ۆ ە are loaded.
  const fontReady = await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'ڕڵێۆە'));
  expect(fontReady).toBe(true);
  // Right to left: the first word of the sentence is drawn at the right edge of the cell.
  const box = await source.boundingBox();
  const firstWord = await page.evaluate(() => {
    const cell = document.querySelector('.segment-row[data-unit-id="u1"] .cell.source');
    const text = cell?.firstChild;
    if (!text) return null;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 5);
    const rect = range.getBoundingClientRect();
    return { left: rect.left, right: rect.right };
  });
  expect(box && firstWord && firstWord.right > box.x + box.width * 0.7).toBe(true);
  await page.screenshot({ path: 'tests/output/workbench-demo.png' });
});

test('edits a translation in Monaco, and it survives a reload and a restart of the host', async ({ page }) => {
  await page.goto(host.url);
  await page.locator('.segment-row[data-unit-id="u2"]').click();
  const editor = page.locator('.segment-row[data-unit-id="u2"] .monaco-editor');
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect(page.locator('.segment-row[data-unit-id="u2"]')).toHaveAttribute('data-status', 'draft');
  await page.keyboard.type('They will watch Washington as closely as Baghdad.');
  await expect(page.locator('.save-state')).toHaveClass(/save-saved/);
  await expect(page.locator('.segment-row[data-unit-id="u2"]')).toHaveAttribute('data-status', 'draft');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.segment-row[data-unit-id="u2"]')).toHaveAttribute('data-status', 'translated');
  await page.reload();
  await expect(page.locator('.segment-row[data-unit-id="u2"] .cell.target')).toContainText('They will watch Washington as closely as Baghdad.');
  const dataDir = host.dataDir;
  await host.stop();
  host = await startHost(dataDir);
  await page.goto(host.url);
  await expect(page.locator('.segment-row[data-unit-id="u2"] .cell.target')).toContainText('They will watch Washington as closely as Baghdad.');
});

test('switching the UI to Sorani mirrors the layout; source and target keep their own directions', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByTestId('ui-language').selectOption('ckb');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ckb');
  await expect(page.locator('.project-list h2')).toHaveText('پرۆژەکان');
  await expect(page.locator('.segment-row[data-unit-id="u1"] .cell.source')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.segment-row[data-unit-id="u1"] .cell.target')).toHaveAttribute('dir', 'ltr');
  // Mirrored: the project list now stands on the right.
  const nav = await page.locator('.project-list').boundingBox();
  expect(nav && nav.x > 700).toBe(true);
  // Monaco still draws its text inside its box under the RTL root.
  const line = await page.locator('.segment-row[data-unit-id="u1"] .view-line').first().boundingBox();
  const cell = await page.locator('.segment-row[data-unit-id="u1"] .cell.target').boundingBox();
  expect(line && cell && line.x >= cell.x - 1 && line.x < cell.x + cell.width).toBe(true);
  await page.screenshot({ path: 'tests/output/workbench-ckb.png' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('the host refuses requests without the token, with a wrong one, or from a foreign origin', async ({ request }) => {
  const api = `${host.origin}/api/listProjects`;
  expect((await request.post(api, { data: {} })).status()).toBe(403);
  expect((await request.post(api, { data: {}, headers: { 'X-Pird-Token': 'f'.repeat(48) } })).status()).toBe(403);
  const foreign = await request.post(api, { data: {}, headers: { 'X-Pird-Token': host.token, Origin: 'http://evil.example' } });
  expect(foreign.status()).toBe(403);
  const rebinding = await request.post(api, { data: {}, headers: { 'X-Pird-Token': host.token, Host: 'evil.example' } });
  expect(rebinding.status()).toBe(421);
  const ok = await request.post(api, { data: {}, headers: { 'X-Pird-Token': host.token, Origin: host.origin } });
  expect(ok.status()).toBe(200);
  expect(((await ok.json()) as { result: Array<{ id: string }> }).result[0]?.id).toBe('demo');
});

test('a corrupt document is reported in the UI and the file is kept as it was', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.locator('.segment-row[data-unit-id]')).toHaveCount(31);
  const dataDir = host.dataDir;
  await host.stop();
  const file = join(dataDir, 'documents', 'kadhimi-washington.json');
  writeFileSync(file, '{"schemaVersion": 1, "units": [');
  host = await startHost(dataDir);
  await page.goto(host.url);
  await expect(page.getByRole('alert')).toContainText('kadhimi-washington.json');
  await expect(page.getByRole('alert')).toHaveAttribute('data-code', 'corrupt-file');
  expect(readFileSync(file, 'utf8')).toBe('{"schemaVersion": 1, "units": [');
});
