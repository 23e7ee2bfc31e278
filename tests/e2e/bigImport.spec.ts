// Opening big files in the built app: the work runs in a worker behind a progress bar with
// Cancel, so the page answers throughout; Cancel keeps the show that was open.
import type { Page } from '@playwright/test';
import { bigCsvSet } from '../../scripts/bigInputs';
import { expect, test } from './fixtures';
import { openExplorer } from './helpers';

// Big enough to take a few seconds in the worker on this machine, small enough for a test.
const csv = bigCsvSet(60_000);
const files = [
  { name: 'Big characters.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.characters) },
  { name: 'Big relationships.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.relationships) },
];

async function choose(page: Page) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file…' }).click();
  await (await choosing).setFiles(files);
}

const progress = (page: Page) =>
  page.getByRole('progressbar', { name: 'Opening Big characters.csv, Big relationships.csv' });

test('a big CSV set opens behind a progress bar, while the page keeps answering', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await openExplorer(page);
  await choose(page);
  await expect(progress(page)).toBeVisible();
  // The page answers while the worker works: a script round trip is quick.
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(Date.now() - started).toBeLessThan(5_000);
  await expect(page.getByRole('status').filter({ hasText: 'Checking the show' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole('heading', { name: 'Big' })).toBeVisible({ timeout: 90_000 });
  await expect(progress(page)).toBeHidden();
  await page.screenshot({ path: 'test-results/big-import-opened.png' });
  expect(pageErrors).toEqual([]);
});

test('Cancel stops opening and keeps the show that was open', async ({ page, pageErrors }) => {
  test.setTimeout(60_000);
  await openExplorer(page);
  await choose(page);
  await expect(progress(page)).toBeVisible();
  await page.screenshot({ path: 'test-results/big-import-progress.png' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Tiny Pretty Things' })).toBeVisible();
  // Nothing arrives later from the stopped work.
  await page.waitForTimeout(3_000);
  await expect(page.getByRole('heading', { name: 'Tiny Pretty Things' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Opened from your computer' })).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
