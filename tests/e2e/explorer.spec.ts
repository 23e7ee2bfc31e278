// The explorer driven as a user drives it: keys on the slider, the pointer on the track,
// play/pause, and links that reproduce a view. The canvas is checked against the model.
import { describeChanges } from '../../src/app/panels/describeChanges';
import { expect, recordErrors, test } from './fixtures';
import {
  SHOW,
  episodeSlider,
  expectCanvasAt,
  loadTimeline,
  nearestTick,
  openExplorer,
  textView,
  tickCentres,
} from './helpers';

const timeline = loadTimeline();

function changesAt(position: number): string[] {
  return describeChanges(timeline.dataset, timeline.diff(position - 1, position)).map(
    (change) => change.text,
  );
}

test.describe('keyboard', () => {
  test('arrows, Home, End and Page keys move the slider, the URL, the panels and the canvas', async ({
    page,
    pageErrors,
  }) => {
    await openExplorer(page);
    const slider = episodeSlider(page);
    await expect(slider).toHaveAttribute('aria-valuenow', '1');
    await expect(slider).toHaveAttribute('aria-valuemin', '1');
    await expect(slider).toHaveAttribute('aria-valuemax', '10');
    await expectCanvasAt(page, timeline, 0);

    await slider.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuenow', '5');
    await expect(slider).toHaveAttribute('aria-valuetext', /^S1E5 “Split Sole” — episode 5 of 10/);
    await expect(slider).toBeFocused();
    await expect(page).toHaveURL(/[?&]ep=S1E5(&|$)/);
    await expect(page.getByRole('table', { name: 'Relationships as of S1E5' })).toBeVisible();
    await expect(textView(page)).toHaveAccessibleName('Text view as of S1E5');
    await expect(page.locator('.episode-tag')).toHaveText('S1E5');
    const changes = page.getByRole('region', { name: 'What changed in this episode' });
    // S1E5 brings Caleb, Torri and Neveah's family in, among its changes.
    await expect(changes.getByRole('button')).toHaveText(changesAt(4));
    await expect(changes).toContainText('Enters the story: Caleb.');
    await expectCanvasAt(page, timeline, 4);

    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuenow', '10');
    await expect(page).toHaveURL(/[?&]ep=S1E10(&|$)/);
    await expect(page.getByRole('table', { name: 'Relationships as of S1E10' })).toBeVisible();
    // Every change into the finale, worded as the panel words it, in its order.
    await expect(changes.getByRole('button')).toHaveText(changesAt(9));
    await expectCanvasAt(page, timeline, 9);
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuenow', '10');
    await expect(page.getByRole('button', { name: 'Next episode' })).toBeDisabled();

    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuenow', '9');
    await expect(changes.getByRole('button')).toHaveText(changesAt(8));
    await expectCanvasAt(page, timeline, 8);

    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuenow', '1');
    await expect(page).toHaveURL(/[?&]ep=S1E1(&|$)/);
    await expectCanvasAt(page, timeline, 0);
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuenow', '1');
    await expect(page.getByRole('button', { name: 'Previous episode' })).toBeDisabled();

    // Page keys move by max(3, a tenth of the episodes); Up/Down mirror Right/Left.
    await page.keyboard.press('PageUp');
    await expect(slider).toHaveAttribute('aria-valuenow', '4');
    await page.keyboard.press('ArrowUp');
    await expect(slider).toHaveAttribute('aria-valuenow', '5');
    await page.keyboard.press('PageDown');
    await expect(slider).toHaveAttribute('aria-valuenow', '2');
    await page.keyboard.press('ArrowDown');
    await expect(slider).toHaveAttribute('aria-valuenow', '1');
    await expectCanvasAt(page, timeline, 0);
    expect(pageErrors).toEqual([]);
  });
});

test.describe('pointer', () => {
  test('dragging the handle along the track selects the episode under the pointer', async ({
    page,
    pageErrors,
  }) => {
    await openExplorer(page);
    const slider = episodeSlider(page);
    const track = page.locator('.timeline-track');
    const trackBox = await track.boundingBox();
    const handleBox = await slider.boundingBox();
    if (!trackBox || !handleBox) throw new Error('timeline is not laid out');
    const ticks = await tickCentres(page);
    expect(ticks).toHaveLength(10);
    const y = handleBox.y + handleBox.height / 2;
    const handleX = handleBox.x + handleBox.width / 2;
    expect(Math.abs(handleX - (ticks[0] ?? NaN))).toBeLessThan(2);

    // Press on the handle at the left end and drag to a little right of the middle.
    const middle = trackBox.x + trackBox.width * 0.55;
    const target = nearestTick(ticks, middle);
    expect(target).toBeGreaterThan(2);
    expect(target).toBeLessThan(7);
    await page.mouse.move(handleX, y);
    await page.mouse.down();
    await page.mouse.move(middle, y, { steps: 12 });
    // The value follows the pointer while the button is still down.
    await expect(slider).toHaveAttribute('aria-valuenow', String(target + 1));
    await page.mouse.up();
    await expect(slider).toHaveAttribute('aria-valuenow', String(target + 1));
    await expect(slider).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`[?&]ep=S1E${target + 1}(&|$)`));
    await expect
      .poll(async () => {
        const box = await slider.boundingBox();
        return box ? Math.round(box.x + box.width / 2 - (ticks[target] ?? NaN)) : NaN;
      })
      .toBe(0);
    await expectCanvasAt(page, timeline, target);

    // Between two marks the nearer one wins.
    const [t2, t3] = [ticks[2] ?? NaN, ticks[3] ?? NaN];
    await page.mouse.move(middle, y);
    await page.mouse.down();
    await page.mouse.move(t2 + 0.4 * (t3 - t2), y, { steps: 5 });
    await expect(slider).toHaveAttribute('aria-valuenow', '3');
    await page.mouse.move(t2 + 0.6 * (t3 - t2), y, { steps: 2 });
    await expect(slider).toHaveAttribute('aria-valuenow', '4');
    // Past the right end clamps to the last episode, where the graph really changes.
    await page.mouse.move(trackBox.x + trackBox.width + 40, y, { steps: 8 });
    await page.mouse.up();
    await expect(slider).toHaveAttribute('aria-valuenow', '10');
    await expectCanvasAt(page, timeline, 9);

    // A plain click on the track jumps there.
    await page.mouse.click(ticks[8] ?? NaN, y);
    await expect(slider).toHaveAttribute('aria-valuenow', '9');
    await expectCanvasAt(page, timeline, 8);
    expect(pageErrors).toEqual([]);
  });
});

test.describe('playback', () => {
  // A fake clock makes "one episode per 750 ms at 2×" exact and the pause checkable.
  test('Play advances one episode per interval at the chosen speed; Pause stops it', async ({
    page,
    pageErrors,
  }) => {
    await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') });
    await page.goto(`/?show=${SHOW}`);
    const slider = episodeSlider(page);
    await expect(slider).toHaveAttribute('aria-valuenow', '1');
    // From here on, time moves only when the test says so.
    await page.clock.pauseAt(new Date('2026-01-01T00:01:00Z'));
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('2');

    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.clock.runFor(740);
    await expect(slider).toHaveAttribute('aria-valuenow', '1');
    await page.clock.runFor(20);
    await expect(slider).toHaveAttribute('aria-valuenow', '2');
    await page.clock.runFor(750);
    await expect(slider).toHaveAttribute('aria-valuenow', '3');
    await page.clock.runFor(750);
    await expect(slider).toHaveAttribute('aria-valuenow', '4');

    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await page.clock.runFor(5_000);
    await expect(slider).toHaveAttribute('aria-valuenow', '4');
    await expect(page).toHaveURL(/[?&]ep=S1E4(&|$)/);

    // Space on the slider toggles too; playing stops by itself at the last episode.
    await slider.focus();
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    for (let position = 5; position <= 10; position++) {
      await page.clock.runFor(750);
      await expect(slider).toHaveAttribute('aria-valuenow', String(position));
    }
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await page.clock.runFor(5_000);
    await expect(slider).toHaveAttribute('aria-valuenow', '10');
    await expectCanvasAt(page, timeline, 9);
    expect(pageErrors).toEqual([]);
  });

  test('Play in real time advances at least two episodes, and Pause holds the value', async ({
    page,
    pageErrors,
  }) => {
    await openExplorer(page);
    const slider = episodeSlider(page);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('2');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect
      .poll(async () => Number(await slider.getAttribute('aria-valuenow')), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await slider.getAttribute('aria-valuenow');
    // Watch the value for three play intervals; it must not move.
    const moves = await slider.evaluate(
      (handle) =>
        new Promise<number>((resolve) => {
          let count = 0;
          const observer = new MutationObserver(() => count++);
          observer.observe(handle, { attributes: true, attributeFilter: ['aria-valuenow'] });
          setTimeout(() => {
            observer.disconnect();
            resolve(count);
          }, 2_250);
        }),
    );
    expect(moves).toBe(0);
    await expect(slider).toHaveAttribute('aria-valuenow', paused ?? '');
    await expectCanvasAt(page, timeline, Number(paused) - 1);
    expect(pageErrors).toEqual([]);
  });
});

test.describe('URL state', () => {
  const link = `/?show=${SHOW}&ep=S1E9&sel=cassie&hide=suspect&theme=dark`;

  test('a link restores episode, selection, filters and theme; history steps back', async ({
    page,
    context,
    pageErrors,
  }) => {
    await page.goto(link);
    const slider = episodeSlider(page);
    await expect(slider).toHaveAttribute('aria-valuenow', '9');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('heading', { name: 'Cassie Shore', level: 2 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Close details' })).toBeVisible();
    // Suspicions hold at S1E9 (June, Shane, Bette and Travis → Cassie), so the filter really
    // removes something.
    expect(timeline.snapshotAt(8).countsByType.get('suspect')).toBeGreaterThan(0);
    const suspect = page.getByRole('checkbox', { name: 'Suspect', exact: true });
    await expect(suspect).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Accuses', exact: true })).toBeChecked();
    await expectCanvasAt(page, timeline, 8, ['suspect']);
    const table = page.getByRole('table', { name: 'Relationships as of S1E9' });
    await expect(table.getByRole('row').filter({ hasText: 'Suspect' })).toHaveCount(0);
    await expect(textView(page)).toContainText(
      `${timeline.snapshotAt(8).countsByType.get('suspect')} relationships of hidden types are not listed.`,
    );

    // Turning the filter back on shows the edge and writes the URL.
    await suspect.check();
    await expect(page).not.toHaveURL(/hide=/);
    await expectCanvasAt(page, timeline, 8);
    await suspect.uncheck();
    await expect(page).toHaveURL(/[?&]hide=suspect(&|$)/);
    await expectCanvasAt(page, timeline, 8, ['suspect']);

    // A new episode is a new history entry; Back and Forward walk between them, moving the
    // live view (the same canvas and Cytoscape instance) rather than building a new one.
    await page.getByTestId('graph').evaluate((element) => {
      (element as HTMLElement & { plotwebMark?: boolean }).plotwebMark = true;
    });
    const sameCanvas = () =>
      page
        .getByTestId('graph')
        .evaluate((element) => (element as HTMLElement & { plotwebMark?: boolean }).plotwebMark);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuenow', '10');
    await expect(page).toHaveURL(/[?&]ep=S1E10(&|$)/);
    await page.goBack();
    await expect(page).toHaveURL(/[?&]ep=S1E9(&|$)/);
    await expect(slider).toHaveAttribute('aria-valuenow', '9');
    await expect(page.getByRole('heading', { name: 'Cassie Shore', level: 2 })).toBeVisible();
    await expect(suspect).not.toBeChecked();
    await expectCanvasAt(page, timeline, 8, ['suspect']);
    await page.goForward();
    await expect(slider).toHaveAttribute('aria-valuenow', '10');
    await expectCanvasAt(page, timeline, 9, ['suspect']);
    expect(await sameCanvas()).toBe(true);

    // Select someone else by search; the link now names them.
    const search = page.getByRole('combobox', { name: 'Search characters' });
    await search.fill('Bett');
    await page.getByRole('option', { name: /^Bette/ }).click();
    await expect(page.getByRole('heading', { name: 'Bette', level: 2 })).toBeVisible();
    await expect(page).toHaveURL(/[?&]sel=bette(&|$)/);
    const url = page.url();
    expect(new URL(url).searchParams.getAll('hide')).toEqual(['suspect']);
    expect(new URL(url).searchParams.get('theme')).toBe('dark');

    // The same link in a fresh page shows the same view.
    const again = await context.newPage();
    await recordErrors(again, pageErrors);
    await again.goto(url);
    await expect(episodeSlider(again)).toHaveAttribute('aria-valuenow', '10');
    await expect(again.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(again.getByRole('heading', { name: 'Bette', level: 2 })).toBeVisible();
    await expect(again.getByRole('checkbox', { name: 'Suspect', exact: true })).not.toBeChecked();
    await expectCanvasAt(again, timeline, 9, ['suspect']);
    expect(again.url()).toBe(url);
    await again.close();
    expect(pageErrors).toEqual([]);
  });

  test('the first visit adds no history entry of its own, so Back leaves the app', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('/data/index.json');
    await openExplorer(page, '');
    await expect(page).toHaveURL(/[?&]ep=S1E1(&|$)/);
    await page.goBack();
    await expect(page).toHaveURL(/\/data\/index\.json$/);
    expect(pageErrors).toEqual([]);
  });

  for (const [query, notice] of [
    ['?ep=S9E99', 'The link\'s episode "S9E99" is not an episode of this show'],
    ['?show=nope', 'There is no show "nope" here'],
    [`?show=${SHOW}&ep=S1E3&sel=matteo`, 'The character chosen in the link is not in the story'],
    [`?show=${SHOW}&hide=nonsense`, 'The link hides a relationship type this show does not have'],
    [
      `?show=${SHOW}${'&hide=x'.repeat(20)}`,
      '20 hidden types were not found: "x"; they were ignored.',
    ],
    [`?show=${SHOW}&cap=S1E99`, 'The link\'s spoiler limit "S1E99" is not an episode'],
  ] as const) {
    test(`a bad link (${query}) explains itself and still shows the graph`, async ({
      page,
      pageErrors,
    }) => {
      await page.goto(`/${query}`);
      const status = page.getByRole('status').filter({ hasText: notice });
      await expect(status).toBeVisible();
      const slider = episodeSlider(page);
      await expect(slider).toBeVisible();
      const episode = query.includes('ep=S1E3') ? 2 : 0;
      await expect(slider).toHaveAttribute('aria-valuenow', String(episode + 1));
      await expect(slider).toHaveAttribute('aria-valuemax', '10');
      await expect(page.getByTestId('graph')).toBeVisible();
      await expectCanvasAt(page, timeline, episode);
      await expect(page.getByRole('heading', { name: 'Tiny Pretty Things' })).toBeVisible();
      await status.getByRole('button', { name: 'Dismiss' }).click();
      await expect(status).toHaveCount(0);
      expect(pageErrors).toEqual([]);
    });
  }
});
