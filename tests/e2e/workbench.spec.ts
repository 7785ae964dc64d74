import { expect, test, type Page } from '@playwright/test';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordBox } from './geometry';
import { startHost, type RunningHost } from './web-host-process';

let host: RunningHost;

test.beforeEach(async () => {
  host = await startHost();
});

test.afterEach(async () => {
  await host.stop();
});

/** Goes on from "Create project" through the new-project wizard with the name typed, no files, no starter glossary. */
async function createInWizard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Create project' }).click();
  const wizard = page.getByRole('dialog', { name: 'New project' });
  await expect(wizard.getByTestId('wizard-name')).toHaveValue('Field reports');
  await wizard.getByRole('checkbox', { name: /starter glossary/u }).uncheck();
  await wizard.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(wizard).toBeHidden();
}

/** Opens the demo, replaces the first segment's translation with `text` and confirms it (Ctrl+Enter), saved. */
async function confirmFirstSegment(page: Page, text: string): Promise<void> {
  await page.goto(host.url);
  await expect(page.locator('.segment-row[data-unit-id="u1"] .monaco-editor.focused')).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.save-state')).toHaveClass(/save-saved/);
}

test('opens the demo: Sorani right to left beside English, segmented as pird segment does', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '32');
  const rows = page.locator('.segment-row[data-unit-id]');
  const source = rows.first().locator('.cell.source');
  await expect(source).toHaveAttribute('dir', 'rtl');
  await page.locator('.segment-row[data-unit-id="u2"]').click();
  await expect(source).toContainText('کازمی لە ٢٠ی ئەم مانگەدا');
  await expect(rows.nth(1).locator('.cell.target')).toHaveAttribute('dir', 'ltr');
  // The Sorani font is the bundled Noto Naskh Arabic, and its glyphs for ڕ ڵ ێ ۆ ە are loaded.
  const fontReady = await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'ڕڵێۆە'));
  expect(fontReady).toBe(true);
  // Right to left: the first word of the sentence is drawn at the right edge of the cell.
  const box = await source.boundingBox();
  const firstWord = await wordBox(page, '.segment-row[data-unit-id="u1"] .cell.source', 'کازمی');
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

test('the English editor spans its column and grows with its text, no scrolling inside it', async ({ page }) => {
  await page.goto(host.url);
  const row = page.locator('.segment-row[data-unit-id="u2"]');
  await row.click();
  const editor = row.locator('.target-editor');
  await expect(row.locator('.monaco-editor.focused')).toBeVisible();
  const cell = await row.locator('.cell.target').boundingBox();
  const before = await editor.boundingBox();
  expect(before?.width ?? 0).toBeGreaterThan((cell?.width ?? 0) * 0.9);
  await page.keyboard.press('Control+End');
  for (let i = 0; i < 2; i++) await page.keyboard.type(' And another long sentence follows here, so that the text wraps over many lines.');
  await expect.poll(async () => (await editor.boundingBox())?.height ?? 0).toBeGreaterThan((before?.height ?? 0) * 1.5);
  // All of the text is shown: the editor's content fits in it.
  const lines = await row.locator('.monaco-editor .view-lines').boundingBox();
  const box = await editor.boundingBox();
  expect(lines?.height ?? Infinity).toBeLessThanOrEqual(box?.height ?? 0);
  expect(lines?.height ?? 0).toBeGreaterThan(60);
});

test('reopens the document and the segment where work stopped', async ({ page }) => {
  /** The segment the settings file holds as the last place (none while the file is not written yet). */
  const savedPlace = (): string | undefined => {
    try {
      return (JSON.parse(readFileSync(join(host.dataDir, 'settings.json'), 'utf8')) as { lastPlace?: { unitId?: string } }).lastPlace?.unitId;
    } catch {
      return undefined;
    }
  };
  await page.goto(host.url);
  await expect(page.locator('.segment-row[data-unit-id="u1"]')).toHaveAttribute('aria-selected', 'true');
  // Another document, imported and opened, at its second segment.
  const project = page.locator('.project', { hasText: 'Demo' });
  const chooser = page.waitForEvent('filechooser');
  await project.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles([{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('یەکەم ڕستە. دووەم ڕستە. سێیەم ڕستە.') }]);
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '4');
  await page.locator('.segment-row[data-unit-id="u2"]').click();
  await expect(page.locator('.segment-row[data-unit-id="u2"]')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(async () => savedPlace()).toBe('u2');
  await page.reload();
  await expect(page.locator('.document-header h2')).toHaveText('notes');
  await expect(page.locator('.segment-row[data-unit-id="u2"]')).toHaveAttribute('aria-selected', 'true');
  // The demo, far down: reopened there, in view.
  await project.getByRole('button', { name: "Kadhimi's visit to Washington (news analysis)" }).click();
  await page.locator('.segment-row[data-unit-id="u1"]').click();
  for (let i = 0; i < 24; i++) await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('.segment-row[data-unit-id="u25"]')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(async () => savedPlace()).toBe('u25');
  await page.reload();
  await expect(page.locator('.segment-row[data-unit-id="u25"]')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.segment-row[data-unit-id="u25"]')).toBeInViewport();
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
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '32');
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

test('translates three segments with the keyboard only; all saved after a reload', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.locator('.segment-row[data-unit-id="u1"] .monaco-editor.focused')).toBeVisible();
  for (const [index, text] of ['First by keyboard.', 'Second by keyboard.', 'Third by keyboard.'].entries()) {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
    await page.keyboard.press('Control+Enter');
    await expect(page.locator(`.segment-row[data-unit-id="u${index + 2}"] .monaco-editor.focused`)).toBeVisible();
  }
  await expect(page.locator('.segment-row[data-unit-id="u4"]')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.locator('.segment-row[data-unit-id="u3"]')).toHaveAttribute('aria-selected', 'true');
  // "Saved" once the last confirm's text and status are both on disk (not between the two).
  await expect(page.locator('.save-state')).toHaveClass(/save-saved/);
  await page.reload();
  for (const [id, text] of [['u1', 'First by keyboard.'], ['u2', 'Second by keyboard.'], ['u3', 'Third by keyboard.']] as const) {
    const row = page.locator(`.segment-row[data-unit-id="${id}"]`);
    await expect(row).toHaveAttribute('data-status', 'translated');
    if (id !== 'u1') await expect(row.locator('.cell.target')).toContainText(text);
  }
  await expect(page.locator('.segment-row[data-unit-id="u1"] .view-lines')).toContainText('First by keyboard.');
});

test('merges, undoes, splits at the cursor in the Sorani source, and edits the source right to left', async ({ page }) => {
  await page.goto(host.url);
  await page.locator('.segment-row[data-unit-id="u2"]').click();
  await page.getByRole('button', { name: 'Merge with next' }).click();
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '31');
  await expect(page.locator('.segment-row[data-unit-id="u2"] .source-editor')).toHaveValue(/بەغدا\. هەرچەندە/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '32');
  const sourceEditor = page.locator('.segment-row[data-unit-id="u2"] .source-editor');
  await expect(sourceEditor).toHaveAttribute('dir', 'rtl');
  await sourceEditor.evaluate((element) => {
    const area = element as HTMLTextAreaElement;
    const at = area.value.indexOf('بەڵکو');
    area.focus();
    area.setSelectionRange(at, at);
  });
  await page.getByRole('button', { name: 'Split at cursor' }).click();
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '33');
  await expect(sourceEditor).toHaveValue(/نابێت،$/);
  await page.reload();
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '33');

  // The source is read-only until F2: typing into it changes nothing.
  await page.locator('.segment-row[data-unit-id="u3"]').click();
  const source = page.locator('.segment-row[data-unit-id="u3"] .source-editor');
  const before = await source.inputValue();
  await source.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' زیاد');
  await expect(source).toHaveValue(before);
  // F2 opens it; the edit is kept when the focus leaves; Escape gives an edit up.
  await page.keyboard.press('F2');
  await expect(source).toBeFocused();
  await expect(source).not.toHaveAttribute('readonly');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' زیاد');
  // Another row clicked at once: the source is saved as it is left, and the page stays where it was clicked.
  await page.locator('.segment-row[data-unit-id="u5"]').click();
  await expect(page.locator('.segment-row[data-unit-id="u5"]')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.segment-row[data-unit-id="u3"] .cell.source')).toHaveText(`${before} زیاد`);
  await page.locator('.segment-row[data-unit-id="u3"]').click();
  await expect(source).toHaveAttribute('readonly');
  await page.getByRole('button', { name: 'Edit source' }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' نا');
  await page.keyboard.press('Escape');
  await expect(source).toHaveValue(`${before} زیاد`);
  await expect(source).toHaveAttribute('readonly');
  await page.reload();
  await expect(page.locator('.segment-row[data-unit-id="u3"] .cell.source')).toHaveText(`${before} زیاد`);
});

test('a browser host killed with SIGKILL while typing loses at most the last second, nothing earlier', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.locator('.segment-row[data-unit-id="u1"] .monaco-editor.focused')).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Typed well before the crash.');
  await page.waitForTimeout(1200);
  await page.keyboard.type(' And this in the last moment');
  host.process.kill('SIGKILL');
  await new Promise((resolve) => host.process.once('exit', resolve));
  const dataDir = host.dataDir;
  host = await startHost(dataDir);
  await page.goto(host.url);
  const text = await page.locator('.segment-row[data-unit-id="u1"] .view-lines').innerText();
  expect(text.replace(/\s+/g, ' ')).toMatch(/^Typed well before the crash\./);
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '32');
});

test('a reviewer approves two segments, rejects one with a reason, and sees the history and the diff', async ({ page }) => {
  await confirmFirstSegment(page, 'Kadhimi flies to Washington on the 20th.');
  await page.getByTestId('user-name').fill('Rewaz');
  await page.getByTestId('user-name').blur();
  await page.getByTestId('role').selectOption('reviewer');
  await page.locator('.segment-row[data-unit-id="u1"]').click();
  const panel = page.getByRole('complementary');
  await expect(panel.locator('.diff-view .monaco-diff-editor')).toBeVisible();
  await expect(panel.locator('.diff-view')).toContainText('Kadhimi flies to Washington');
  await expect(panel.locator('.diff-view')).toContainText('On the 20th of this month');
  await page.getByRole('checkbox', { name: 'Select segment 2' }).check();
  await page.getByRole('checkbox', { name: 'Select segment 3' }).check();
  await page.getByRole('button', { name: 'Approve selected (2)' }).click();
  await expect(page.locator('.segment-row[data-unit-id="u2"]')).toHaveAttribute('data-status', 'approved');
  await expect(page.locator('.segment-row[data-unit-id="u3"]')).toHaveAttribute('data-status', 'approved');
  await page.locator('.segment-row[data-unit-id="u4"]').click();
  await expect(page.locator('.segment-row[data-unit-id="u4"]')).toHaveAttribute('aria-selected', 'true');
  await panel.getByRole('textbox', { name: 'Reason for rejecting' }).fill('Hakim and Amiri were confronted, not criticised: check the verb.');
  await panel.getByRole('button', { name: 'Reject' }).click();
  await expect(page.locator('.segment-row[data-unit-id="u4"]')).toHaveAttribute('data-status', 'rejected');
  await expect(panel.locator('.history li').last()).toContainText('Rewaz');
  await expect(panel.locator('.history li').last()).toContainText('check the verb');
  await panel.getByRole('textbox', { name: 'Add a comment' }).fill('Please look at this one again.');
  await panel.getByRole('button', { name: 'Comment' }).click();
  await expect(panel.locator('.comment-thread')).toContainText('Please look at this one again.');
  await page.reload();
  await expect(page.locator('.segment-row[data-unit-id="u2"]')).toHaveAttribute('data-status', 'approved');
  await expect(page.locator('.segment-row[data-unit-id="u4"]')).toHaveAttribute('data-status', 'rejected');
  await page.screenshot({ path: 'tests/output/workbench-review.png' });

  // A corpus export leaves the rejected segment out unless asked for.
  const rejectedTarget = (await page.locator('.segment-row[data-unit-id="u4"] .cell.target').textContent())?.trim().slice(0, 40) ?? 'missing';
  await page.locator('.project', { hasText: 'Demo' }).getByRole('button', { name: 'Dashboard' }).click();
  await page.getByTestId('corpus-format').selectOption('tsv');
  const exportTsv = async (): Promise<string[]> => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    return readFileSync(await (await download).path(), 'utf8').trimEnd().split('\n');
  };
  const withoutRejected = await exportTsv();
  await expect(page.locator('.corpus-report')).toContainText('30 pairs exported');
  expect(withoutRejected.join('\n')).not.toContain(rejectedTarget);
  await page.getByRole('checkbox', { name: 'Include rejected segments' }).check();
  const withRejected = await exportTsv();
  await expect(page.locator('.corpus-report')).toContainText('31 pairs exported');
  expect(withRejected).toHaveLength(withoutRejected.length + 1);
  expect(withRejected.join('\n')).toContain(rejectedTarget);
});

test('a reviewer approves a segment with a quality error only with a reason, recorded in its history', async ({ page }) => {
  await confirmFirstSegment(page, 'On the 21st of this month Kadhimi flies to the American capital.');
  await page.getByTestId('role').selectOption('reviewer');
  await page.locator('.segment-row[data-unit-id="u1"]').click();
  const panel = page.getByRole('complementary');
  // The 20th is stated otherwise, the hundred days (سەد ڕۆژ) left out, the 21st added.
  await expect(panel.locator('.qa-blocked')).toContainText('3 quality errors (Numbers)');
  await expect(panel.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Approve anyway' })).toBeDisabled();
  await panel.getByRole('textbox', { name: 'Reason for approving anyway' }).fill('The source has the wrong day; the author confirmed the 21st.');
  await panel.getByRole('button', { name: 'Approve anyway' }).click();
  await expect(page.locator('.segment-row[data-unit-id="u1"]')).toHaveAttribute('data-status', 'approved');
  await expect(panel.locator('.history li').last()).toContainText('Approved over quality errors: number-missing, number-extra');
  await expect(panel.locator('.history li').last()).toContainText('the author confirmed the 21st');
  // In a batch, a segment with errors is left out and stays selected.
  await page.locator('.segment-row[data-unit-id="u2"]').click();
  await page.getByRole('checkbox', { name: 'Select segment 2' }).check();
  await page.getByRole('checkbox', { name: 'Select segment 1' }).check();
  await expect(page.locator('.toolbar .qa-blocked')).toContainText('1 selected segment has quality errors');
  await page.getByRole('button', { name: 'Approve selected (1)' }).click();
  await expect(page.locator('.segment-row[data-unit-id="u2"]')).toHaveAttribute('data-status', 'approved');
  await expect(page.getByRole('checkbox', { name: 'Select segment 1' })).toBeChecked();
});

test('ignores a quality warning on one segment, recorded in its history, until the translation changes', async ({ page }) => {
  await page.goto(host.url);
  await page.locator('.segment-row[data-unit-id="u2"]').click();
  await expect(page.locator('.segment-row[data-unit-id="u2"] .monaco-editor.focused')).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.type('  Indeed.');
  await expect(page.locator('.save-state')).toHaveClass(/save-saved/);
  const row = page.locator('.segment-row[data-unit-id="u2"]');
  await expect(row.locator('[data-qa-codes]')).toHaveAttribute('data-qa-codes', /double-space/);
  const panel = page.getByRole('complementary');
  const warning = panel.locator('.qa-warnings li[data-code="double-space"]');
  await expect(warning).toContainText('Double space');
  await warning.getByRole('button', { name: 'Ignore' }).click();
  await expect(panel.locator('.qa-warnings li.ignored[data-code="double-space"]')).toBeVisible();
  await expect(row.locator('[data-qa-codes*="double-space"]')).toHaveCount(0);
  await expect(panel.locator('.history li').last()).toContainText('Ignored the quality warning double-space');
  await page.reload();
  await expect(page.locator('.segment-row[data-unit-id="u2"] [data-qa-codes*="double-space"]')).toHaveCount(0);
});

test('switches a quality check off for the project from the dashboard, and the editor follows', async ({ page }) => {
  await page.goto(host.url);
  await page.locator('.segment-row[data-unit-id="u2"]').click();
  await expect(page.locator('.segment-row[data-unit-id="u2"] .monaco-editor.focused')).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.type('  Indeed.');
  await expect(page.locator('.save-state')).toHaveClass(/save-saved/);
  await expect(page.locator('.segment-row[data-unit-id="u2"] [data-qa-codes]')).toHaveAttribute('data-qa-codes', /double-space/);
  await page.locator('.project', { hasText: 'Demo' }).getByRole('button', { name: 'Dashboard' }).click();
  const settings = page.getByRole('region', { name: 'Quality checks for this project' });
  await settings.locator('tr[data-check="punctuation"]').getByRole('checkbox').uncheck();
  await settings.getByRole('button', { name: 'Save quality settings' }).click();
  await expect(settings.getByRole('status')).toContainText('Saved');
  await page.getByRole('button', { name: "Kadhimi's visit to Washington (news analysis)" }).click();
  await expect(page.locator('.segment-row[data-unit-id="u2"] [data-qa-codes*="double-space"]')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.segment-row[data-unit-id="u2"]')).toBeVisible();
  await expect(page.locator('.segment-row[data-unit-id="u2"] [data-qa-codes*="double-space"]')).toHaveCount(0);
});

test('filters by status and regex, and replaces across the document with a preview and one undo', async ({ page }) => {
  await page.goto(host.url);
  // The whole document first: the filter is the open document's, and a search typed while it opens may go with the page that is replaced.
  await expect(page.locator('.filter-bar [role="status"]')).toHaveText('31 of 31 segments');
  await expect(page.locator('.segment-row[data-unit-id="u1"]')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search (source or target)' }).fill('Kadhimi');
  await expect(page.locator('.filter-bar [role="status"]')).toHaveText(/^1\d of 31 segments$/);
  await page.getByRole('checkbox', { name: 'Regular expression' }).first().check();
  await page.getByRole('searchbox', { name: 'Search (source or target)' }).fill('^Trump\\b');
  await expect(page.locator('.filter-bar [role="status"]')).toHaveText('1 of 31 segments');
  await expect(page.locator('.segment-row[data-unit-id]')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search (source or target)' }).fill('([');
  await expect(page.locator('.filter-bar [role="status"]')).toContainText('Not a valid regular expression');
  await page.getByRole('searchbox', { name: 'Search (source or target)' }).fill('');
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('translated');
  await expect(page.locator('.filter-bar [role="status"]')).toHaveText('31 of 31 segments');
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('');

  await page.getByRole('button', { name: 'Find and replace' }).click();
  await page.getByRole('textbox', { name: 'Find', exact: true }).fill('Kadhimi');
  await page.getByRole('textbox', { name: 'Replace with' }).fill('al-Kadhimi');
  await page.getByRole('button', { name: 'Preview' }).click();
  const summary = page.locator('.replace-plan .muted');
  await expect(summary).toHaveText(/^1\d segments will change$/);
  await expect(page.locator('.replace-plan li').first()).toContainText('al-Kadhimi');
  await page.getByRole('button', { name: /^Replace in \d+ segments$/ }).click();
  await expect(page.locator('.segment-row[data-unit-id="u4"] .cell.target')).toContainText('backers of al-Kadhimi taking office');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.segment-row[data-unit-id="u4"] .cell.target')).toContainText('backers of Kadhimi taking office');
});

for (const field of ['Project name', 'Search (source or target)'] as const) {
  test(`the translation editor, arriving after the grid, leaves the keys with a field being typed in: ${field}`, async ({ page }) => {
    // Hold the editor's code back until typing has begun elsewhere, as a slow start does.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/target-editor-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(host.url);
    await expect(page.locator('.segment-grid')).toBeVisible();
    const input = page.getByRole(field === 'Project name' ? 'textbox' : 'searchbox', { name: field });
    await input.click();
    await page.keyboard.type('Kadhimi');
    release();
    await expect(page.locator('.segment-row .monaco-editor')).toBeVisible();
    await page.keyboard.type(' visit');
    await expect(input).toHaveValue('Kadhimi visit');
    await expect(input).toBeFocused();
  });
}

test('imports a DOCX and a Windows-1256 text file into a new project; a duplicate is flagged', async ({ page }) => {
  const docx = readFileSync(new URL('../fixtures/kadhimi-visit.docx', import.meta.url));
  const legacy = iconv.encode('کاظمي به واشنتن رفت. ترامپ منتظر است.', 'win1256');
  await page.goto(host.url);
  // The app has finished starting (the demo is open) before anything is typed into it.
  await expect(page.locator('.segment-grid')).toBeVisible();
  await page.getByRole('textbox', { name: 'Project name' }).fill('Field reports');
  await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue('Field reports');
  await createInWizard(page);
  const project = page.locator('.project', { hasText: 'Field reports' });
  await expect(project).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await project.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles([
    { name: 'kadhimi-visit.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx },
    { name: 'old-report.txt', mimeType: 'text/plain', buffer: legacy },
  ]);
  await expect(page.locator('.import-messages li').filter({ hasText: 'Imported old-report.txt (txt, windows-1256)' }).first()).toBeVisible();
  await expect(page.locator('.import-messages li').filter({ hasText: 'Imported kadhimi-visit.docx (docx, docx)' }).first()).toBeVisible();
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '3');
  await expect(page.locator('.segment-row[data-unit-id="u1"] .source-editor')).toHaveValue('کاظمي به واشنتن رفت.');
  await project.getByRole('button', { name: 'kadhimi-visit', exact: true }).click();
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '5');
  await expect(page.locator('.segment-row[data-unit-id="u3"] .cell.source')).toContainText('هێزەکانی ئەمریکا لە عێراقدا دەمێننەوە؟');
  const again = page.waitForEvent('filechooser');
  await project.getByRole('button', { name: 'Import files…' }).click();
  await (await again).setFiles([{ name: 'copy.txt', mimeType: 'text/plain', buffer: Buffer.from('کاظمی به واشنتن رفت. ترامپ منتظر است.') }]);
  await expect(page.locator('.import-messages li').filter({ hasText: 'copy.txt has the same text as old-report' }).first()).toBeVisible();
  await expect(project.locator('.duplicate-flag')).toHaveCount(1);
  // Named without the file's extension, and apart from a document of the same name.
  const twice = page.waitForEvent('filechooser');
  await project.getByRole('button', { name: 'Import files…' }).click();
  await (await twice).setFiles([{ name: 'old-report.txt', mimeType: 'text/plain', buffer: Buffer.from('ڕاپۆرتێکی نوێ.') }]);
  await expect(project.getByRole('button', { name: 'old-report (2)', exact: true })).toBeVisible();
  await expect(project.getByRole('button', { name: 'copy', exact: true })).toBeVisible();
});

test('the project dashboard shows segments and words by status and exports them as CSV', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.locator('.word-counts')).toHaveText(/^(\d+) source words/);
  const sourceWords = /^(\d+)/.exec((await page.locator('.word-counts').textContent()) ?? '')?.[1] ?? '';
  await expect(page.locator('.segment-row[data-unit-id="u1"] .monaco-editor.focused')).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect(page.locator('.segment-row[data-unit-id="u1"]')).toHaveAttribute('data-status', 'draft');
  await page.locator('.project', { hasText: 'Demo' }).getByRole('button', { name: 'Dashboard' }).click();
  const row = page.locator('tr[data-stats-id="kadhimi-washington"]');
  await expect(row.locator('td').nth(0)).toHaveText('31');
  await expect(row.locator('td').nth(1)).toHaveText(sourceWords);
  await expect(row.locator('td[data-status="translated"]')).toHaveText(/^30 \/ \d+$/);
  await expect(row.locator('td[data-status="draft"]')).toHaveText(/^1 \/ \d+$/);
  // The charts: words by status (the emptied segment's words are now a draft's), and the quality findings by check.
  const words = page.locator('.bar-chart', { hasText: 'Source words by status' });
  await expect(words.locator('tr[data-row="draft"] .bar-total')).toHaveText(/^[1-9]\d*$/);
  await expect(words.locator('tr[data-row="approved"] .bar-total')).toHaveText('0');
  const findings = page.locator('.bar-chart', { hasText: 'Quality findings by check' });
  // The emptied segment is untranslated: one finding of that check.
  await expect(findings.locator('tr[data-row="untranslated"] .bar-total')).toHaveText('1');
  await expect(findings.locator('tr[data-row="untranslated"] .bar .qa-error, tr[data-row="untranslated"] .bar .qa-warning')).toHaveCount(1);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as CSV' }).click();
  const file = await (await download).path();
  const lines = readFileSync(file, 'utf8').trimEnd().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/^document,segments,words,new segments/);
  expect(lines[1]).toMatch(new RegExp(`^Kadhimi's visit to Washington \\(news analysis\\),31,${sourceWords},0,0,1,`));
});

test('exports the translation as a Word document and a bilingual review from the dashboard; the DOCX reads back as the translation', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.locator('.segment-row[data-unit-id="u1"] .monaco-editor.focused')).toBeVisible();
  // The first segment emptied: its Sorani stands in the translated document, and the report says so.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect(page.locator('.segment-row[data-unit-id="u1"]')).toHaveAttribute('data-status', 'draft');
  await page.locator('.project', { hasText: 'Demo' }).getByRole('button', { name: 'Dashboard' }).click();
  const section = page.getByRole('region', { name: 'The translation as a document' });
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export translation' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe("Kadhimi's visit to Washington (news analysis).en.docx");
  const paragraphs = (await mammoth.extractRawText({ path: await saved.path() })).value.split('\n').filter((line) => line.trim() !== '');
  const english = readFileSync(new URL('../../corpus/demo/kadhimi-washington.en.txt', import.meta.url), 'utf8').split('\n').filter((line) => line.trim() !== '');
  expect(paragraphs[0]).toBe("Kadhimi's visit to Washington (news analysis)");
  expect(paragraphs.slice(1).join(' ')).toContain(english.slice(1).join(' '));
  expect(paragraphs[1]).not.toContain(english[0]);
  await expect(section.getByRole('status')).toHaveText("Kadhimi's visit to Washington (news analysis).en.docx written. 1 segment is not translated yet: its Sorani stands in its place.");

  await section.getByRole('combobox', { name: 'Format' }).selectOption('review-html');
  const review = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export translation' }).click();
  const html = readFileSync(await (await review).path(), 'utf8');
  expect(html.match(/<tr>/gu)).toHaveLength(32);
  expect(html).toContain('<td>Draft</td>');
});

test('a Markdown source keeps its heading and lists: marked in the grid, and in the translated document exported from the dashboard', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.locator('.segment-row[data-unit-id="u1"] .monaco-editor.focused')).toBeVisible();
  const project = page.locator('.project', { hasText: 'Demo' });
  const chooser = page.waitForEvent('filechooser');
  await project.getByRole('button', { name: 'Import files…' }).click();
  const markdown = '# سەردانی کازمی\n\nکازمی گەیشتە واشنتن.\n\n1. دیدار لەگەڵ ترەمپ.\n2. دیدار لەگەڵ پۆمپیۆ.\n   - باسی نەوت.\n';
  await (await chooser).setFiles([{ name: 'visit.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) }]);
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '6');
  const rows = page.locator('.segment-row[data-unit-id]');
  await expect(rows.nth(0).getByRole('img', { name: 'Heading 1' })).toHaveText('H1');
  await expect(rows.nth(0)).toHaveClass(/\bheading\b/u);
  await expect(rows.nth(1).locator('.block-mark')).toHaveCount(0);
  await expect(rows.nth(2).getByRole('img', { name: 'Numbered list item' })).toBeVisible();
  await expect(rows.nth(4).getByRole('img', { name: 'List item' })).toHaveText('•');
  await project.getByRole('button', { name: 'Dashboard' }).click();
  const section = page.getByRole('region', { name: 'The translation as a document' });
  await section.getByRole('combobox', { name: 'Document' }).selectOption({ label: 'visit' });
  await section.getByRole('combobox', { name: 'Format' }).selectOption('md');
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export translation' }).click();
  // Nothing is translated yet: the Sorani stands in, in the source's structure.
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(
    '# سەردانی کازمی\n\nکازمی گەیشتە واشنتن.\n\n1. دیدار لەگەڵ ترەمپ.\n2. دیدار لەگەڵ پۆمپیۆ.\n    - باسی نەوت.\n',
  );
});

test('underlines an unknown English word, offers the fix and learns a name', async ({ page }) => {
  await page.goto(host.url);
  await page.locator('.segment-row[data-unit-id="u3"]').click();
  const row = page.locator('.segment-row[data-unit-id="u3"]');
  const editor = row.locator('.monaco-editor');
  await expect(editor).toBeVisible();
  // The demo translation, full of names carried over from the Sorani, has no underline.
  await page.waitForTimeout(600);
  await expect(editor.locator('.squiggly-info')).toHaveCount(0);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('The goverment met Peshmerga commanders.');
  await expect(editor.locator('.squiggly-info')).toHaveCount(2);
  // Quick fix (Ctrl+.) with the cursor inside the typo: the suggestion replaces it.
  const putCursorAt = async (offset: number) => {
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight');
  };
  await putCursorAt('The gov'.length);
  await page.keyboard.press('Control+Period');
  await page.getByText('Change to “government”').click();
  await expect(row.locator('.view-lines')).toContainText('The government met Peshmerga commanders.');
  await expect(editor.locator('.squiggly-info')).toHaveCount(1);
  // Let the saved edit come back before opening the next menu (a re-render used to close it).
  await expect(page.locator('.save-state')).toHaveClass(/save-saved/);
  await putCursorAt('The government met Pesh'.length);
  await page.keyboard.press('Control+Period');
  await expect(page.getByText('Change to “government”')).toHaveCount(0);
  await page.getByText('Add “Peshmerga” to the dictionary').click();
  await expect(editor.locator('.squiggly-info')).toHaveCount(0);
  expect(JSON.parse(readFileSync(join(host.dataDir, 'user-dictionary.json'), 'utf8'))).toMatchObject({ words: ['Peshmerga'] });
});

test('checks quality as you type, flags the row and filters the segments with warnings', async ({ page }) => {
  await page.goto(host.url);
  const status = page.locator('.filter-bar [role="status"]');
  await page.getByLabel('With QA warnings').check();
  await expect(status).toHaveText('0 of 31 segments'); // the demo translation passes
  await page.getByLabel('With QA warnings').uncheck();
  await page.locator('.segment-row[data-unit-id="u1"]').click();
  const row = page.locator('.segment-row[data-unit-id="u1"]');
  const editor = row.locator('.monaco-editor');
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 'On the 20th'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('On the 21st');
  // Live: the wrong number is underlined as an error while typing, before anything is saved.
  await expect(editor.locator('.squiggly-error')).not.toHaveCount(0);
  await expect(page.locator('.save-state')).toHaveClass(/save-saved/);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(row.locator('.qa-badge')).toHaveAttribute('data-qa-codes', /number-missing/);
  await expect(row.locator('.qa-badge')).toHaveClass(/qa-error/);
  await page.getByLabel('With QA warnings').check();
  await expect(status).toHaveText('1 of 31 segments');
  await expect(page.locator('.segment-row[data-unit-id]')).toHaveCount(1);
  await page.getByLabel('With QA warnings').uncheck();
  // The report lists the document's findings by check and jumps to the segment.
  await page.getByRole('button', { name: 'QA report' }).click();
  const report = page.locator('.qa-report');
  await report.getByLabel('Check').selectOption('numbers');
  await expect(report.locator('li')).toHaveCount(2);
  await expect(report.locator('li').first()).toContainText('Segment 1 · Error · The number ٢٠ی of the source is missing from the translation');
  await report.locator('li').first().getByRole('button').click();
  await expect(row).toHaveAttribute('aria-selected', 'true');
});

test('flags a source translated one way here and another way in another document of the project', async ({ page }) => {
  const firstSentence = readFileSync(new URL('../../corpus/demo/kadhimi-washington.ckb.txt', import.meta.url), 'utf8').split('.')[0] ?? '';
  await page.goto(host.url);
  await expect(page.locator('.segment-grid')).toBeVisible();
  const project = page.locator('.project', { hasText: 'Demo' });
  const chooser = page.waitForEvent('filechooser');
  await project.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles([{ name: 'follow-up.txt', mimeType: 'text/plain', buffer: Buffer.from(`${firstSentence}.`) }]);
  await expect(page.locator('.segment-grid')).toHaveAttribute('aria-rowcount', '2');
  const row = page.locator('.segment-row[data-unit-id="u1"]');
  await row.locator('.monaco-editor').click();
  await expect(row.locator('.monaco-editor.focused')).toBeVisible();
  await page.keyboard.type('On the 20th of this month Kadhimi will fly to the American capital.');
  await expect(page.locator('.save-state')).toHaveClass(/save-saved/);
  await page.getByRole('button', { name: 'QA report' }).click();
  await expect(page.locator('.qa-report li[data-check="consistency"]')).toContainText("The same source is translated differently in segment 1 of “Kadhimi's visit to Washington (news analysis)”");
  // The demo document, opened again, sees the new translation in the other document.
  await project.getByRole('button', { name: "Kadhimi's visit to Washington (news analysis)" }).click();
  await expect(page.locator('.segment-row[data-unit-id="u1"] .qa-badge')).toHaveAttribute('data-qa-codes', /inconsistent-target-elsewhere/);
});

test('shows glossary terms in the source and the panel, inserts them by key, button and completion, and checks them', async ({ page }) => {
  await page.goto(host.url);
  const row = page.locator('.segment-row[data-unit-id="u1"]');
  // Highlighted in the Sorani source of another row, with the English on hover.
  const term = page.locator('.segment-row[data-unit-id="u2"] mark.term', { hasText: 'بەغدا' }).first();
  await expect(term).toHaveAttribute('title', /Baghdad \(Preferred\)/);
  await row.click();
  // In the active row too, under the read-only source: the highlight sits where the word is drawn.
  const activeTerm = row.locator('.source-marks mark.term', { hasText: 'کازمی' }).first();
  await expect(activeTerm).toBeVisible();
  const box = await activeTerm.boundingBox();
  const word = await row.locator('.source-editor').evaluate((area: HTMLTextAreaElement) => area.value.indexOf('کازمی'));
  expect(word).toBeGreaterThanOrEqual(0);
  expect(box?.width ?? 0).toBeGreaterThan(10);
  const panel = page.locator('.glossary-panel');
  await expect(panel.locator('li').first()).toContainText('کازمی');
  await expect(panel.locator('li').first().locator('.term-forbidden')).toHaveText(['Kazemi', 'Kazimi']);
  const editor = row.locator('.monaco-editor');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Alt+1');
  await page.keyboard.type(' leaves Bag');
  await expect(page.locator('.suggest-widget')).toContainText('Baghdad');
  await page.keyboard.press('Enter');
  await expect(row.locator('.view-lines')).toContainText('Kadhimi leaves Baghdad');
  await page.keyboard.type(' for ');
  await panel.locator('li', { hasText: 'ئەمریکا' }).getByRole('button', { name: 'Insert' }).click();
  await expect(row.locator('.view-lines')).toContainText('Kadhimi leaves Baghdad for America');
  // The cabinet (کابینە) is still untranslated: a terminology warning on the segment.
  await expect(editor.locator('.squiggly-warning')).not.toHaveCount(0);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(row.locator('.qa-badge')).toHaveAttribute('data-qa-codes', /term-missing/);
});

test('adds a glossary entry from the selections in two keystrokes, and manages the glossary', async ({ page }) => {
  await page.goto(host.url);
  const row = page.locator('.segment-row[data-unit-id="u3"]');
  await row.click();
  // Select a Sorani word in the source box, then an English word in the translation.
  const source = row.locator('textarea.source-editor');
  await source.evaluate((area: HTMLTextAreaElement) => {
    const start = area.value.indexOf('سیاسەتڤانی');
    area.focus();
    area.setSelectionRange(start, start + 'سیاسەتڤان'.length);
    area.dispatchEvent(new Event('select', { bubbles: true }));
  });
  const editor = row.locator('.monaco-editor');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('The Iraqi politician');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Control+Shift+G');
  const form = page.getByRole('dialog', { name: /New glossary entry/ });
  await expect(form.locator('input[name="source"]')).toHaveValue('سیاسەتڤان');
  await expect(form.locator('input[name="preferred"]')).toHaveValue('politician');
  await page.keyboard.press('Enter');
  await expect(form).toHaveCount(0);
  // The new term is matched at once: highlighted in the source of segment 3.
  await page.locator('.segment-row[data-unit-id="u4"]').click();
  await expect(row.locator('mark.term', { hasText: 'سیاسەتڤان' })).toHaveAttribute('title', /politician/);

  // The manager: search, edit, delete and undo.
  await page.getByRole('button', { name: 'Glossary' }).click();
  const manager = page.locator('.glossary-manager');
  await manager.getByLabel('Search Sorani or English').fill('سیاسەتڤان');
  await expect(manager.locator('tbody tr')).toHaveCount(1);
  await manager.getByRole('button', { name: 'Edit' }).click();
  await manager.locator('input[name="forbidden"]').fill('politico');
  await manager.locator('input[name="forbidden"]').press('Enter');
  await expect(manager.locator('tbody tr .term-forbidden')).toHaveText('politico');
  await manager.getByRole('button', { name: 'Delete' }).click();
  await expect(manager.locator('tbody tr')).toHaveCount(0);
  await manager.getByRole('button', { name: 'Undo' }).click();
  await expect(manager.locator('tbody tr')).toHaveCount(1);
  await manager.getByLabel('Search Sorani or English').fill('');
  await expect(manager.locator('[role="status"]').first()).toHaveText(/^26 of 26 entries$/);
});

test("a project-only glossary entry goes to the project whose dashboard is open, not the demo's", async ({ page }) => {
  await page.goto(host.url);
  await expect(page.locator('.segment-grid')).toBeVisible();
  await page.getByRole('textbox', { name: 'Project name' }).fill('Field reports');
  await createInWizard(page);
  const project = page.locator('.project', { hasText: 'Field reports' });
  await project.getByRole('button', { name: 'Dashboard' }).click();
  await page.getByRole('button', { name: 'Glossary' }).click();
  const manager = page.locator('.glossary-manager');
  await manager.getByRole('button', { name: 'New entry' }).click();
  await expect(manager.getByText('Only in the project “Field reports”')).toBeVisible();
  // Back in the demo's document, its own project is offered.
  await page.locator('.project', { hasText: 'Demo' }).getByRole('button', { name: "Kadhimi's visit to Washington (news analysis)" }).click();
  await page.getByRole('button', { name: 'Glossary' }).click();
  await manager.getByRole('button', { name: 'New entry' }).click();
  await expect(manager.getByText(/^Only in the project “Demo/u)).toBeVisible();
});

test('shares the glossary through a folder from the glossary manager', async ({ page }) => {
  const { mkdtempSync, readdirSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const folder = mkdtempSync(join(tmpdir(), 'pird-shared-'));
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Glossary' }).click();
  const manager = page.locator('.glossary-manager');
  await manager.getByLabel('Shared folder').fill(folder);
  await manager.getByRole('button', { name: 'Share and sync now' }).click();
  await expect(manager.locator('.sync-report')).toHaveText(/^Synced with 0 copies/);
  expect(readdirSync(join(folder, 'pird-glossary')).filter((name) => name.endsWith('.json'))).toHaveLength(1);
});
