// Shared steps for the explorer's browser tests: the model on the Node side (what the
// canvas should hold), and the page side (what it does hold, once it has settled).
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { buildTimeline, validateGraphData, type Timeline } from '../../src/model';
import { expect } from './fixtures';

export const SHOW = 'tiny-pretty-things-s1';
export const DATA_FILE = 'graph-data/tiny-pretty-things-s1.json';
/** The request the app makes for the show's data, for page.route. */
export const DATA_ROUTE = '**/data/tiny-pretty-things-s1.json';

/** The parts of the data file the tests rewrite; the rest passes through untouched. */
export interface RawDataset {
  show: { title: string };
  episodes: { id: string }[];
  types: { id: string; label: string }[];
  characters: { id: string; name: string; notes: { text: string }[] }[];
  relationships: { id: string; source: string; target: string; type: string; note?: string }[];
}

export function readDataset(): RawDataset {
  return JSON.parse(readFileSync(DATA_FILE, 'utf8')) as RawDataset;
}

/** The timeline engine over a data file, as the app builds it. */
export function loadTimeline(raw: RawDataset = readDataset()): Timeline {
  const result = validateGraphData(raw);
  if (!result.ok) throw new Error(`test data is invalid: ${JSON.stringify(result.problems)}`);
  return buildTimeline(result.dataset);
}

export interface DrawnIds {
  nodes: string[];
  edges: string[];
}

/** What the canvas must hold at a 0-based position: every character, every shown relationship. */
export function expectedDrawn(
  timeline: Timeline,
  position: number,
  hiddenTypes: readonly string[] = [],
): DrawnIds {
  const snapshot = timeline.snapshotAt(position);
  const present = new Set(snapshot.characters.map((entry) => entry.character.id));
  return {
    nodes: [...present].sort(),
    edges: snapshot.relationships
      .filter(
        (relationship) =>
          !hiddenTypes.includes(relationship.type) &&
          present.has(relationship.source) &&
          present.has(relationship.target),
      )
      .map((relationship) => relationship.id)
      .sort(),
  };
}

/** The canvas's ids, sorted, or null while an animation is in flight (or before it exists). */
export function drawnWhenIdle(page: Page): Promise<DrawnIds | null> {
  return page.evaluate(() => {
    const view = window.plotweb;
    if (!view || view.animating) return null;
    const { nodes, edges } = view.drawn();
    return { nodes: [...nodes].sort(), edges: [...edges].sort() };
  });
}

/** Waits until no animation runs and the canvas equals the model at `position`. */
export async function expectCanvasAt(
  page: Page,
  timeline: Timeline,
  position: number,
  hiddenTypes: readonly string[] = [],
): Promise<void> {
  const expected = expectedDrawn(timeline, position, hiddenTypes);
  await expect
    .poll(() => drawnWhenIdle(page), {
      message: `canvas at position ${position} (S1E${position + 1})`,
    })
    .toEqual(expected);
}

/**
 * Elements still partly faded, grown or highlighted once no animation runs: a step that was
 * cut short and never landed. Reads Cytoscape's core from its container (`_cyreg`, where
 * Cytoscape registers itself) because window.plotweb exposes ids only. Call it with nothing
 * selected or hovered, since dimming lowers opacity on purpose.
 */
export function halfAnimated(page: Page): Promise<string[]> {
  return page.getByTestId('graph').evaluate((container) => {
    interface Element {
      id(): string;
      numericStyle(name: string): number;
      style(name: string): unknown;
      pstyle(name: string): { bypass?: boolean } | undefined;
      classes(): string[];
      isNode(): boolean;
      data(name: string): unknown;
    }
    const registry = (container as unknown as { _cyreg?: { cy?: { elements(): Element[] } } })
      ._cyreg;
    const elements = registry?.cy?.elements();
    if (!elements) return ['no Cytoscape core on the graph container'];
    const odd: string[] = [];
    for (const element of elements) {
      const opacity = element.numericStyle('opacity');
      if (opacity !== 1) {
        // Why: a bypass left by motion, or a class (dimming) left by focus.
        const cause = element.pstyle('opacity')?.bypass ? 'set by motion' : 'from its classes';
        // A node's width beside its size tells a first leaving frame (both nearly full).
        const size = element.isNode()
          ? ` width ${element.numericStyle('width')} size ${String(element.data('size'))}`
          : '';
        odd.push(
          `${element.id()} opacity ${opacity} ${cause}${size} [${element.classes().join(' ')}]`,
        );
      }
      if (element.isNode()) {
        if (element.numericStyle('overlay-opacity') !== 0) odd.push(`${element.id()} overlay`);
        // At rest a node is drawn at its size for its degree; one still growing in is not.
        const size = element.data('size');
        const width = element.numericStyle('width');
        if (typeof size !== 'number' || Math.abs(width - size) > 0.01) {
          odd.push(`${element.id()} width ${width}, not its size ${String(size)}`);
        }
      } else if (element.style('line-fill') !== 'solid') {
        // A line still being drawn from source to target (src/graph/motion.ts).
        odd.push(`${element.id()} line-fill`);
      }
    }
    return odd;
  });
}

export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.plotweb?.animating === false);
}

export function episodeSlider(page: Page): Locator {
  return page.getByRole('slider', { name: 'Episode' });
}

/** Opens the explorer and waits for the graph view to exist. */
export async function openExplorer(page: Page, query = `?show=${SHOW}`): Promise<void> {
  await page.goto(`/${query}`);
  await expect(episodeSlider(page)).toBeVisible();
  await waitForIdle(page);
}

/** The text view: the relationship table and the character list. */
export function textView(page: Page): Locator {
  return page.getByRole('region', { name: /^Text view as of / });
}

/** The centre x of each episode's tick mark on screen, by position. */
export async function tickCentres(page: Page): Promise<number[]> {
  return page.locator('.timeline-tick').evaluateAll((ticks) =>
    ticks.map((tick) => {
      const box = tick.getBoundingClientRect();
      return box.left + box.width / 2;
    }),
  );
}

/** The position whose tick is nearest to x (what a pointer there must select). */
export function nearestTick(ticks: readonly number[], x: number): number {
  let best = 0;
  ticks.forEach((tickX, index) => {
    if (Math.abs(tickX - x) < Math.abs((ticks[best] ?? Infinity) - x)) best = index;
  });
  return best;
}

/** A seeded PRNG, so a randomized test replays exactly (the synthetic data's own). */
export { seededRandom } from '../../src/model/synthetic';
