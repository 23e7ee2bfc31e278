// Labels on the live canvas, for both shipped shows on a desktop and a phone, at every
// episode: none on another label or on a character, none cut off at the canvas edge, at
// least 90% of characters named at a readable size, and nobody moves between episodes.
// The figures are viewMetrics.ts's, the same as `npm run measure:view` prints.
import { readFileSync } from 'node:fs';
import { missedBudgets, viewFigures, type ViewSample } from '../../src/graph/viewMetrics';
import { expect, test } from './fixtures';
import { settledSample } from './settledSample';

const SHOWS = ['tiny-pretty-things-s1', 'hamlet'];
const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

for (const show of SHOWS) {
  const episodes = (
    JSON.parse(readFileSync(`graph-data/${show}.json`, 'utf8')) as { episodes: { id: string }[] }
  ).episodes.map((episode) => episode.id);
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    test(`labels: ${show} on a ${device}, every episode`, async ({ page, pageErrors }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/?show=${show}&ep=${episodes[0] ?? ''}`);
      let previous: ViewSample | undefined;
      for (const [index, episode] of episodes.entries()) {
        // Step as a viewer does: the slider's keys, not a reload.
        if (index > 0) await page.getByRole('slider', { name: 'Episode' }).press('ArrowRight');
        const sample = await settledSample(page, episode);
        const figures = viewFigures(sample, previous);
        previous = sample;
        expect
          .soft(missedBudgets(figures), `${episode}: ${figures.overlaps.join('; ')}`)
          .toEqual([]);
      }
      expect(pageErrors).toEqual([]);
    });
  }
}

test('hovering keeps every label in place, and names a character whose label had no room', async ({
  page,
  pageErrors,
}) => {
  // Tiny Pretty Things' finale on a phone-sized canvas: the fullest picture, where some
  // labels have no room (the budget allows 10%).
  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto('/?show=tiny-pretty-things-s1&ep=S1E10');
  const before = await settledSample(page, 'S1E10');
  const canvas = (await page.locator('.graph-canvas').boundingBox()) as {
    x: number;
    y: number;
  };
  const labels = (sample: ViewSample) =>
    Object.fromEntries(sample.nodes.map((node) => [node.id, node.labelDrawn ? node.label : null]));
  const hover = async (node: ViewSample['nodes'][number]) => {
    await page.mouse.move(canvas.x + node.x, canvas.y + node.y);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    return page.evaluate(() => (window.plotweb as NonNullable<typeof window.plotweb>).sample());
  };
  const away = async () => {
    await page.mouse.move(canvas.x + 2, canvas.y + 2);
    return settledSample(page, 'S1E10');
  };

  for (const named of before.nodes.filter((node) => node.labelDrawn)) {
    expect(labels(await hover(named)), `hovering ${named.id}`).toEqual(labels(before));
  }
  expect(labels(await away())).toEqual(labels(before));

  const unnamed = before.nodes.find((node) => !node.labelDrawn);
  expect(unnamed, 'some label has no room at S1E10 on a phone').toBeDefined();
  if (unnamed) {
    const during = await hover(unnamed);
    expect(during.nodes.find((node) => node.id === unnamed.id)?.labelDrawn).toBe(true);
    // Its name may lie over a character while hovered, never over another name.
    expect(viewFigures(during).overlaps.filter((pair) => pair.endsWith(' label'))).toEqual([]);
    expect(labels(await away())).toEqual(labels(before));
  }
  expect(pageErrors).toEqual([]);
});
