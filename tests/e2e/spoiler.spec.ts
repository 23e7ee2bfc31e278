// The spoiler guard: once the viewer says "I've watched up to S1E5", nothing later shows
// anywhere: timeline, canvas, search, panels, counts, title or accessible text.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  SHOW,
  episodeSlider,
  expectCanvasAt,
  expectedDrawn,
  loadTimeline,
  openExplorer,
  textView,
} from './helpers';

const timeline = loadTimeline();
const LATER_EPISODE = /S1E(?:[6-9]|10)\b/;
/** Characters who first appear after S1E5: their names must not leak. */
const later = timeline.dataset.characters.filter((character) => character.introduced > 4);

/**
 * Everything a viewer or a screen reader can get from the page, except the cap's own
 * picker (which lists episode ids by design): text, labels, values, titles.
 */
function visibleFacts(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.spoiler-cap select').forEach((select) => select.remove());
    const attributes = [...copy.querySelectorAll('*')].flatMap((element) =>
      ['aria-label', 'aria-valuetext', 'aria-description', 'title', 'alt', 'value']
        .map((name) => element.getAttribute(name))
        .filter((value): value is string => value !== null),
    );
    return [document.title, copy.textContent ?? '', ...attributes].join('\n');
  });
}

async function expectNothingAfterCap(page: Page) {
  const facts = await visibleFacts(page);
  expect(facts).not.toMatch(LATER_EPISODE);
  for (const character of later) expect(facts).not.toContain(character.name);
  expect(await page.title()).not.toMatch(LATER_EPISODE);
  const drawn = await page.evaluate(() => window.plotweb?.drawn());
  const ids = [...(drawn?.nodes ?? []), ...(drawn?.edges ?? [])].join(' ');
  for (const character of later) expect(ids).not.toContain(character.id);
}

test('choosing "I’ve watched up to S1E5" caps the slider, the canvas, search and text', async ({
  page,
  pageErrors,
}) => {
  expect(later.map((character) => character.id)).toContain('matteo');
  // Start at the finale, so the cap has to pull the view back.
  await openExplorer(page, `?show=${SHOW}&ep=S1E10&sel=matteo`);
  const slider = episodeSlider(page);
  await expect(slider).toHaveAttribute('aria-valuenow', '10');
  await expect(page.getByRole('heading', { name: 'Matteo', level: 2 })).toBeVisible();
  // The check below can see later episodes and names when they are there.
  const uncapped = await visibleFacts(page);
  expect(uncapped).toMatch(LATER_EPISODE);
  expect(uncapped).toContain('Matteo');

  await page.getByRole('combobox', { name: 'I’ve watched up to' }).selectOption({ label: 'S1E5' });
  await expect(slider).toHaveAttribute('aria-valuemax', '5');
  await expect(slider).toHaveAttribute('aria-valuenow', '5');
  await expect(slider).toHaveAttribute('aria-valuetext', /episode 5 of 5/);
  await expect(page).toHaveURL(/[?&]cap=S1E5(&|$)/);
  // Matteo is not in the story yet at S1E5, so the selection goes.
  await expect(page.getByRole('heading', { name: 'Matteo', level: 2 })).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]sel=/);
  await expectCanvasAt(page, timeline, 4);
  await expect(page.locator('.timeline-label')).toHaveText([
    'S1E1',
    'S1E2',
    'S1E3',
    'S1E4',
    'S1E5',
  ]);
  await expect(page.locator('.timeline-tick')).toHaveCount(5);
  await expectNothingAfterCap(page);

  // No key, button or click on the track gets past the cap.
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', '5');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '5');
  await expect(page.getByRole('button', { name: 'Next episode' })).toBeDisabled();
  const track = await page.locator('.timeline-track').boundingBox();
  if (!track) throw new Error('no track');
  await page.mouse.click(track.x + track.width - 2, track.y + track.height / 2);
  await expect(slider).toHaveAttribute('aria-valuenow', '5');
  await expect(textView(page)).toHaveAccessibleName('Text view as of S1E5');
  await expectCanvasAt(page, timeline, 4);

  const search = page.getByRole('combobox', { name: 'Search characters' });
  for (const character of later) {
    await search.fill(character.name.slice(0, 5));
    await expect(page.getByRole('option', { name: new RegExp(character.name) })).toHaveCount(0);
  }
  await search.fill('Matteo');
  await expect(page.getByRole('status').filter({ hasText: 'No match' })).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Matching characters' })).toBeHidden();
  await search.fill('');
  await expectNothingAfterCap(page);

  // Filtering types and stepping back must not bring anything later in either.
  const legend = page.getByRole('region', { name: 'Relationship types' });
  const firstType = legend.getByRole('checkbox').first();
  await firstType.uncheck();
  await expectNothingAfterCap(page);
  await firstType.check();
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuenow', '1');
  await expectNothingAfterCap(page);
  expect(pageErrors).toEqual([]);
});

test('the cap is remembered on this device and a link can set one', async ({
  page,
  pageErrors,
}) => {
  await openExplorer(page);
  await page.getByRole('combobox', { name: 'I’ve watched up to' }).selectOption({ label: 'S1E5' });
  await expect(episodeSlider(page)).toHaveAttribute('aria-valuemax', '5');

  // A plain reload keeps it, and so does a link without any cap in it (localStorage).
  await page.reload();
  await expect(episodeSlider(page)).toHaveAttribute('aria-valuemax', '5');
  await page.goto(`/?show=${SHOW}`);
  const slider = episodeSlider(page);
  await expect(slider).toHaveAttribute('aria-valuemax', '5');
  await expect(page.getByRole('combobox', { name: 'I’ve watched up to' })).toHaveValue('4');
  await expect(page).toHaveURL(/[?&]cap=S1E5(&|$)/);
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', '5');
  await expectNothingAfterCap(page);

  // A link that points past the remembered cap lands on the cap and says so.
  await page.goto(`/?show=${SHOW}&ep=S1E10`);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'The link points past the episode you have watched' }),
  ).toBeVisible();
  await expect(slider).toHaveAttribute('aria-valuenow', '5');
  await expectCanvasAt(page, timeline, 4);
  await expectNothingAfterCap(page);

  // A link's own cap wins over the remembered one.
  await page.goto(`/?show=${SHOW}&cap=S1E3`);
  await expect(slider).toHaveAttribute('aria-valuemax', '3');
  await expect(page.locator('.timeline-label')).toHaveText(['S1E1', 'S1E2', 'S1E3']);

  // "The end" lifts the cap, for this page and the next visit.
  await page.getByRole('combobox', { name: 'I’ve watched up to' }).selectOption('all');
  await expect(slider).toHaveAttribute('aria-valuemax', '10');
  await page.goto(`/?show=${SHOW}`);
  await expect(slider).toHaveAttribute('aria-valuemax', '10');
  expect(pageErrors).toEqual([]);
});

test('a link with ?cap=S1E3 caps a fresh visitor', async ({ page, pageErrors }) => {
  await openExplorer(page, `?show=${SHOW}&cap=S1E3&ep=S1E9`);
  const slider = episodeSlider(page);
  await expect(slider).toHaveAttribute('aria-valuemax', '3');
  await expect(slider).toHaveAttribute('aria-valuenow', '3');
  await expect(page.getByRole('combobox', { name: 'I’ve watched up to' })).toHaveValue('2');
  await expect(page.locator('.timeline-label')).toHaveText(['S1E1', 'S1E2', 'S1E3']);
  await expectCanvasAt(page, timeline, 2);
  const facts = await visibleFacts(page);
  expect(facts).not.toMatch(/S1E(?:[4-9]|10)\b/);
  expect(expectedDrawn(timeline, 2).nodes).not.toContain('caleb');
  expect(pageErrors).toEqual([]);
});

test('a friend’s link with a later cap does not lift the limit saved here, and offers to', async ({
  page,
  pageErrors,
}) => {
  await openExplorer(page);
  await page.getByRole('combobox', { name: 'I’ve watched up to' }).selectOption({ label: 'S1E3' });
  const slider = episodeSlider(page);
  await expect(slider).toHaveAttribute('aria-valuemax', '3');

  // The friend watched the whole season and shares the finale.
  await page.goto(`/?show=${SHOW}&ep=S1E10&cap=S1E10`);
  await expect(slider).toHaveAttribute('aria-valuemax', '3');
  await expect(slider).toHaveAttribute('aria-valuenow', '3');
  await expect(
    page.getByRole('status').filter({ hasText: 'This link shows up to S1E10' }),
  ).toContainText('you have watched up to S1E3; your limit still applies');
  await expectCanvasAt(page, timeline, 2);
  // The notice names the link's episode (an id, as the cap's own picker does), nothing more.
  const facts = await visibleFacts(page);
  for (const character of later) expect(facts).not.toContain(character.name);
  await expect(page).toHaveURL(/[?&]cap=S1E3(&|$)/);

  // Taking the offer is the viewer's own choice, and it is remembered.
  await page.getByRole('button', { name: 'I’ve watched up to S1E10: show it' }).click();
  await expect(slider).toHaveAttribute('aria-valuemax', '10');
  await page.goto(`/?show=${SHOW}`);
  await expect(slider).toHaveAttribute('aria-valuemax', '10');
  expect(pageErrors).toEqual([]);
});
