// Screenshots to look at (test-results/screens/, gitignored), taken at S1E1, S1E5 and S1E10
// in both themes on a desktop and a phone. Each also checks what a glance would catch:
// nothing overflows the window, timeline labels neither overlap nor get cut off, toolbar
// controls do not sit on each other, and the canvas actually drew something.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SHOW, openExplorer } from './helpers';

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
const THEMES = ['light', 'dark'] as const;
const EPISODES = ['S1E1', 'S1E5', 'S1E10'] as const;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

function boxes(page: Page, selector: string): Promise<(Box & { text: string })[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x, y, width, height, text: (element.textContent ?? '').trim().slice(0, 30) };
      })
      .filter((box) => box.width > 0 && box.height > 0),
  );
}

function overlapping(list: readonly (Box & { text: string })[]): string[] {
  const found: string[] = [];
  list.forEach((a, i) =>
    list.slice(i + 1).forEach((b) => {
      if (overlaps(a, b)) found.push(`"${a.text}" overlaps "${b.text}"`);
    }),
  );
  return found;
}

async function settledFrame(page: Page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

async function expectSaneLayout(page: Page) {
  const viewport = page.viewportSize();
  const size = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  expect
    .soft(size.width, 'page is wider than the window')
    .toBeLessThanOrEqual(viewport?.width ?? 0);
  expect
    .soft(size.height, 'page is taller than the window')
    .toBeLessThanOrEqual(viewport?.height ?? 0);

  const track = await page.locator('.timeline-track').boundingBox();
  const labels = await boxes(page, '.timeline-label');
  expect.soft(labels.length).toBeGreaterThan(1);
  expect.soft(overlapping(labels), 'timeline labels overlap').toEqual([]);
  for (const label of labels) {
    expect
      .soft(label.x, `label ${label.text} cut off on the left`)
      .toBeGreaterThanOrEqual(track?.x ?? 0);
    expect
      .soft(label.x + label.width, `label ${label.text} cut off on the right`)
      .toBeLessThanOrEqual((track?.x ?? 0) + (track?.width ?? 0));
  }
  const controls = await boxes(
    page,
    '.app-header > *, .toolbar > *, .timeline-controls > button, .timeline-controls > label',
  );
  expect.soft(overlapping(controls), 'controls overlap').toEqual([]);

  // Some pixel of Cytoscape's layers is painted.
  const painted = await page.locator('[data-testid="graph"] canvas').evaluateAll((canvases) =>
    (canvases as HTMLCanvasElement[]).some((canvas) => {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) return false;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4 * 7) if ((data[i] ?? 0) > 0) return true;
      return false;
    }),
  );
  expect.soft(painted, 'the canvas is blank').toBe(true);
}

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const theme of THEMES) {
    test(`screens: ${device}, ${theme}`, async ({ page, pageErrors }) => {
      await page.setViewportSize(viewport);
      for (const episode of EPISODES) {
        await test.step(`${device} ${theme} ${episode}`, async () => {
          await openExplorer(page, `?show=${SHOW}&ep=${episode}&theme=${theme}`);
          await expect(page.locator('.episode-tag')).toHaveText(episode);
          await settledFrame(page);
          await page.screenshot({ path: `test-results/screens/${device}-${theme}-${episode}.png` });
          await expectSaneLayout(page);
        });
      }
      // With a selection (neighbourhood highlight, details panel; on a phone, the panel sheet).
      await test.step(`${device} ${theme} S1E10 with Bette selected`, async () => {
        await openExplorer(page, `?show=${SHOW}&ep=S1E10&sel=bette&theme=${theme}`);
        if (device === 'phone') await page.getByRole('button', { name: 'Panels' }).click();
        await expect(page.getByRole('heading', { name: 'Bette', level: 2 })).toBeVisible();
        await settledFrame(page);
        await page.screenshot({ path: `test-results/screens/${device}-${theme}-S1E10-bette.png` });
        await expectSaneLayout(page);
      });
      expect(pageErrors).toEqual([]);
    });
  }
}

test('on a desktop the page never scrolls: a long panel column scrolls inside itself', async ({
  page,
  pageErrors,
}) => {
  await openExplorer(page, `?show=${SHOW}&ep=S1E10&sel=bette`);
  await expect(page.getByRole('heading', { name: 'Bette', level: 2 })).toBeVisible();
  const panels = page.getByRole('complementary', { name: 'Panels' });
  // The column is longer than the window, so there is something to scroll.
  expect(await panels.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(
    true,
  );
  await panels.hover();
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 2_000);
  await expect.poll(() => panels.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  const pageScroll = await page.evaluate(() => ({
    scrollY: window.scrollY,
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  expect(pageScroll.scrollY, 'the page scrolled instead of the panel column').toBe(0);
  expect(pageScroll.scrollHeight).toBeLessThanOrEqual(pageScroll.innerHeight);
  await expect(page.getByRole('slider', { name: 'Episode' })).toBeInViewport();
  await expect(page.getByRole('heading', { name: 'Plotweb' })).toBeInViewport();
  expect(pageErrors).toEqual([]);
});

// Hamlet: a bigger cast in ten groups and fifteen types, to look at colours told apart.
for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const theme of THEMES) {
    test(`screens: Hamlet, ${device}, ${theme}`, async ({ page, pageErrors }) => {
      await page.setViewportSize(viewport);
      for (const episode of ['A1S1', 'A3S2', 'A5S2']) {
        await test.step(`Hamlet ${device} ${theme} ${episode}`, async () => {
          await openExplorer(page, `?show=hamlet&ep=${episode}&theme=${theme}`);
          await expect(page.locator('.episode-tag')).toHaveText(episode);
          await settledFrame(page);
          await page.screenshot({
            path: `test-results/screens/hamlet-${device}-${theme}-${episode}.png`,
          });
          await expectSaneLayout(page);
        });
      }
      expect(pageErrors).toEqual([]);
    });
  }
}

// The exported picture keys its types and groups in the band above the graph.
for (const theme of THEMES) {
  test(`exported PNG with its legend, ${theme}`, async ({ page, pageErrors }) => {
    for (const [show, episode] of [
      [SHOW, 'S1E10'],
      ['hamlet', 'A5S2'],
    ] as const) {
      await openExplorer(page, `?show=${show}&ep=${episode}&theme=${theme}`);
      await expect(page.locator('.episode-tag')).toHaveText(episode);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download PNG' }).click();
      const file = `test-results/screens/export-${show}-${episode}-${theme}.png`;
      await (await download).saveAs(file);
      // A PNG's IHDR holds its size at bytes 16–23.
      const header = readFileSync(file);
      expect(header.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(header.readUInt32BE(16)).toBeGreaterThan(0);
    }
    expect(pageErrors).toEqual([]);
  });
}
