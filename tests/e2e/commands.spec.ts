import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startHost, type RunningHost } from './web-host-process';

let host: RunningHost;

test.beforeEach(async () => {
  host = await startHost();
});

test.afterEach(async () => {
  await host.stop();
});

const settingsOnDisk = (): Record<string, unknown> => {
  try {
    return JSON.parse(readFileSync(join(host.dataDir, 'settings.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
};

/** A slow disk: the bytes of files the page reads arrive only once the answered function is called. */
async function slowFileReads(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const read = Blob.prototype.arrayBuffer;
    const released = new Promise<void>((resolve) => { (window as unknown as { releaseRead: () => void }).releaseRead = resolve; });
    Blob.prototype.arrayBuffer = async function slowRead(this: Blob) {
      await released;
      return read.call(this);
    };
  });
  return () => page.evaluate(() => (window as unknown as { releaseRead: () => void }).releaseRead());
}

async function openDemo(page: Page): Promise<void> {
  await page.goto(host.url);
  await expect(page.locator('.segment-row[data-unit-id="u1"] .monaco-editor.focused')).toBeVisible();
}

test('the command palette (Ctrl+Shift+P) finds a command by a few letters and runs it, also from the English editor', async ({ page }) => {
  await openDemo(page);
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('quality rep');
  await expect(palette.getByRole('option')).toHaveText(['Quality report']);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.locator('.qa-report')).toBeVisible();
  // Commands no view can run now are not offered: the alignment grid's are not, while translating.
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('merge');
  await expect(palette.getByRole('option')).toHaveText(['Merge with next segment']);
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
});

test('shortcuts (F1) are listed by menu and changed by pressing the new keys; a taken chord is refused and named; the change is saved and used', async ({ page }) => {
  await openDemo(page);
  // F1 in the English editor is Pird's shortcuts reference, not Monaco's own palette.
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const confirmRow = dialog.locator('tr[data-command="segment.confirm"]');
  await expect(confirmRow.locator('kbd')).toHaveText('Ctrl+Enter');
  await confirmRow.getByRole('button', { name: 'Change shortcut' }).click();
  await expect(confirmRow).toContainText('Press the new keys');
  await page.keyboard.press('Control+K');
  await expect(confirmRow).toContainText('Already used by “Concordance search”.');
  await page.keyboard.press('Control+Shift+Enter');
  await expect(confirmRow.locator('kbd')).toHaveText('Ctrl+Shift+Enter');
  await expect.poll(() => settingsOnDisk()['shortcuts']).toEqual({ 'segment.confirm': 'Ctrl+Shift+Enter' });
  // Take a chord from another command, with a word of warning first.
  const nextRow = dialog.locator('tr[data-command="segment.next"]');
  await nextRow.getByRole('button', { name: 'Change shortcut' }).click();
  await page.keyboard.press('Control+Shift+I');
  await expect(nextRow).toContainText('Already used by “Copy source into translation”.');
  await nextRow.getByRole('button', { name: 'Use it here instead' }).click();
  await expect(nextRow.locator('kbd')).toHaveText('Ctrl+Shift+I');
  await expect(dialog.locator('tr[data-command="segment.copySource"]')).toContainText('No shortcut');
  await expect.poll(() => settingsOnDisk()['shortcuts']).toEqual({ 'segment.confirm': 'Ctrl+Shift+Enter', 'segment.next': 'Ctrl+Shift+I', 'segment.copySource': null });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The new keys work in the editor; the old ones no longer confirm.
  await page.locator('.segment-row[data-unit-id="u1"] .monaco-editor').click();
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.segment-row[data-unit-id="u1"]')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+Shift+I');
  await expect(page.locator('.segment-row[data-unit-id="u2"]')).toHaveAttribute('aria-selected', 'true');
  // After a reload the changed shortcut is in the toolbar's tooltip and the menu.
  await expect.poll(() => (settingsOnDisk()['lastPlace'] as { unitId?: string } | undefined)?.unitId).toBe('u2');
  await page.reload();
  await expect(page.locator('.segment-row[data-unit-id="u2"]')).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('menubar').getByRole('menuitem', { name: 'Segment', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: /Confirm segment and go to the next/ })).toContainText('Ctrl+Shift+Enter');
  await page.getByRole('menubar').getByRole('menuitem', { name: 'Segment', exact: true }).click();
  await expect(page.getByRole('menu')).toBeHidden();
  await page.getByRole('button', { name: 'Confirm', exact: true }).hover();
  await expect(page.getByRole('tooltip')).toContainText('(Ctrl+Shift+Enter)');
});

test('the menu bar runs commands and opens recent documents (File › Open recent, Ctrl+Alt+O)', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('menubar').getByRole('menuitem', { name: 'View', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: /Command palette/ })).toContainText('Ctrl+Shift+P');
  await page.getByRole('menuitem', { name: 'Glossary' }).click();
  await expect(page.locator('.glossary-manager')).toBeVisible();
  // A second document: the demo becomes a recent one.
  await page.getByRole('button', { name: "Kadhimi's visit to Washington (news analysis)" }).click();
  await page.locator('.segment-row[data-unit-id="u3"]').click();
  await expect.poll(() => settingsOnDisk()['recentDocuments']).toEqual(['kadhimi-washington']);
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.project', { hasText: 'Demo' }).getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles([{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('یەکەم ڕستە. دووەم ڕستە.') }]);
  await expect(page.locator('.document-header h2')).toHaveText('notes');
  await page.locator('.segment-row[data-unit-id="u2"]').click();
  await page.keyboard.press('Control+Alt+O');
  const palette = page.getByRole('dialog', { name: 'Open recent document' });
  await expect(palette.getByRole('option')).toHaveText([/Open Kadhimi's visit to Washington/]);
  await page.keyboard.press('Enter');
  await expect(page.locator('.document-header h2')).toHaveText("Kadhimi's visit to Washington (news analysis)");
  await expect.poll(() => (settingsOnDisk()['recentDocuments'] as string[] | undefined)?.[0]).toBe('kadhimi-washington');
  // And back through the File menu.
  await page.getByRole('menubar').getByRole('menuitem', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: /Open notes/ }).click();
  await expect(page.locator('.document-header h2')).toHaveText('notes');
});

test('in Sorani the menus, the palette and the shortcuts reference are Sorani and mirrored; keys stay left to right', async ({ page }) => {
  await openDemo(page);
  await page.getByTestId('ui-language').selectOption('ckb');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const menus = page.getByRole('menubar', { name: 'لیستی بەرنامە' });
  const file = await menus.getByRole('menuitem', { name: 'پەڕگە' }).boundingBox();
  const help = await menus.getByRole('menuitem', { name: 'یارمەتی' }).boundingBox();
  // The first menu stands at the right in a right-to-left interface.
  expect(file && help && file.x > help.x).toBe(true);
  // The English editor's text stays inside it, starting at its left edge.
  const editor = await page.locator('.target-editor').boundingBox();
  const firstWord = await page.locator('.target-editor .view-line span').first().boundingBox();
  expect(editor && firstWord && firstWord.x >= editor.x && firstWord.x < editor.x + 30 && firstWord.x + firstWord.width <= editor.x + editor.width).toBe(true);
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'لیستی فەرمانەکان' });
  await page.keyboard.type('ڕاپۆرت');
  await expect(palette.getByRole('option')).toHaveText(['ڕاپۆرتی جۆری']);
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog', { name: 'کورتبڕەکانی تەختەکلیل' });
  await expect(dialog.locator('tr[data-command="view.palette"] kbd')).toHaveAttribute('dir', 'ltr');
  await expect(dialog.locator('tr[data-command="view.palette"] kbd')).toHaveText('Ctrl+Shift+P');
  await page.screenshot({ path: 'tests/output/shortcuts-ckb.png' });
});

test('the Sorani interface writes every number with one kind of digits, Eastern Arabic or Latin as set', async ({ page }) => {
  await openDemo(page);
  await page.getByTestId('ui-language').selectOption('ckb');
  const progress = page.locator('.document-header .progress');
  const firstNumber = page.locator('.segment-row[data-unit-id="u1"] .cell.number');
  const historyDate = page.locator('.unit-panel time').first();
  await expect(progress).toHaveText('٣١ لە ٣١ وەرگێڕدراوە');
  await expect(firstNumber).toHaveText('١');
  await expect(historyDate).toHaveText(/[٠-٩]{4}/u);
  await page.getByTestId('digits').selectOption('latin');
  await expect(progress).toHaveText('31 لە 31 وەرگێڕدراوە');
  await expect(firstNumber).toHaveText('1');
  await expect(historyDate).toHaveText(/\d{4}/u);
  await expect(historyDate).not.toHaveText(/[٠-٩]/u);
  await expect.poll(() => settingsOnDisk()['digits']).toBe('latin');
  // Key names stay Latin whatever the digits: Alt+1 inserts the first glossary term.
  await expect(page.locator('.glossary-panel button.link').first()).toHaveAttribute('title', /Alt\+1/u);
  await page.reload();
  await expect(progress).toHaveText('31 لە 31 وەرگێڕدراوە');
  // The English interface always writes Latin digits.
  await page.getByTestId('ui-language').selectOption('en');
  await expect(progress).toHaveText('31 of 31 translated');
});

test('the colour theme is a setting: dark and high contrast recolour the workbench, kept after a reload', async ({ page }) => {
  await openDemo(page);
  const background = () => page.locator('.app').evaluate((element) => getComputedStyle(element).backgroundColor);
  const light = await background();
  await page.getByTestId('theme').selectOption('dark');
  await expect.poll(background).not.toBe(light);
  const dark = await background();
  const [r, g, b] = (dark.match(/\d+/g) ?? []).map(Number);
  expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(200);
  await expect.poll(() => settingsOnDisk()['theme']).toBe('dark');
  await page.reload();
  await expect.poll(background).toBe(dark);
  await page.getByTestId('theme').selectOption('high-contrast');
  await expect.poll(background).not.toBe(dark);
});

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The accessibility violations axe-core (WCAG 2 A and AA rules) finds in the page as it stands. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the test's driver: the page's own policy allows no inline script.
  await page.evaluate(AXE_SOURCE);
  // Colours are judged once dialogs have faded in (an animation cancelled meanwhile is as good as finished).
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Tabster's focus sentinels (Fluent's toolbars and dialogs) are hidden elements that pass the focus on as it arrives.
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
  });
}

for (const language of ['en', 'ckb'] as const) {
  test(`no accessibility violations in any view (${language})`, async ({ page }) => {
    await openDemo(page);
    if (language === 'ckb') {
      await page.getByTestId('ui-language').selectOption('ckb');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    }
    const views: [string, () => Promise<void>][] = [
      ['translate', async () => undefined],
      ['align', async () => {
        await page.keyboard.press('Control+Alt+2');
        await expect(page.locator('.link-grid')).toBeVisible();
      }],
      ['dashboard', async () => {
        await page.locator('.project').getByRole('button').filter({ hasText: language === 'en' ? 'Dashboard' : 'داشبۆرد' }).click();
        await expect(page.locator('.dashboard')).toBeVisible();
      }],
      ['glossary', async () => {
        await page.locator('.glossary-link').click();
        await expect(page.locator('.glossary-manager')).toBeVisible();
      }],
      ['shortcuts', async () => {
        await page.keyboard.press('F1');
        await expect(page.locator('.shortcuts-dialog')).toBeVisible();
      }],
    ];
    for (const [view, open] of views) {
      await open();
      expect(await axeViolations(page), `${view} (${language})`).toEqual([]);
    }
  });
}

test('a new project goes through the wizard: files dropped and chosen, a translation aligned, the starter glossary added, the first document opened and a report with the result', async ({ page }) => {
  await openDemo(page);
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('new project');
  await page.keyboard.press('Enter');
  const wizard = page.getByRole('dialog', { name: 'New project' });
  await wizard.getByTestId('wizard-name').fill('Erbil briefings');
  // A file dropped on the wizard, as from a file manager.
  const dropped = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['کازمی گەیشتە واشنتن. ترامپ پێشوازیی لێ کرد.'], 'visit.txt', { type: 'text/plain' }));
    return transfer;
  });
  await wizard.getByTestId('wizard-drop').dispatchEvent('drop', { dataTransfer: dropped });
  await expect(wizard.locator('.wizard-file-list li')).toHaveText(['visit.txt']);
  await wizard.getByTestId('wizard-translation').setInputFiles({ name: 'visit.en.txt', mimeType: 'text/plain', buffer: Buffer.from('Kadhimi arrived in Washington. Trump welcomed him.') });
  await expect(wizard.getByRole('checkbox', { name: /starter glossary/u })).toBeChecked();
  await wizard.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(wizard).toBeHidden();
  // The new project's document is open, aligned with its translation.
  await expect(page.locator('.document-header h2')).toHaveText('visit');
  await expect(page.locator('.segment-row[data-unit-id] .cell.target').first()).toContainText('Kadhimi arrived in Washington.');
  const toast = page.locator('.report-toast');
  await expect(toast).toContainText('Project “Erbil briefings” created');
  await expect(toast).toContainText('Imported visit.txt (txt, utf-8)');
  await expect(toast).toContainText('visit.en.txt aligned: 2 English sentences');
  await expect(toast).toContainText(/Starter glossary: \d+ terms added, \d+ already there/u);
  await expect(page.locator('.project', { hasText: 'Erbil briefings' })).toBeVisible();
});

test('an import shows in the status bar while its file is still being read, and a cancel then sends nothing', async ({ page }) => {
  await openDemo(page);
  const releaseRead = await slowFileReads(page);
  const sent: string[] = [];
  page.on('request', (request) => { if (/\/api\/import/u.test(request.url())) sent.push(request.url()); });
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.project', { hasText: 'Demo' }).getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles([{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('ئەمە تێبینییەکە.') }]);
  const job = page.locator('.status-bar .job', { hasText: 'Importing notes.txt' });
  await expect(job.locator('.job-count')).toHaveText('Starting…');
  await job.getByRole('button', { name: 'Cancel' }).click();
  await expect(job.getByRole('button', { name: 'Cancelling…' })).toBeDisabled();
  await releaseRead();
  await expect(page.locator('.status-bar')).toBeHidden();
  await expect(page.locator('.import-messages li')).toContainText(['Cancelled: Importing notes.txt stopped before anything was sent; nothing of it was kept']);
  expect(sent).toEqual([]);
  await expect(page.locator('.project', { hasText: 'Demo' }).locator('li')).toHaveCount(1);
});

test('in Sorani the status bar is Sorani and mirrored, and an imported heading and list are marked in Sorani', async ({ page }) => {
  await openDemo(page);
  await page.getByTestId('ui-language').selectOption('ckb');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const releaseRead = await slowFileReads(page);
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.project').first().getByRole('button', { name: 'هێنانی پەڕگە…' }).click();
  await (await chooser).setFiles([{ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# سەردێڕ\n\n- یەکەم.\n- دووەم.\n') }]);
  const job = page.locator('.status-bar .job', { hasText: 'هێنانی notes.md' });
  await expect(job.locator('.job-count')).toHaveText('دەست پێدەکات…');
  const label = await job.locator('.job-label').boundingBox();
  const cancel = await job.getByRole('button', { name: 'هەڵوەشاندنەوە' }).boundingBox();
  // Right to left: the label at the right, the Cancel button at the left.
  expect(label && cancel && label.x > cancel.x).toBe(true);
  await releaseRead();
  await expect(page.locator('.status-bar')).toBeHidden();
  const rows = page.locator('.segment-row[data-unit-id]');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).getByRole('img', { name: 'سەردێڕی ١' })).toHaveText('س١');
  await expect(rows.nth(1).getByRole('img', { name: 'بڕگەی لیست' })).toHaveText('•');
});

test('a long import shows its progress in the status bar and can be cancelled, leaving nothing of it', async ({ page }) => {
  await openDemo(page);
  const rows = ['ckb\ten', ...Array.from({ length: 300_000 }, (_, i) => `ڕستەی ژمارە ${i} لە ڕاپۆرتێکی درێژدا.\tSentence number ${i} of a long report.`)];
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.project', { hasText: 'Demo' }).getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles([{ name: 'big.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(rows.join('\n')) }]);
  const job = page.locator('.status-bar .job', { hasText: 'Importing big.tsv' });
  await expect(job).toBeVisible();
  await expect(job.locator('.job-count')).toHaveText(/^[\d,]+ of 300,000 segments$/u, { timeout: 20_000 });
  await job.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.status-bar')).toBeHidden({ timeout: 20_000 });
  await expect(page.locator('.import-messages li').filter({ hasText: 'Cancelled: import cancelled; nothing of it was kept' })).toBeVisible();
  await expect(page.locator('.project', { hasText: 'Demo' }).locator('li')).toHaveCount(1);
});
