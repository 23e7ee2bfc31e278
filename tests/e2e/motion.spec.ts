// A step's motion in real Chromium, on a clock the test holds (Playwright's fake timers run
// requestAnimationFrame): a frame half-way through a step, where a new relationship must be
// partly drawn and a new character partly grown, then the settled frame, where what the
// episode introduced keeps its halo. Screenshots go to test-results/motion/ to be looked at.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SHOW, halfAnimated, openExplorer } from './helpers';

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
const THEMES = ['light', 'dark'] as const;
/** The view's step duration (src/graph/createGraphView.ts STEP_DURATION). */
const DURATION = 560;

interface MotionState {
  /** Entering lines: how much of each is drawn (0..1), from the gradient's moving stop. */
  drawing: number[];
  /** Node widths, smallest first. */
  widths: number[];
  /** Ids carrying the new-marking. */
  marked: string[];
}

/** Reads the live Cytoscape instance from its container, as tests/e2e/helpers.ts does. */
function motionState(page: Page): Promise<MotionState> {
  return page.getByTestId('graph').evaluate((container) => {
    interface Element {
      id(): string;
      isNode(): boolean;
      hasClass(name: string): boolean;
      style(name: string): unknown;
      numericStyle(name: string): unknown;
    }
    const cy = (container as unknown as { _cyreg: { cy: { elements(): Element[] } } })._cyreg.cy;
    const state: MotionState = { drawing: [], widths: [], marked: [] };
    for (const element of cy.elements()) {
      if (element.hasClass('is-new')) state.marked.push(element.id());
      if (element.isNode()) state.widths.push(element.numericStyle('width') as number);
      else if (element.style('line-fill') === 'linear-gradient') {
        const stops = element.numericStyle('line-gradient-stop-positions') as number[];
        state.drawing.push(stops[1] ?? -1);
      }
    }
    state.widths.sort((a, b) => a - b);
    return state;
  });
}

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const theme of THEMES) {
    test(`a step draws what is new, then keeps it marked: ${device}, ${theme}`, async ({
      page,
      pageErrors,
    }) => {
      await page.clock.install();
      await page.setViewportSize(viewport);
      await openExplorer(page, `?show=${SHOW}&ep=S1E9&theme=${theme}`);
      // The fake clock runs in real time until paused: from here on, only runFor moves it.
      await page.clock.pauseAt(Date.now() + 2_000);
      const before = await motionState(page);

      await page.getByRole('button', { name: 'Next episode' }).click();
      await page.clock.runFor(DURATION / 2);
      const mid = await motionState(page);
      await page.screenshot({ path: `test-results/motion/${device}-${theme}-mid.png` });
      // S1E10 brings new relationships: half-way, each is drawn part of the way.
      expect(mid.drawing.length).toBeGreaterThan(0);
      for (const drawn of mid.drawing) {
        expect(drawn).toBeGreaterThan(0.05);
        expect(drawn).toBeLessThan(0.95);
      }
      // New characters are still growing: smaller than any node at rest.
      expect(mid.widths[0]).toBeLessThan(before.widths[0] ?? 26);
      expect(await page.evaluate(() => window.plotweb?.animating)).toBe(true);

      await page.clock.runFor(DURATION);
      await expect.poll(() => page.evaluate(() => window.plotweb?.animating)).toBe(false);
      const settled = await motionState(page);
      expect(settled.drawing).toEqual([]);
      expect(await halfAnimated(page)).toEqual([]);
      // What S1E10 introduced stays marked, and only it: S1E9's marks are gone.
      expect(settled.marked.length).toBeGreaterThan(0);
      expect(settled.marked).toContain('n:matteos-mother');
      expect(settled.marked).not.toContain('e:neveah-exposes-archer');
      await page.screenshot({ path: `test-results/motion/${device}-${theme}-settled.png` });
      expect(pageErrors).toEqual([]);
    });
  }
}

test('with reduced motion a step lands at once, and still marks what is new', async ({
  page,
  pageErrors,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.clock.install();
  await openExplorer(page, `?show=${SHOW}&ep=S1E9`);
  await page.clock.pauseAt(Date.now() + 2_000);
  await page.getByRole('button', { name: 'Next episode' }).click();
  await expect(page.locator('.episode-tag')).toHaveText('S1E10');
  expect(await page.evaluate(() => window.plotweb?.animating)).toBe(false);
  const state = await motionState(page);
  expect(state.drawing).toEqual([]);
  expect(await halfAnimated(page)).toEqual([]);
  expect(state.marked).toContain('n:matteos-mother');
  expect(pageErrors).toEqual([]);
});

test('hovering a row of What changed highlights it on the canvas, and back', async ({
  page,
  pageErrors,
}) => {
  await openExplorer(page, `?show=${SHOW}&ep=S1E10`);
  const row = page.getByRole('button', { name: 'Ramon Costa is now dead.' });
  await row.hover();
  const classes = () =>
    page.getByTestId('graph').evaluate((container) => {
      const cy = (
        container as unknown as {
          _cyreg: { cy: { getElementById(id: string): { classes(): string[] } } };
        }
      )._cyreg.cy;
      return cy.getElementById('n:ramon').classes();
    });
  await expect.poll(classes).toContain('focus');
  await page.mouse.move(5, 5);
  await expect.poll(classes).not.toContain('focus');
  expect(pageErrors).toEqual([]);
});
