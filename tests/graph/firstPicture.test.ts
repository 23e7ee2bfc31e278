// A big first picture comes in slices over several frames (createGraphView's addSlice); once
// done it must be the picture a one-shot show draws: the same elements, classes, data and
// positions, whatever is asked for while it comes.
import type { Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { createGraphView, type GraphView } from '../../src/graph';
import { browserScheduler } from '../../src/graph/animator';
import { FIRST_PICTURE_PART, SLICE_ELEMENTS, SLICE_FROM } from '../../src/graph/createGraphView';
import { type Snapshot } from '../../src/model';
import { computeLayout } from '../../src/model/layout';
import { syntheticShow } from '../../src/model/synthetic';
import { timelineOf } from '../fixtures/data';
import { fakeScheduler } from './fakeScheduler';
import { lastCore } from './lastCore';

vi.mock('cytoscape', async (importOriginal) => {
  const { rememberingCytoscape } = await import('./lastCore');
  return rememberingCytoscape(await importOriginal());
});

// Bigger than a shipped show's fullest episode, which draws in one go (SLICE_FROM).
const timeline = timelineOf(
  syntheticShow({ characters: 60, relationships: 300, episodes: 6, seed: 3 }),
);
const positions = computeLayout(timeline.dataset);

/**
 * A view on a clock that moves on 30 ms whenever the view reads it: a part then seems to
 * take 30 ms, and a slice of SLICE_BUDGET (30 ms) has room for one part of SLICE_ELEMENTS
 * only, so the picture takes many frames.
 */
function setup(tick = 30) {
  const clock = fakeScheduler();
  let spent = 0;
  const view = createGraphView(undefined, {
    dataset: timeline.dataset,
    positions,
    headless: true,
    scheduler: { ...clock.scheduler, now: () => clock.scheduler.now() + (spent += tick) },
  });
  return { view, clock, cy: lastCore() };
}

/** Everything a picture is made of, element by element, in id order (duplicates kept). */
function picture(cy: Core) {
  return cy
    .elements()
    .map((element) => ({
      id: element.id(),
      data: element.data() as Record<string, unknown>,
      classes: [...element.classes()].sort(),
      position: element.isNode() ? element.position() : undefined,
      opacity: element.style('opacity') as string,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What a one-shot show of the snapshot draws, in a view of its own. */
function oneShot(snapshot: Snapshot, selected?: string) {
  const { view, cy } = setup();
  view.show(snapshot, { animate: false });
  view.select(selected);
  const drawn = picture(cy);
  view.destroy();
  return drawn;
}

/** The count of elements held after each frame, until the slices are done. */
function framesOf(view: GraphView, cy: Core, advance: () => void) {
  const counts = [cy.elements().length];
  for (let frame = 0; view.animating && frame < 1_000; frame++) {
    advance();
    counts.push(cy.elements().length);
  }
  return counts;
}

// The episode with the most to draw.
const biggest = timeline.dataset.episodes
  .map((_, index) => timeline.snapshotAt(index))
  .reduce((a, b) =>
    b.characters.length + b.relationships.length > a.characters.length + a.relationships.length
      ? b
      : a,
  );
const size = biggest.characters.length + biggest.relationships.length;
const someone = biggest.characters[0]?.character.id ?? '';

describe('a first picture in slices', () => {
  it('ends as the one-shot picture, added a part per frame, none twice', () => {
    expect(size).toBeGreaterThan(Math.max(SLICE_FROM, 2 * SLICE_ELEMENTS));
    const { view, clock, cy } = setup();
    view.show(biggest, { animate: false, inSlices: true });
    // The app selects right after asking for the first picture: focus follows each slice.
    view.select(someone);
    expect(view.animating).toBe(true);
    const counts = framesOf(view, cy, () => clock.advance(16));

    expect(counts[0]).toBe(SLICE_ELEMENTS);
    expect(counts.length).toBe(Math.ceil(size / SLICE_ELEMENTS));
    // Every frame adds one part until the last (characters first, then relationships).
    for (let frame = 1; frame < counts.length; frame++)
      expect(counts[frame]).toBe(Math.min(size, (counts[frame - 1] ?? 0) + SLICE_ELEMENTS));
    const drawn = view.drawn();
    expect(drawn.nodes.length + drawn.edges.length).toBe(size);
    expect(new Set([...drawn.nodes, ...drawn.edges.map((id) => `e ${id}`)]).size).toBe(size);
    expect(picture(cy)).toEqual(oneShot(biggest, someone));
    expect(clock.pendingFrames).toBe(0);
  });

  it('adds as many parts a frame as fit in the budget', () => {
    // 5 ms a read: a part seems to take 5 ms, so a 30 ms slice holds several.
    const { view, clock, cy } = setup(5);
    view.show(biggest, { animate: false, inSlices: true });
    const counts = framesOf(view, cy, () => clock.advance(16));
    expect(counts[0]).toBeGreaterThan(2 * SLICE_ELEMENTS);
    expect(counts.length).toBeLessThan(Math.ceil(size / SLICE_ELEMENTS) / 2);
    expect(picture(cy)).toEqual(oneShot(biggest));
  });

  it('lands on the newest episode asked for while it comes', () => {
    const { view, clock, cy } = setup();
    view.show(biggest, { animate: false, inSlices: true });
    clock.advance(16);
    const other = timeline.snapshotAt(0);
    view.show(other, { animate: true });
    framesOf(view, cy, () => clock.advance(16));
    expect(picture(cy)).toEqual(oneShot(other));
  });

  it('stops at once when the view is destroyed', () => {
    const { view, clock } = setup();
    view.show(biggest, { animate: false, inSlices: true });
    view.destroy();
    expect(clock.pendingFrames).toBe(0);
  });

  it('leaves a user-timing entry for each part on the browser clock', () => {
    // Frames are asked for and never come: the first slice runs in show() itself.
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    try {
      performance.clearMeasures(FIRST_PICTURE_PART);
      const view = createGraphView(undefined, {
        dataset: timeline.dataset,
        positions,
        headless: true,
        scheduler: browserScheduler,
      });
      view.show(biggest, { animate: false, inSlices: true });
      const parts = performance.getEntriesByName(FIRST_PICTURE_PART, 'measure');
      view.destroy();
      expect(parts.length).toBeGreaterThan(0);
      const first = parts[0] as PerformanceMeasure;
      expect(first.detail).toMatchObject({ elements: SLICE_ELEMENTS });
      const { add, style } = first.detail as { add: number; style: number };
      expect(add).toBeGreaterThanOrEqual(0);
      expect(style).toBeGreaterThanOrEqual(0);
      expect(first.duration).toBeCloseTo(add + style, 6);
    } finally {
      performance.clearMeasures(FIRST_PICTURE_PART);
      vi.unstubAllGlobals();
    }
  });
});
