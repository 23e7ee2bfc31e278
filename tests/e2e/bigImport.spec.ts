// Opening big files in the built app: the work runs in a worker behind a progress bar with
// Cancel, so the page answers throughout; Cancel keeps the show that was open.
import type { Page } from '@playwright/test';
import { bigCsvSet } from '../../scripts/bigInputs';
import { OPEN_STAGES } from '../../src/app/dropImport/openFiles';
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

interface StageLog {
  __stages: string[];
}

/** Keeps every text the opening status line shows, in the order shown. */
async function recordStages(page: Page) {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as StageLog).__stages = log;
    const note = () => {
      for (const el of document.querySelectorAll('.drop-opening-text')) {
        const text = el.textContent ?? '';
        if (log[log.length - 1] !== text) log.push(text);
      }
    };
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

const progress = (page: Page) =>
  page.getByRole('progressbar', { name: 'Opening Big characters.csv, Big relationships.csv' });

test('a big CSV set opens behind a progress bar, while the page keeps answering', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await openExplorer(page);
  await recordStages(page);
  await choose(page);
  await expect(progress(page)).toBeVisible();
  // The page answers while the worker works: a script round trip is quick.
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(Date.now() - started).toBeLessThan(5_000);
  await expect(page.getByRole('heading', { name: 'Big' })).toBeVisible({ timeout: 90_000 });
  await expect(progress(page)).toBeHidden();
  // The steps were announced in order. The page records what the status line said rather
  // than the test polling for it: a step can be brief, and two steps reported in one task
  // may be drawn as one, so only the order and a few distinct steps are required.
  const seen = await page.evaluate(() => (window as unknown as StageLog).__stages);
  const order = Object.values(OPEN_STAGES).map((stage) => stage.text);
  const shown = seen
    .map((line) => order.findIndex((text) => line.includes(text)))
    .filter((index) => index >= 0);
  expect(shown).toEqual([...shown].sort((a, b) => a - b));
  expect(new Set(shown).size).toBeGreaterThanOrEqual(3);
  expect(shown[0]).toBe(0);
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
