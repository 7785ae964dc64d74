import { expect, test, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './web-host-process';

// The main views as pictures, compared with the ones committed beside this file: a change of
// layout (a column gone, a toolbar wrapped, a mirrored view not mirrored) fails here. Times and
// the text cursor change from run to run and are masked; a small share of pixels may differ
// (anti-aliasing). After an intended change: npx playwright test screenshots --update-snapshots.

let host: RunningHost;

test.beforeEach(async () => {
  host = await startHost();
});

test.afterEach(async () => {
  await host.stop();
});

const TOLERANCE = { maxDiffPixelRatio: 0.02 } as const;

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
}

for (const language of ['en', 'ckb'] as const) {
  test(`the main views look as they did (${language})`, async ({ page }) => {
    await page.goto(host.url);
    await expect(page.locator('.segment-row[data-unit-id="u1"] .monaco-editor.focused')).toBeVisible();
    if (language === 'ckb') {
      await page.getByTestId('ui-language').selectOption('ckb');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    }
    // The translation memory has answered (no matches above the threshold in the demo).
    await expect(page.locator('.match-panel')).not.toContainText(language === 'en' ? 'Looking for matches' : 'گەڕان بەدوای هاوشێوەکاندا');
    const mask = [page.locator('time'), page.locator('.target-editor .cursors-layer')];
    await settle(page);
    await expect(page).toHaveScreenshot(`translate-${language}.png`, { ...TOLERANCE, mask });

    await page.keyboard.press('Control+Alt+2');
    await expect(page.locator('.link-grid')).toBeVisible();
    await settle(page);
    await expect(page).toHaveScreenshot(`align-${language}.png`, { ...TOLERANCE, mask });

    await page.locator('.project').getByRole('button').filter({ hasText: language === 'en' ? 'Dashboard' : 'داشبۆرد' }).click();
    await expect(page.locator('.bar-chart')).toHaveCount(2);
    await settle(page);
    await expect(page).toHaveScreenshot(`dashboard-${language}.png`, { ...TOLERANCE, mask });

    await page.locator('.glossary-link').click();
    await expect(page.locator('.glossary-manager tbody tr').first()).toBeVisible();
    await settle(page);
    await expect(page).toHaveScreenshot(`glossary-${language}.png`, { ...TOLERANCE, mask: [...mask, page.locator('.glossary-manager td.muted')] });

    await page.getByRole('button', { name: language === 'en' ? 'Create project' : 'دروستکردنی پرۆژە' }).click();
    await expect(page.locator('.new-project-wizard')).toBeVisible();
    await settle(page);
    await expect(page).toHaveScreenshot(`wizard-${language}.png`, { ...TOLERANCE, mask });
  });
}
