// The editor in the built app: a show opened from CSV files is edited in the browser, the
// graph follows the edit, the work survives a reload (IndexedDB), and axe finds no serious
// problems in the editor.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { episodeSlider, openExplorer, readDataset, SHOW, textView, waitForIdle } from './helpers';

const CHARACTERS = ['id,name', 'ada,Ada Quill', 'ben,Ben Hollow', 'cleo,Cleo Marsh'].join('\n');
const RELATIONSHIPS = [
  'source,target,type,from,until,note',
  'ada,ben,sibling,S1E1,,Twins',
  'cleo,ben,suspect,S1E2,S1E3,Saw him near the boat',
].join('\n');

/** Drops the CSV pair on the window, as tests/e2e/dropImport.spec.ts does. */
async function dropCsvPair(page: Page): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([characters, relationships]) => {
      const data = new DataTransfer();
      data.items.add(new File([characters], 'Harbour characters.csv'));
      data.items.add(new File([relationships], 'Harbour relationships.csv'));
      return data;
    },
    [CHARACTERS, RELATIONSHIPS] as const,
  );
  const main = page.locator('main');
  await main.dispatchEvent('dragenter', { dataTransfer: transfer });
  await main.dispatchEvent('dragover', { dataTransfer: transfer });
  await main.dispatchEvent('drop', { dataTransfer: transfer });
  await transfer.dispose();
}

const drawnNodes = (page: Page) =>
  page.evaluate(() => (window.plotweb ? [...window.plotweb.drawn().nodes].sort() : []));
const drawnEdges = (page: Page) =>
  page.evaluate(() => (window.plotweb ? [...window.plotweb.drawn().edges].sort() : []));

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target}`));
}

test('a CSV show is edited in the browser: a new character and relationship reach the graph and survive a reload', async ({
  page,
  pageErrors,
}) => {
  // Three axe scans and a reload: more than the default 30 s on a busy machine.
  test.slow();
  await openExplorer(page);
  await dropCsvPair(page);
  await expect(page.getByRole('heading', { name: 'Harbour' })).toBeVisible();
  await waitForIdle(page);

  await page.getByRole('button', { name: 'Edit data' }).click();
  await expect(page).toHaveURL(/\?edit=[a-z0-9]+$/);
  const editor = page.getByRole('region', { name: 'Edit data' });
  await expect(editor.getByRole('tab', { name: /Characters/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(editor.getByRole('textbox', { name: 'Name' })).toHaveCount(3);
  await expect.poll(() => drawnNodes(page)).toEqual(['ada', 'ben']);
  // The preview moves to the last episode; it stays there as the data changes.
  await episodeSlider(page).focus();
  await page.keyboard.press('End');
  await expect.poll(() => drawnNodes(page)).toEqual(['ada', 'ben', 'cleo']);

  await editor.getByRole('button', { name: 'Add character' }).click();
  const ids = editor.getByRole('textbox', { name: 'ID' });
  // The new row's first cell has the focus, so typing goes straight into it.
  await expect(ids.nth(3)).toBeFocused();
  await ids.nth(3).fill('dan');
  await editor.getByRole('textbox', { name: 'Name' }).nth(3).fill('Dan Rook');

  await editor.getByRole('tab', { name: /Relationships/ }).click();
  await editor.getByRole('button', { name: 'Add relationship' }).click();
  await editor.getByRole('combobox', { name: 'Source', exact: true }).nth(2).selectOption('dan');
  await editor.getByRole('combobox', { name: 'Target', exact: true }).nth(2).selectOption('ada');
  await expect(editor.getByRole('status')).toHaveText(/No problems/);

  await expect.poll(() => drawnNodes(page)).toEqual(['ada', 'ben', 'cleo', 'dan']);
  await expect.poll(() => drawnEdges(page)).toContain('new-relationship');
  await expect(episodeSlider(page)).toHaveAttribute('aria-valuenow', '3');
  await waitForIdle(page);
  await page.screenshot({ path: 'test-results/editor-desktop.png' });

  expect(await seriousViolations(page)).toEqual([]);

  // An empty name is refused by the validator, next to the cell, and the graph holds.
  await editor.getByRole('tab', { name: /Characters/ }).click();
  await editor.getByRole('textbox', { name: 'Name' }).nth(3).fill('');
  await expect(editor.getByRole('textbox', { name: 'Name' }).nth(3)).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(editor.getByRole('status')).toHaveText(/^1 problem/);
  await page.screenshot({ path: 'test-results/editor-problem.png' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect(editor.getByRole('textbox', { name: 'Name' }).nth(3)).toHaveValue('Dan Rook');

  await page.waitForTimeout(300);
  await expect(editor.getByText('Saved in this browser')).toBeVisible();
  await page.reload();
  const reloaded = page.getByRole('region', { name: 'Edit data' });
  await expect(reloaded.getByRole('textbox', { name: 'Name' }).nth(3)).toHaveValue('Dan Rook');
  // The preview opens at the first episode again, where Cleo is not yet in the story.
  await expect.poll(() => drawnNodes(page)).toEqual(['ada', 'ben', 'dan']);
  await expect(page.getByRole('region', { name: 'Your shows' })).toContainText('Harbour');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/editor-phone.png', fullPage: true });
  await page.getByRole('region', { name: 'Preview' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/editor-phone-preview.png' });
  // The grid scrolls inside its own box: the page itself is no wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  expect(await seriousViolations(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a catalogue show is edited as a copy; the shipped show stays as it was', async ({
  page,
  pageErrors,
}) => {
  await openExplorer(page, `?show=${SHOW}&theme=dark`);
  const raw = readDataset();
  await page.getByRole('button', { name: 'Edit data' }).click();
  const editor = page.getByRole('region', { name: 'Edit data' });
  await expect(editor.getByRole('textbox', { name: 'Name' })).toHaveCount(raw.characters.length);
  const first = editor.getByRole('textbox', { name: 'Name' }).first();
  await first.fill('Someone Else');
  await expect(
    page.getByRole('region', { name: 'Preview' }).getByText('Someone Else').first(),
  ).toBeVisible();
  await waitForIdle(page);
  await page.screenshot({ path: 'test-results/editor-catalogue-dark.png' });
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(`/?show=${SHOW}`);
  await expect(
    textView(page)
      .getByText(raw.characters[0]?.name ?? '')
      .first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Your shows' }).click();
  const list = page.getByRole('region', { name: 'Your shows' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await list.getByRole('button', { name: `Open ${raw.show.title}` }).click();
  await expect(editor.getByRole('textbox', { name: 'Name' }).first()).toHaveValue('Someone Else');
  expect(pageErrors).toEqual([]);
});
