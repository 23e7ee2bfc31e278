// The explorer and the widget are two faces of one viewer core: driven through the same
// random seeks, they must draw the same elements and announce the same words.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  drawnWhenIdle,
  episodeSlider,
  expectedDrawn,
  loadTimeline,
  openExplorer,
  seededRandom,
  SHOW,
  type DrawnIds,
} from './helpers';

const timeline = loadTimeline();
const LAST = timeline.episodeCount - 1;
const SEED = Number(process.env.PLOTWEB_SEED ?? 20261201);
const SEEKS = 50;

interface Face {
  seek(position: number): Promise<void>;
  announcement(): Promise<string | null>;
  graphLabel(): Promise<string | null>;
}

async function settled(page: Page): Promise<DrawnIds> {
  let drawn: DrawnIds | null = null;
  await expect
    .poll(async () => {
      drawn = await drawnWhenIdle(page);
      return drawn !== null;
    })
    .toBe(true);
  return drawn as unknown as DrawnIds;
}

function explorerFace(page: Page): Face {
  const slider = episodeSlider(page);
  return {
    async seek(position) {
      const now = Number(await slider.getAttribute('aria-valuenow')) - 1;
      await slider.focus();
      const key = position > now ? 'ArrowRight' : 'ArrowLeft';
      for (let step = 0; step < Math.abs(position - now); step++) await page.keyboard.press(key);
      await expect(slider).toHaveAttribute('aria-valuenow', String(position + 1));
    },
    announcement: () => slider.getAttribute('aria-valuetext'),
    graphLabel: () => page.getByTestId('graph').getAttribute('aria-label'),
  };
}

function widgetFace(page: Page): Face {
  const range = page.getByRole('slider', { name: 'Episode' });
  return {
    async seek(position) {
      await range.evaluate((input, value) => {
        (input as HTMLInputElement).value = String(value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, position + 1);
      await expect(range).toHaveValue(String(position + 1));
      await expect(page.locator('.pw-ep')).toHaveText(
        timeline.dataset.episodes[position]?.id ?? '',
      );
    },
    announcement: () => range.getAttribute('aria-valuetext'),
    graphLabel: () => page.locator('.pw-graph').getAttribute('aria-label'),
  };
}

test(`the explorer and the widget step identically through ${SEEKS} random seeks (seed ${SEED})`, async ({
  page,
  context,
  pageErrors,
}) => {
  test.setTimeout(180_000);
  await openExplorer(page);
  const widgetPage = await context.newPage();
  await widgetPage.goto(`/embed.html?show=${SHOW}`);
  await expect(widgetPage.locator('.pw-graph')).toHaveAttribute('aria-label', /S1E1/);
  const faces = [explorerFace(page), widgetFace(widgetPage)] as const;

  const random = seededRandom(SEED);
  for (let seek = 0; seek < SEEKS; seek++) {
    const position = Math.floor(random() * (LAST + 1));
    for (const face of faces) await face.seek(position);
    const [appDrawn, widgetDrawn] = [await settled(page), await settled(widgetPage)];
    expect(widgetDrawn, `drawn at seek ${seek} (position ${position})`).toEqual(appDrawn);
    expect(appDrawn).toEqual(expectedDrawn(timeline, position));
    const [appText, widgetText] = [await faces[0].announcement(), await faces[1].announcement()];
    expect(widgetText).toBe(appText);
    const [appLabel, widgetLabel] = [await faces[0].graphLabel(), await faces[1].graphLabel()];
    expect(appLabel).toBe(`${widgetLabel}. A text view follows in the panels.`);
  }
  expect(pageErrors).toEqual([]);
});
