// Text from data is shown as text: a dataset whose names, notes, type labels and title are
// the hostile-strings corpus renders every one literally and runs none of them.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Timeline } from '../../src/model';
import { describeChanges } from '../../src/app/panels/describeChanges';
import { expect, test } from './fixtures';
import {
  DATA_ROUTE,
  SHOW,
  episodeSlider,
  expectCanvasAt,
  loadTimeline,
  openExplorer,
  readDataset,
  textView,
} from './helpers';

const hostile = readFileSync('tests/fixtures/hostile-strings.txt', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => JSON.parse(line) as string);
const at = (index: number) => hostile[index % hostile.length] as string;

/**
 * The show with everything a person reads replaced by the corpus; ids stay valid. At
 * offset 0 the first characters (Cassie, Bette, Delia) get the markup strings, so each is
 * on screen at some episode; offset 17 makes the rest of the corpus names.
 */
function hostileShow(offset: number) {
  const raw = readDataset();
  raw.show.title = at(offset);
  raw.characters.forEach((character, i) => {
    // Unique even when the cast outnumbers the corpus: the test finds each one by name.
    character.name = i < hostile.length ? at(offset + i) : `${at(offset + i)} #${i}`;
    character.notes.forEach((note, j) => (note.text = at(offset + i * 3 + j + 5)));
  });
  raw.relationships.forEach((relationship, i) => (relationship.note = at(offset + i + 17)));
  raw.types.forEach((type, i) => (type.label = at(offset + i + 9)));
  return { body: JSON.stringify(raw), timeline: loadTimeline(raw), title: at(offset) };
}

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const SVG = '"><svg onload=alert(1)>';

/** Elements and attributes that would mean a string was parsed as markup. */
function injected(page: Page) {
  return page.evaluate(() => ({
    elements: [
      ...document.body.querySelectorAll('img, script, iframe, object, embed, b, form'),
    ].map((element) => element.outerHTML.slice(0, 80)),
    handlers: [...document.querySelectorAll('*')].flatMap((element) =>
      element
        .getAttributeNames()
        .filter((name) => name.startsWith('on'))
        .map((name) => `${element.tagName}[${name}]`),
    ),
    links: [...document.querySelectorAll('a[href]')]
      .map((link) => link.getAttribute('href') ?? '')
      .filter((href) => !/^https?:\/\//.test(href)),
    polluted: Object.keys(Object.prototype),
  }));
}

function textsOf(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) => elements.map((e) => e.textContent ?? ''));
}

async function expectTextViewAt(page: Page, timeline: Timeline, position: number) {
  const snapshot = timeline.snapshotAt(position);
  const view = textView(page);
  await expect(view.locator('.pw-character-list > li')).toHaveCount(snapshot.characters.length);
  const people = await textsOf(page, '.pw-character-list > li');
  expect(people.sort()).toEqual(
    snapshot.characters
      .map(({ character, state }) => `${character.name}${state === undefined ? '' : ` — ${state}`}`)
      .sort(),
  );
  // The Note column (5th) holds each relationship's note, character for character.
  const notes = await textsOf(page, '.pw-table tbody tr > :nth-child(5)');
  expect(notes.sort()).toEqual(snapshot.relationships.map((r) => r.note ?? '').sort());
}

for (const offset of [0, 17]) {
  test(`hostile names, notes, labels and title are shown literally and execute nothing (corpus offset ${offset})`, async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(60_000);
    const { body, timeline, title } = hostileShow(offset);
    const { dataset } = timeline;
    expect(hostile.length).toBeGreaterThan(30);
    expect(hostile).toEqual(expect.arrayContaining([SCRIPT, IMG, SVG]));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.route(DATA_ROUTE, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );

    await openExplorer(page, `?show=${SHOW}&ep=S1E1`);
    const slider = episodeSlider(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectCanvasAt(page, timeline, 0);
    expect(await textsOf(page, '.show-title')).toEqual([`${title}S1E1`]);
    expect(await page.title()).toBe(`${title} · S1E1 — Plotweb`);
    // At offset 0 the first characters carry the markup strings (see hostileShow).
    if (offset === 0)
      await expect(textView(page).getByText(SCRIPT, { exact: true }).first()).toBeVisible();
    await expectTextViewAt(page, timeline, 0);

    // The finale, then the episode before it (where Bette's suspicion stands).
    await slider.focus();
    for (const [key, position] of [
      ['End', 9],
      ['ArrowLeft', 8],
    ] as const) {
      await page.keyboard.press(key);
      await expect(slider).toHaveAttribute('aria-valuenow', String(position + 1));
      await expectCanvasAt(page, timeline, position);
      await expectTextViewAt(page, timeline, position);
      const changes = describeChanges(dataset, timeline.diff(position - 1, position));
      await expect(
        page.getByRole('region', { name: 'What changed in this episode' }).getByRole('button'),
      ).toHaveText(changes.map((change) => change.text));
    }
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuenow', '10');
    await expect(textView(page).getByText(IMG, { exact: true }).first()).toBeVisible();
    if (offset === 0)
      await expect(textView(page).getByText(SVG, { exact: true }).first()).toBeVisible();
    // Type labels show in the legend as plain text too.
    const legendNames = await textsOf(page, '.pw-legend-name');
    expect(legendNames.length).toBeGreaterThan(3);
    for (const name of legendNames) expect(dataset.types.map((type) => type.label)).toContain(name);

    // Every character of the finale, found by search and opened in the details panel.
    const search = page.getByRole('combobox', { name: 'Search characters' });
    const finale = timeline.snapshotAt(9);
    for (const { character, notes } of finale.characters) {
      // A text field drops line breaks, so search by the name's first line.
      await search.fill(character.name.split('\n')[0] ?? '');
      const options = page
        .getByRole('listbox', { name: 'Matching characters' })
        .getByRole('option');
      await expect(options.first()).toBeVisible();
      const names = await textsOf(page, '.pw-search-option .pw-search-name');
      const index = names.indexOf(character.name);
      expect(index, `search for ${JSON.stringify(character.name)} lists it`).toBeGreaterThanOrEqual(
        0,
      );
      await options.nth(index).click();
      await expect.poll(() => textsOf(page, '.pw-details h2')).toEqual([character.name]);
      // Each note: its episode, its text, then where it comes from (a list of its own).
      const shownNotes = await page
        .locator('.pw-details .pw-notes > li')
        .evaluateAll((items) =>
          items.map((item) => [
            item.querySelector('.pw-episode-tag')?.textContent,
            item.querySelector('.pw-note-text')?.textContent,
            item.querySelectorAll('.pw-citations > li').length,
          ]),
        );
      expect(shownNotes).toEqual(
        notes.map((note) => [`S1E${note.from + 1}`, note.text, note.sources.length]),
      );
      const relationshipNotes = await textsOf(page, '.pw-details .pw-note');
      const expectedNotes = finale.relationships
        .filter((r) => r.source === character.id || r.target === character.id)
        .map((r) => r.note ?? '');
      expect(relationshipNotes.sort()).toEqual(expectedNotes.sort());
      await expect(page).toHaveURL(new RegExp(`[?&]sel=${character.id}(&|$)`));
    }

    // The PNG export draws the hostile title and labels into an image, nothing more.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${SHOW}-S1E10.png`);
    const png = readFileSync(await file.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');

    expect(await injected(page)).toEqual({ elements: [], handlers: [], links: [], polluted: [] });
    await expect(page.locator('.panels img, .panels script')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}
