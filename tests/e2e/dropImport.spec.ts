// Opening a show from the user's own files, in the built app: dropped on the window (drag
// events with a DataTransfer made in the page) or chosen with "Open file…". The show opens
// at once, can be saved as a Plotweb JSON, and broken files list every problem.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { JSHandle, Page } from '@playwright/test';
import { buildTimeline, validateGraphData, validateGraphDataText } from '../../src/model';
import { importCsv } from '../../src/model/interop';
import { expect, test } from './fixtures';
import { CHARACTERS, CSV_PAIR, RELATIONSHIPS, type TestFile } from './harbourCsv';
import { expectCanvasAt, loadTimeline, openExplorer, readDataset, textView } from './helpers';

/** A DataTransfer holding files made in the page, as a drag from the desktop carries. */
function dataTransfer(page: Page, files: readonly TestFile[]): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, text } of list) transfer.items.add(new File([text], name));
    return transfer;
  }, files);
}

/** Drags files over the window (entering the header, then the page below it). */
async function dragOver(page: Page, transfer: JSHandle<DataTransfer>): Promise<void> {
  const header = page.locator('.app-header');
  const main = page.locator('main');
  await header.dispatchEvent('dragenter', { dataTransfer: transfer });
  await main.dispatchEvent('dragenter', { dataTransfer: transfer });
  await header.dispatchEvent('dragleave', { dataTransfer: transfer });
  await main.dispatchEvent('dragover', { dataTransfer: transfer });
}

async function dropFiles(page: Page, files: readonly TestFile[]): Promise<void> {
  const transfer = await dataTransfer(page, files);
  await dragOver(page, transfer);
  await page.locator('main').dispatchEvent('drop', { dataTransfer: transfer });
  await transfer.dispose();
}

/** The model's timeline for the CSV pair, converted on the Node side as the app does. */
function csvTimeline() {
  const imported = importCsv({
    characters: { name: 'Harbour characters.csv', text: CHARACTERS },
    relationships: { name: 'Harbour relationships.csv', text: RELATIONSHIPS },
  });
  if (!imported.ok) throw new Error('the test CSVs are invalid');
  const result = validateGraphData(imported.data);
  if (!result.ok) throw new Error('the imported CSVs do not validate');
  return buildTimeline(result.dataset);
}

/** Serious or critical axe findings, by rule and element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target}`));
}

const overlay = (page: Page) =>
  page.getByText('Drop a Plotweb JSON, a GEXF file, or a characters + relationships CSV pair');
const banner = (page: Page) => page.getByRole('region', { name: 'Opened from your computer' });

test('a dropped Plotweb JSON opens at once, with its own title and characters', async ({
  page,
  pageErrors,
}) => {
  await openExplorer(page);
  const raw = readDataset();
  raw.show.title = 'My Pretty Copy';
  raw.characters[0] = {
    ...raw.characters[0],
    name: 'Cassandra Shore',
  } as (typeof raw.characters)[0];

  const transfer = await dataTransfer(page, [{ name: 'my-copy.json', text: JSON.stringify(raw) }]);
  await dragOver(page, transfer);
  // Entering a child and leaving the header must not make the overlay flicker off.
  await expect(overlay(page)).toBeVisible();
  await page.screenshot({ path: 'test-results/drop-overlay.png' });
  await page.locator('main').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(overlay(page)).toHaveCount(0);

  await expect(page.getByRole('heading', { name: 'My Pretty Copy' })).toBeVisible();
  await expect(banner(page)).toContainText(
    'Showing my-copy.json from your computer — not saved anywhere.',
  );
  await expect(textView(page).getByText('Cassandra Shore').first()).toBeVisible();
  await expectCanvasAt(page, loadTimeline(raw), 0);
  await expect(page).toHaveURL(/\?show=dropped(&|$)/);

  // Dropping opened a new history entry: Back returns to the catalogue show, Forward to
  // the dropped one, still in memory.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Tiny Pretty Things' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'My Pretty Copy' })).toBeVisible();
  await expectCanvasAt(page, loadTimeline(raw), 0);

  await banner(page).getByRole('button', { name: 'Back to the catalogue' }).click();
  await expect(page.getByRole('heading', { name: 'Tiny Pretty Things' })).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\?show=tiny-pretty-things-s1/);
  expect(pageErrors).toEqual([]);
});

test('a dropped CSV pair shows its relationships and downloads as valid Plotweb JSON', async ({
  page,
  pageErrors,
}) => {
  await openExplorer(page);
  await dropFiles(page, CSV_PAIR);

  await expect(page.getByRole('heading', { name: 'Harbour' })).toBeVisible();
  await expect(banner(page)).toContainText(
    'Showing Harbour characters.csv and Harbour relationships.csv from your computer',
  );
  const timeline = csvTimeline();
  await expectCanvasAt(page, timeline, 0);
  const episode = page.getByRole('slider', { name: 'Episode' });
  await episode.focus();
  await page.keyboard.press('End');
  await expectCanvasAt(page, timeline, 2);
  const rows = page.getByRole('table', { name: 'Relationships as of S1E3' }).getByRole('row');
  await expect(rows.filter({ hasText: /Ada Quill.*Ben Hollow/ })).toContainText('Twins');
  await expect(rows.filter({ hasText: /Cleo Marsh.*Ben Hollow/ })).toContainText('S1E2');
  await expect(rows.filter({ hasText: /Ada Quill.*Cleo Marsh/ })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/drop-csv-show.png' });
  expect(await seriousViolations(page)).toEqual([]);

  const downloading = page.waitForEvent('download');
  await banner(page).getByRole('button', { name: 'Download as Plotweb JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('harbour.json');
  const text = readFileSync((await download.path()) ?? '', 'utf8');
  expect(text).toMatch(/^\{\n {2}"\$schema": "http:\/\/127\.0\.0\.1:\d+\/schema\/v2\.json",\n/);
  const saved = await validateGraphDataText(text);
  if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
  expect(saved.dataset.relationships.map((r) => `${r.source}-${r.type}-${r.target}`)).toEqual([
    'ada-sibling-ben',
    'cleo-suspect-ben',
    'ada-affair-cleo',
  ]);
  expect(pageErrors).toEqual([]);
});

test('a broken CSV lists every problem at its row and column, with a way back', async ({
  page,
  pageErrors,
}) => {
  await openExplorer(page);
  const broken = RELATIONSHIPS.replace('ada,ben,sibling', 'ada,,sibling').replace(
    'cleo,ben,suspect',
    'cleo,bem,suspect',
  );
  await dropFiles(page, [
    { name: 'characters.csv', text: CHARACTERS },
    { name: 'relationships.csv', text: broken },
  ]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('characters.csv and relationships.csv could not be opened');
  await expect(alert.getByRole('listitem')).toHaveText([
    /^relationships\.csv:2:target: missing target — /,
    /^relationships\.csv:3:target: unknown character "bem" — did you mean "ben"\?/,
  ]);
  await page.screenshot({ path: 'test-results/drop-csv-problems.png' });
  expect(await seriousViolations(page)).toEqual([]);

  // An unsupported file is refused with a clear message, too.
  await dropFiles(page, [{ name: 'notes.txt', text: 'hello' }]);
  await expect(alert.getByRole('listitem')).toHaveText([
    /^notes\.txt: Plotweb cannot open this kind of file — /,
  ]);

  await page.getByRole('button', { name: 'Go back' }).click();
  await expect(page.getByRole('heading', { name: 'Tiny Pretty Things' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('"Open file…" opens chosen files; after a reload the app says the show is gone', async ({
  page,
  pageErrors,
}) => {
  await openExplorer(page);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file…' }).click();
  const chooser = await choosing;
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(
    CSV_PAIR.map(({ name, text }) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })),
  );
  await expect(page.getByRole('heading', { name: 'Harbour' })).toBeVisible();
  await expectCanvasAt(page, csvTimeline(), 0);
  await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue('dropped');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Tiny Pretty Things' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'opened from your computer' }),
  ).toContainText('is not kept after a reload');
  await expect(page).toHaveURL(/\?show=tiny-pretty-things-s1/);
  expect(pageErrors).toEqual([]);
});

test('a CSV set that needs a repair opens with a dismissible warning; Strict refuses it', async ({
  page,
  pageErrors,
}) => {
  await openExplorer(page);
  const files = [
    { name: 'Cove characters.csv', text: 'id,name,first_episode\nada,Ada,S1E1\nben,Ben,S1E2\n' },
    { name: 'Cove relationships.csv', text: 'source,target,type,from\nada,ben,sibling,S1E1\n' },
    { name: 'Cove episodes.csv', text: 'id\nS1E1\nS1E2\n' },
  ];
  await dropFiles(page, files);
  await expect(page.getByRole('heading', { name: 'Cove' })).toBeVisible();
  const notice = page.getByRole('status', { name: 'Warnings about your file' });
  await expect(notice).toContainText('Opened with 1 repair');
  await expect(notice.getByRole('listitem')).toHaveText([
    /^warning: Cove relationships\.csv:2:from: starts in S1E1, before "ben" is introduced \(S1E2\) — read as starting in S1E2, when both are present/,
  ]);
  await page.screenshot({ path: 'test-results/drop-csv-warnings.png' });
  expect(await seriousViolations(page)).toEqual([]);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(banner(page)).toBeVisible();

  await page.getByRole('checkbox', { name: 'Strict: treat warnings as errors' }).check();
  await dropFiles(page, files);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('listitem')).toHaveText([
    /^Cove relationships\.csv:2:from: starts in S1E1, before "ben" is introduced \(S1E2\) — move the relationship later/,
  ]);
  expect(pageErrors).toEqual([]);
});
