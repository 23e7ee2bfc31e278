// One way to read the live canvas once it has settled on an episode, for the labels spec
// and `npm run measure:view`: the episode tag shows it, no motion runs, and two frames have
// passed (a resize or placement pass scheduled for the next frame has run).
import type { Page } from '@playwright/test';
import type { ViewSample } from '../../src/graph/viewMetrics';

export async function settledSample(page: Page, episode: string): Promise<ViewSample> {
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
