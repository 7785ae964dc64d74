import { expect, test, type Page } from '@playwright/test';
import { wordBox } from './geometry';
import { startHost, type RunningHost } from './web-host-process';

let host: RunningHost;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

async function wordLeft(page: Page, cell: string, word: string): Promise<number> {
  return (await wordBox(page, cell, word))?.left ?? Number.NaN;
}

test('mixed Sorani/English segments display in the right visual order and copy as written', async ({ page, request }) => {
  const headers = { 'X-Pird-Token': host.token };
  const project = await request.post(`${host.origin}/api/createProject`, { headers, data: { name: 'Bidi' } });
  const projectId = ((await project.json()) as { result: { id: string } }).result.id;
  const source = 'سەرەتا.\nترەمپ: Make America، ئینجا.';
  const imported = await request.post(`${host.origin}/api/importDocument`, {
    headers, data: { projectId, fileName: 'mixed.txt', contentBase64: Buffer.from(source).toString('base64') },
  });
  const documentId = ((await imported.json()) as { result: { document: { id: string } } }).result.document.id;
  const target = 'Trump said (ترەمپ گوتی) twice.';
  await request.post(`${host.origin}/api/updateTarget`, { headers, data: { documentId, unitId: 'u2', text: target } });

  await page.goto(host.url);
  await page.locator('.project', { hasText: 'Bidi' }).getByRole('button', { name: 'mixed', exact: true }).click();
  const sourceCell = '.segment-row[data-unit-id="u2"] .cell.source';
  const targetCell = '.segment-row[data-unit-id="u2"] .cell.target';
  await expect(page.locator(sourceCell)).toContainText('Make America');
  await expect(page.locator(`${sourceCell} bdi[dir="ltr"]`)).toHaveText('Make America');
  await expect(page.locator(`${targetCell} bdi[dir="rtl"]`)).toHaveText('ترەمپ گوتی');

  // Sorani reads right to left; the English run inside it reads left to right and stays whole.
  const [trump, make, america, then] = await Promise.all(['ترەمپ', 'Make', 'America', 'ئینجا'].map((w) => wordLeft(page, sourceCell, w)));
  expect(trump).toBeGreaterThan(america);
  expect(america).toBeGreaterThan(make);
  expect(then).toBeLessThan(make);
  // English reads left to right; the Sorani name inside it reads right to left.
  const [said, soraniName, soraniSaid, twice] = await Promise.all(['said', 'ترەمپ', 'گوتی', 'twice'].map((w) => wordLeft(page, targetCell, w)));
  expect(soraniName).toBeGreaterThan(said);
  expect(soraniName).toBeGreaterThan(soraniSaid);
  expect(twice).toBeGreaterThan(soraniName);

  // Copying gives the text in its logical order, with no invisible characters added.
  const copied = await page.evaluate(([s, t]) => {
    const out: string[] = [];
    for (const selector of [s, t]) {
      const cell = document.querySelector(selector as string);
      const selection = window.getSelection();
      if (!cell || !selection) return out;
      selection.selectAllChildren(cell);
      out.push(selection.toString());
    }
    return out;
  }, [sourceCell, targetCell]);
  expect(copied).toEqual(['ترەمپ: Make America، ئینجا.', target]);
  await page.screenshot({ path: 'tests/output/bidi.png' });
});
