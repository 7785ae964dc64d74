import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from './web-host-process';

let host: RunningHost;

test.beforeEach(async () => {
  host = await startHost();
});

test.afterEach(async () => {
  await host.stop();
});

test('a segment confirmed in one document is offered in the next: its differences shown, Ctrl+1 puts it in, Ctrl+Z takes it back', async ({ page }) => {
  await page.goto(host.url);
  const row = page.locator('.segment-row[data-unit-id="u3"]');
  await row.click();
  await expect(row.locator('.monaco-editor.focused')).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('My own translation of the third sentence, with 100 days in it.');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.save-state')).toHaveClass(/save-saved/);
  const source = (await row.locator('.cell.source').innerText()).trim();
  const words = source.split(' ');
  const changed = [...words.slice(0, 2), 'ڕۆژنامەنووس', ...words.slice(3)].join(' ');

  // A new document whose first sentence is nearly that one.
  const project = page.locator('.project', { hasText: 'Demo' });
  const chooser = page.waitForEvent('filechooser');
  await project.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles([{ name: 'near.txt', mimeType: 'text/plain', buffer: Buffer.from(changed) }]);
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '2');
  const first = page.locator('.segment-row[data-unit-id]').first();
  await first.click();
  const match = page.locator('.match-panel .tm-match').first();
  await expect(match).toBeVisible();
  await expect(match.locator('.tm-target')).toHaveText('My own translation of the third sentence, with 100 days in it.');
  const score = Number(await match.getAttribute('data-score'));
  expect(score).toBeGreaterThanOrEqual(85);
  expect(score).toBeLessThan(100);
  await expect(match.locator('.tm-changed')).toHaveText(words[2] ?? '');
  await expect(match.locator('.tm-source')).toHaveAttribute('dir', 'rtl');
  await expect(match.locator('.tm-origin')).toContainText("Kadhimi's visit to Washington");
  await page.screenshot({ path: 'tests/output/match-panel.png' });

  await expect(first.locator('.monaco-editor.focused')).toBeVisible();
  await page.keyboard.press('Control+1');
  await expect(first.locator('.view-lines')).toHaveText('My own translation of the third sentence, with 100 days in it.');
  await page.keyboard.press('Control+Z');
  await expect(first.locator('.view-lines')).toHaveText('');
});

test('the match panel mirrors with a Sorani interface; the stored source stays right to left', async ({ page }) => {
  await page.goto(host.url);
  await page.getByLabel('Interface language').selectOption('ckb');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.locator('.segment-row[data-unit-id="u2"]').click();
  await expect(page.locator('.match-panel h3')).toHaveText('بیرگەی وەرگێڕان');
  await expect(page.locator('.match-panel')).toContainText('هیچ هاوشێوەیەکی ٧٠٪ یان زیاتر نییە.');
});

test('concordance (Ctrl+K) finds a Sorani word in its inflected forms and opens the segment clicked', async ({ page }) => {
  await page.goto(host.url);
  const row = page.locator('.segment-row[data-unit-id="u1"]');
  await expect(row.locator('.monaco-editor.focused')).toBeVisible();
  await page.keyboard.press('Control+K');
  const panel = page.getByRole('dialog', { name: 'Concordance' });
  await expect(panel).toBeVisible();
  await panel.getByLabel('Words to look for in every memory').fill('حکومەت');
  await expect(panel.locator('.concordance-hit').first()).toBeVisible();
  const marks = await panel.locator('.concordance-mark').allInnerTexts();
  expect(marks.length).toBeGreaterThan(1);
  for (const mark of marks) expect(mark.startsWith('حکومەت')).toBe(true);
  expect(marks).toContain('حکومەتەکەی');
  // The glossary's English for the word is marked in the translation beside it.
  await expect(panel.locator('.concordance-likely').first()).toHaveText(/government/i);
  await page.screenshot({ path: 'tests/output/concordance.png' });
  const hit = panel.locator('.concordance-hit').filter({ hasText: 'حکومەتەکەی' }).first();
  await hit.click();
  await expect(panel).toHaveCount(0);
  await expect(page.locator('.segment-row.active .cell.source')).toContainText('حکومەتەکەی');
});

test('the dashboard analyses a document against the memories, pre-translates it, and Undo in the document takes it back', async ({ page }) => {
  await page.goto(host.url);
  const row = page.locator('.segment-row[data-unit-id="u3"]');
  await expect(row).toBeVisible();
  const source = (await row.locator('.cell.source').innerText()).trim();
  const translation = (await row.locator('.cell.target').innerText()).trim();
  const project = page.locator('.project', { hasText: 'Demo' });
  const chooser = page.waitForEvent('filechooser');
  await project.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles([{ name: 'again.txt', mimeType: 'text/plain', buffer: Buffer.from(`${source} ئەمە ڕستەیەکی تەواو نوێیە کە لە هیچ کوێدا نییە.`) }]);
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '3');

  await project.getByRole('button', { name: 'Dashboard' }).click();
  const analysis = page.getByRole('region', { name: 'Translation memory analysis' });
  await analysis.getByRole('button', { name: 'Analyse against the memories' }).click();
  const again = analysis.locator('tr', { hasText: 'again' });
  await expect(again.locator('td[data-band="100"]')).toHaveText(/^1 \//);
  await expect(again.locator('td[data-band="none"]')).toHaveText(/^1 \//);
  await expect(again.locator('.band-bar span')).toHaveCount(2);
  await analysis.getByRole('button', { name: 'Pre-translate empty segments' }).click();
  await expect(analysis).toContainText('1 segment pre-translated');

  await project.getByRole('button', { name: 'again', exact: true }).click();
  const first = page.locator('.segment-row[data-unit-id]').first();
  // The active row shows the translation in its editor, a few lines at a time.
  await expect(first.locator('.cell.target')).toContainText(translation.slice(0, 40));
  await expect(first).toHaveAttribute('data-status', 'draft');
  await expect(first.locator('.origin-badge')).toHaveText(/^TM 10[01]%$/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(first).toHaveAttribute('data-status', 'new');
  await expect(first.locator('.cell.target')).not.toContainText(translation.slice(0, 40));
});

test('a TMX imported as a memory from the dashboard offers its match, inserted on arrival; a confirmed sentence fills its repetitions', async ({ page }) => {
  const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ckb" creationtool="x" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x"/>
<body><tu><tuv xml:lang="ckb"><seg>پەرلەمانی کوردستان یاسای بودجەی پەسەند کرد.</seg></tuv><tuv xml:lang="en"><seg>The Kurdistan parliament passed the budget law.</seg></tuv></tu></body></tmx>`;
  await page.goto(host.url);
  const project = page.locator('.project', { hasText: 'Demo' });
  await project.getByRole('button', { name: 'Dashboard' }).click();
  const settings = page.getByRole('region', { name: 'Translation memory settings' });
  await settings.getByLabel('Name of the new memory').fill('Parliament TM');
  await settings.getByTestId('memory-file').setInputFiles({ name: 'parliament.tmx', mimeType: 'application/xml', buffer: Buffer.from(tmx) });
  await expect(settings.locator('.memory-list')).toContainText('Parliament TM (1 units, parliament.tmx)');
  await settings.getByLabel('Insert the best match into an empty segment').selectOption('100');
  await settings.getByLabel('After confirming a segment, fill the same sentences elsewhere in the document').check();
  await settings.getByRole('button', { name: 'Save memory settings' }).click();
  await expect(settings).toContainText('Saved.');

  const chooser = page.waitForEvent('filechooser');
  await project.getByRole('button', { name: 'Import files…' }).click();
  const repeated = 'هەڵبژاردنەکان بۆ مانگی داهاتوو دواخران.';
  await (await chooser).setFiles([{
    name: 'session.txt', mimeType: 'text/plain', buffer: Buffer.from(`پەرلەمانی کوردستان یاسای بودجەی پەسەند کرد. ${repeated} ${repeated}`),
  }]);
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '4');
  const rows = page.locator('.segment-row[data-unit-id]');
  // The memory's exact match is put into the first, empty segment as it becomes active, and saved.
  await expect(rows.nth(0).locator('.view-lines')).toHaveText('The Kurdistan parliament passed the budget law.');
  await expect(page.locator('.match-panel .tm-match').first()).toContainText('Parliament TM');
  await expect(page.locator('.save-state')).toHaveClass(/save-saved/);
  // The second sentence, translated and confirmed, fills the third (the same sentence).
  await rows.nth(1).click();
  await expect(rows.nth(1).locator('.monaco-editor.focused')).toBeVisible();
  await page.keyboard.type('The elections were postponed until next month.');
  await page.keyboard.press('Control+Enter');
  await expect(rows.nth(2).locator('.cell.target')).toContainText('The elections were postponed until next month.');
  await expect(rows.nth(2)).toHaveAttribute('data-status', 'draft');
  await expect(rows.nth(0).locator('.cell.target')).toHaveText('The Kurdistan parliament passed the budget law.');
});
