// Labels on the live canvas, for both shipped shows on a desktop and a phone, at every
// episode: none on another label or on a character, none cut off at the canvas edge, at
// least 90% of characters named at a readable size, and nobody moves between episodes.
// The figures are viewMetrics.ts's, the same as `npm run measure:view` prints.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { missedBudgets, viewFigures, type ViewSample } from '../../src/graph/viewMetrics';
import { expect, test } from './fixtures';

const SHOWS = ['tiny-pretty-things-s1', 'hamlet'];
const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

async function sampleAt(page: Page, episode: string): Promise<ViewSample> {
  await page.waitForFunction(
    (id) =>
      document.querySelector('.episode-tag')?.textContent === id &&
      window.plotweb !== undefined &&
      !window.plotweb.animating,
    episode,
  );
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page.evaluate(() => (window.plotweb as NonNullable<typeof window.plotweb>).sample());
}

for (const show of SHOWS) {
  const episodes = (
    JSON.parse(readFileSync(`graph-data/${show}.json`, 'utf8')) as { episodes: { id: string }[] }
  ).episodes.map((episode) => episode.id);
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    test(`labels: ${show} on a ${device}, every episode`, async ({ page, pageErrors }) => {
      // The rebuilt Tiny Pretty Things (35 characters, issue 15) misses the readable budget
      // with today's layout and label placement: 79-89% on a desktop, 81-88% on a phone
      // (npm run measure:view). Marked as a known failure until the layout change lands, so
      // this reports it the day it passes.
      test.fail(
        show === 'tiny-pretty-things-s1',
        'issue 15: the bigger cast misses the label budget',
      );
      await page.setViewportSize(viewport);
      await page.goto(`/?show=${show}&ep=${episodes[0] ?? ''}`);
      let previous: ViewSample | undefined;
      for (const [index, episode] of episodes.entries()) {
        // Step as a viewer does: the slider's keys, not a reload.
        if (index > 0) await page.getByRole('slider', { name: 'Episode' }).press('ArrowRight');
        const sample = await sampleAt(page, episode);
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
