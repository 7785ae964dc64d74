import { expect, test } from '@playwright/test';
import { startApiHost } from '../electron/helpers/processes';
import { startHost, type RunningHost } from './web-host-process';

let host: RunningHost;

test.beforeEach(async () => {
  host = await startHost();
});

test.afterEach(async () => {
  await host.stop();
});

test('a change another Pird process makes appears in the open document, and its new project in the list', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.locator('.segment-row[data-unit-id="u3"]')).toBeVisible();
  // A second Pird on the same data directory (as the app beside a browser host, or a script).
  const other = await startApiHost(host.dataDir);
  try {
    const changed = await other.call('updateTarget', { documentId: 'kadhimi-washington', unitId: 'u3', text: 'Changed by another Pird.' });
    expect(changed.status).toBe(200);
    await expect(page.locator('.segment-row[data-unit-id="u3"] .cell.target')).toContainText('Changed by another Pird.', { timeout: 10_000 });
    await other.call('createProject', { name: 'Made in a terminal' });
    await expect(page.locator('.project-list')).toContainText('Made in a terminal', { timeout: 10_000 });
    // This window's own edits go on from the other's revision.
    await page.locator('.segment-row[data-unit-id="u4"]').click();
    await page.keyboard.press('Control+Enter');
    await expect(page.locator('.save-state')).toHaveClass(/save-saved/);
    const seen = await other.call('getDocument', { documentId: 'kadhimi-washington' });
    const units = (seen.body.result as { units: Array<{ id: string; target: Array<{ text: string }> }> }).units;
    expect(units.find((u) => u.id === 'u3')?.target[0]?.text).toBe('Changed by another Pird.');
  } finally {
    await other.stop();
  }
});
