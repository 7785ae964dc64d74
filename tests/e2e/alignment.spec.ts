import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { articleCase } from '../../bench/align-data';
import { startHost, type RunningHost } from './web-host-process';

let host: RunningHost;

test.beforeEach(async () => {
  host = await startHost();
});

test.afterEach(async () => {
  await host.stop();
});

const links = (page: Page) => page.locator('.link-row');

/** Opens the demo in the alignment view with the publisher-style translation (or `english`) aligned into it. */
async function openAligned(page: Page, english = articleCase().target): Promise<void> {
  await page.goto(host.url);
  await expect(page.locator('.segment-grid')).toBeVisible();
  await page.getByRole('button', { name: 'Align', exact: true }).click();
  await expect(page.locator('.link-grid')).toBeVisible();
  await page.getByTestId('translation-file').setInputFiles({
    name: 'kadhimi-washington.publisher.en.txt', mimeType: 'text/plain', buffer: Buffer.from(english.join(' ')),
  });
  // The demo is translated: Pird asks before the import replaces that work.
  await page.getByRole('dialog').getByRole('button', { name: 'Replace them with the import' }).click();
  await expect(page.locator('.align-summary')).toContainText('English sentences aligned');
}

test('asks before importing a translation over translated segments: cancel changes nothing, keep keeps them as confirmed links', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.locator('.segment-grid')).toBeVisible();
  await page.getByRole('button', { name: 'Align', exact: true }).click();
  await expect(page.locator('.link-grid')).toBeVisible();
  const file = { name: 'publisher.en.txt', mimeType: 'text/plain', buffer: Buffer.from(articleCase().target.join(' ')) };
  await page.getByTestId('translation-file').setInputFiles(file);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('31 segments of this document are already translated, confirmed or approved');
  await expect(dialog.getByRole('button', { name: 'Keep them as confirmed links' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.align-summary')).not.toContainText('English sentences aligned');
  await expect(page.locator('.align-summary')).toContainText('· 0 confirmed');

  await page.getByTestId('translation-file').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Keep them as confirmed links' }).click();
  await expect(page.locator('.align-summary')).toContainText('English sentences aligned');
  // Every segment held a translator's work: all 31 stay as they were, now confirmed links
  // (an imported sentence that matches no Sorani sentence stays as a link of its own).
  await expect(page.locator('.align-summary')).toContainText('· 31 confirmed');
  await page.getByRole('button', { name: 'Translate', exact: true }).click();
  await expect(page.locator('.segment-row[data-unit-id="u1"] .cell.target')).toContainText('On the 20th of this month Kadhimi');
});

test('a long alignment counts its sentences in the status bar and can be cancelled while the aligner runs, changing nothing', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.locator('.segment-grid')).toBeVisible();
  const count = 40_000;
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.project', { hasText: 'Demo' }).getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles([{ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(Array.from({ length: count }, (_, i) => `ڕستەی ژمارە ${i} لە ڕاپۆرتەکەدا.`).join('\n')) }]);
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', String(count + 1), { timeout: 20_000 });
  await page.getByRole('button', { name: 'Align', exact: true }).click();
  await expect(page.locator('.link-grid')).toBeVisible();
  await page.getByTestId('translation-file').setInputFiles({
    name: 'long.en.txt', mimeType: 'text/plain', buffer: Buffer.from(Array.from({ length: count }, (_, i) => `Sentence number ${i} of the report.`).join('\n')),
  });
  const job = page.locator('.status-bar .job', { hasText: 'Aligning long.en.txt' });
  await expect(job.locator('.job-count')).toHaveText(/^[\d,]+ of 40,000 sentences aligned$/u, { timeout: 20_000 });
  await job.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.status-bar')).toBeHidden({ timeout: 20_000 });
  await expect(page.locator('.save-state')).toHaveText('Cancelled: align cancelled; nothing of it was kept');
  await expect(page.locator('.align-summary')).not.toContainText('English sentences aligned');
});

test('aligns an imported translation and shows each link with its confidence', async ({ page }) => {
  await openAligned(page);
  const gold = articleCase();
  await expect(page.locator('.link-grid')).toHaveAttribute('aria-rowcount', String(gold.gold.length));
  await expect(links(page).first()).toHaveAttribute('data-shape', '1-2');
  await expect(links(page).first().locator('.cell.source')).toHaveAttribute('dir', 'rtl');
  await expect(links(page).first().locator('.cell.target .sentence')).toHaveCount(2);
  // The sentence the translation leaves out stands alone. Every link here is right, and the
  // confidence (the calibrated probability of being right) says so: all green, none to check.
  const alone = page.locator('.link-row[data-shape="1-0"]');
  await expect(alone).toHaveCount(1);
  await expect(alone).toHaveAttribute('data-confidence', 'high');
  await expect(page.locator('.align-summary')).toContainText('· 0 to check');
  await expect(page.locator('.link-row[data-confidence="high"]').first()).toBeVisible();
  await expect(page.locator('.link-row[data-confidence="mid"], .link-row[data-confidence="low"]')).toHaveCount(0);
  await page.screenshot({ path: 'tests/output/alignment-view.png' });
  // Back in the translation grid, the aligned units carry the status "aligned".
  await page.getByRole('button', { name: 'Translate', exact: true }).click();
  await expect(page.locator('.segment-row[data-status="aligned"]').first()).toBeVisible();
  // Progress counts the links that hold a translation; the sentence left alone is not translated.
  await expect(page.locator('.document-header .progress')).toHaveText(`${gold.gold.length - 1} of ${gold.gold.length} translated`);
});

test('fixes an alignment with the keyboard: the least likely links first, shift, merge, empty partner, split, confirm, undo and realign', async ({ page }) => {
  // The translator swapped two sentences: the two links around them are the only doubtful ones.
  const english = [...articleCase().target];
  [english[23], english[24]] = [english[24] ?? '', english[23] ?? ''];
  await openAligned(page, english);
  const grid = page.locator('.link-grid');
  await grid.focus();
  await expect(page.locator('.align-summary')).toContainText('· 2 to check');
  // N visits the least likely link first, then the next; Shift+N goes back.
  const scoreOf = async (): Promise<number> => Number((await page.locator('.link-row.active .link-score').getAttribute('title'))?.replace(/[^\d.]/gu, ''));
  await page.keyboard.press('n');
  const first = await scoreOf();
  const firstRow = await page.locator('.link-row.active').getAttribute('aria-rowindex');
  await page.keyboard.press('n');
  const second = await scoreOf();
  expect(second).toBeGreaterThanOrEqual(first);
  expect(second).toBeLessThan(0.8);
  await page.keyboard.press('Shift+N');
  await expect(page.locator('.link-row.active')).toHaveAttribute('aria-rowindex', firstRow ?? '');

  // The first link (1-2): move its second English sentence down, then undo.
  await page.keyboard.press('Home');
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowUp');
  await expect(links(page).first()).toHaveClass(/active/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(links(page).first()).toHaveAttribute('data-shape', '1-1');
  await expect(links(page).nth(1)).toHaveAttribute('data-shape', '1-2');
  await page.keyboard.press('Control+z');
  await expect(links(page).first()).toHaveAttribute('data-shape', '1-2');
  await expect(links(page).nth(1)).toHaveAttribute('data-shape', '1-1');

  // Empty partner for the English of link 2, then merge it back with M on the link before.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('e');
  await expect(links(page).nth(1)).toHaveAttribute('data-shape', '1-0');
  await expect(links(page).nth(2)).toHaveAttribute('data-shape', '0-1');
  await page.keyboard.press('m');
  await expect(links(page).nth(1)).toHaveAttribute('data-shape', '1-1');

  // Split the first English sentence of link 1 where the cursor stands, with S.
  const sentence = links(page).first().locator('.cell.target .sentence').first();
  await sentence.click({ position: { x: 5, y: 5 } });
  await page.evaluate(() => {
    const node = document.querySelector('.link-row .cell.target .sentence')?.firstChild;
    if (node) window.getSelection()?.collapse(node, 'On the 20th of this month'.length);
  });
  await grid.focus();
  await page.keyboard.press('s');
  await expect(links(page).first().locator('.cell.target .sentence')).toHaveCount(3);
  await expect(links(page).first().locator('.cell.target .sentence').first()).toHaveText('On the 20th of this month');
  await page.keyboard.press('Control+z');
  await expect(links(page).first().locator('.cell.target .sentence')).toHaveCount(2);

  // Confirm the first three links (Shift+Enter on the third), then realign: they stay confirmed.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+Enter');
  await expect(page.locator('.link-row[data-confidence="confirmed"]')).toHaveCount(3);
  await page.keyboard.press('r');
  await expect(page.locator('.link-row[data-confidence="confirmed"]')).toHaveCount(3);
  await expect(page.locator('.save-state')).toHaveClass(/save-saved/);
  await page.reload();
  await page.getByRole('button', { name: 'Align', exact: true }).click();
  await expect(page.locator('.link-row[data-confidence="confirmed"]')).toHaveCount(3);
});

test('the alignment view mirrors with a Sorani interface; the source column stays right to left', async ({ page }) => {
  await page.goto(host.url);
  await page.getByTestId('ui-language').selectOption('ckb');
  await page.getByRole('button', { name: 'هاوتاکردن', exact: true }).click();
  const first = links(page).first();
  await expect(first.locator('.cell.source')).toHaveAttribute('dir', 'rtl');
  const source = await first.locator('.cell.source').boundingBox();
  const target = await first.locator('.cell.target').boundingBox();
  // Mirrored grid: the Sorani column stands to the right of the English one.
  expect(source && target && source.x > target.x).toBe(true);
  await expect(page.locator('.align-keys')).toContainText('کلیلەکان');
});

test('exports the demo as XLIFF from the dashboard and imports it back as an aligned document', async ({ page }) => {
  await page.goto(host.url);
  const project = page.locator('.project', { hasText: 'Demo' });
  await project.getByRole('button', { name: 'Dashboard' }).click();
  await page.getByTestId('corpus-format').selectOption('xliff');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe("Kadhimi's visit to Washington (news analysis).xlf");
  const xliff = readFileSync(await saved.path(), 'utf8');
  expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ckb" trgLang="en">');
  await expect(page.locator('.corpus-report')).toContainText('31 pairs exported');

  const chooser = page.waitForEvent('filechooser');
  await project.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles([{ name: 'demo-back.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(xliff) }]);
  await expect(page.locator('.import-messages li').filter({ hasText: 'Imported demo-back.xlf (xliff): 31 aligned segments' }).first()).toBeVisible();
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '32');
  await expect(page.locator('.segment-row').nth(1).locator('.cell.target')).toContainText('On the 20th of this month Kadhimi');

  // A Moses pair chosen together comes in as one document.
  const mosesChooser = page.waitForEvent('filechooser');
  await project.getByRole('button', { name: 'Import files…' }).click();
  await (await mosesChooser).setFiles([
    { name: 'pair.ckb', mimeType: 'text/plain', buffer: Buffer.from('یەک.\nدوو.\n') },
    { name: 'pair.en', mimeType: 'text/plain', buffer: Buffer.from('One.\nTwo.\n') },
  ]);
  await expect(page.locator('.import-messages li').filter({ hasText: 'Imported pair.ckb (moses): 2 aligned segments' }).first()).toBeVisible();
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '3');
});
