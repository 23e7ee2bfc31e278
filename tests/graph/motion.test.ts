// Step motion and the new-marking, against headless Cytoscape on a clock the test drives.
import cytoscape, { type Core } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createGraphView, GRAPH_THEMES, MOTION_LIMIT, type Fresh } from '../../src/graph';
import { Animator } from '../../src/graph/animator';
import { createMotion } from '../../src/graph/motion';

import { computeLayout } from '../../src/model/layout';
import { syntheticShow } from '../../src/model/synthetic';
import { freshOf, openingDiff } from '../../src/viewer';
import { shippedDataset, timelineOf } from '../fixtures/data';
import { fakeScheduler } from './fakeScheduler';
import { lastCore, touchedBy } from './lastCore';

vi.mock('cytoscape', async (importOriginal) => {
  const { rememberingCytoscape } = await import('./lastCore');
  return rememberingCytoscape(await importOriginal());
});

const timeline = timelineOf(shippedDataset());
const positions = computeLayout(timeline.dataset);
const DURATION = 560;

/** What an episode introduced, as the explorer and the widget pass it from the frame. */
const freshAt = (episode: number): Fresh =>
  freshOf(episode > 0 ? timeline.diff(episode - 1, episode) : openingDiff(timeline.snapshotAt(0)));

function setup(options: { reducedMotion?: boolean } = {}) {
  const clock = fakeScheduler();
  const view = createGraphView(undefined, {
    dataset: timeline.dataset,
    positions,
    headless: true,
    scheduler: clock.scheduler,
    duration: DURATION,
    ...options,
  });
  return { view, clock, cy: lastCore() };
}

const marked = (cy: Core) =>
  cy
    .elements('.is-new')
    .map((element) => element.id())
    .sort();
const ids = (fresh: Fresh) =>
  [
    ...fresh.characters.map((id) => `n:${id}`),
    ...fresh.relationships.map((id) => `e:${id}`),
  ].sort();

/** The styles motion touches, per element: equal to a never-animated view's means it landed. */
const LOOK = [
  'opacity',
  'width',
  'height',
  'line-fill',
  'target-arrow-color',
  'underlay-fill',
  'background-color',
  'background-opacity',
  'overlay-opacity',
  'overlay-padding',
] as const;
function looks(cy: Core) {
  return new Map(
    cy
      .elements()
      .map((element) => [
        element.id(),
        LOOK.filter((name) => element.isNode() || !name.startsWith('background')).map(
          (name) => `${name}: ${String(element.style(name))}`,
        ),
      ]),
  );
}

function settledAt(episode: number) {
  const { view, cy } = setup();
  view.show(timeline.snapshotAt(episode), { animate: false, fresh: freshAt(episode) });
  return { view, cy };
}

describe('what is new stays marked', () => {
  it('marks exactly what the episode introduced, and clears it on the next step', () => {
    const { view, clock, cy } = setup();
    view.show(timeline.snapshotAt(0), { animate: false, fresh: freshAt(0) });
    expect(marked(cy)).toEqual(ids(freshAt(0)));
    expect(marked(cy).length).toBeGreaterThan(0);

    view.show(timeline.snapshotAt(9), { fresh: freshAt(9) });
    // Marked from the first frame, through the animation, and after it.
    expect(marked(cy)).toEqual(ids(freshAt(9)));
    clock.advance(DURATION + 50);
    expect(marked(cy)).toEqual(ids(freshAt(9)));
    // Ramon dies in S1E10: a changed character is marked too.
    expect(cy.getElementById('n:ramon').hasClass('is-new')).toBe(true);

    // A step without fresh elements clears every mark.
    view.show(timeline.snapshotAt(9), { animate: false });
    expect(marked(cy)).toEqual([]);
  });

  it('touches only the elements whose mark changes', () => {
    const { view, cy } = setup();
    view.show(timeline.snapshotAt(8), { animate: false, fresh: freshAt(8) });
    const before = new Set(ids(freshAt(8)));
    // The same snapshot, now with S1E10's marks: only the two sets' difference is touched.
    const after = new Set(ids(freshAt(9)).filter((id) => !cy.getElementById(id).empty()));
    const touched = touchedBy(cy, () =>
      view.show(timeline.snapshotAt(8), { animate: false, fresh: freshAt(9) }),
    );
    const changed = [...before, ...after].filter((id) => before.has(id) !== after.has(id));
    expect([...touched].sort()).toEqual(changed.sort());
  });

  it('draws the mark as a halo in the theme’s accent, wider than the line on lines', () => {
    const { cy } = settledAt(9);
    const ramon = cy.getElementById('n:ramon');
    expect(ramon.style('underlay-color')).toBe('rgb(11,92,173)'); // light accent #0b5cad
    expect(ramon.numericStyle('underlay-opacity')).toBeGreaterThan(0);
    const old = cy
      .nodes()
      .filter((node) => !node.hasClass('is-new'))
      .first();
    expect(old.empty()).toBe(false);
    expect(old.hasClass('is-new')).toBe(false);
    expect(old.numericStyle('underlay-opacity')).toBe(0);
    const edge = cy.edges('.is-new').first();
    expect(edge.numericStyle('underlay-padding')).toBeGreaterThan(edge.numericStyle('width') / 2);
    expect(GRAPH_THEMES.light.accent).toBe('#0b5cad');
  });
});

describe('step motion', () => {
  it('draws a new line from source to target, grows new characters and morphs changed ones', () => {
    const { view, clock, cy } = setup();
    view.show(timeline.snapshotAt(8), { animate: false });
    const ramon = cy.getElementById('n:ramon');
    const aliveFill = ramon.numericStyle('background-color') as number[];
    view.show(timeline.snapshotAt(9), { fresh: freshAt(9) });
    const edge = cy.getElementById(`e:${freshAt(9).relationships[0] ?? ''}`);
    const node = cy.getElementById(`n:${freshAt(9).characters[0] ?? ''}`);
    expect(edge.empty() || node.empty()).toBe(false);

    // First frame: nothing of the line yet, the character a small faint point.
    expect(edge.style('line-fill')).toBe('linear-gradient');
    expect(edge.numericStyle('line-gradient-stop-positions')).toEqual([0, 0, 0, 1]);
    expect(node.numericStyle('width')).toBeLessThan(10);
    expect(node.numericStyle('opacity')).toBe(0);

    clock.advance(DURATION * 0.6);
    const [, drawn] = edge.numericStyle('line-gradient-stop-positions') as number[];
    expect(drawn).toBeGreaterThan(0.1);
    expect(drawn).toBeLessThan(0.95);
    // The line's own colour up to the stop, then nothing: it runs from source to target.
    const colours = edge.style('line-gradient-stop-colors') as string;
    expect(colours.split(' ')[0]).toBe(colours.split(' ')[1]);
    expect(colours).toMatch(/rgba\(0,0,0,0\) rgba\(0,0,0,0\)$/);
    expect(colours.split(' ')[0]).not.toBe('rgba(153,153,153,1)'); // Cytoscape's default grey
    expect(node.numericStyle('width')).toBeGreaterThan(10);
    expect(node.numericStyle('width')).toBeLessThanOrEqual(Number(node.data('size')));
    // Ramon's fill is on its way from alive to dead: neither one yet.
    const mid = ramon.numericStyle('background-color') as number[];
    const deadFill = [0x9a, 0x9a, 0xa6];
    expect(mid).not.toEqual(aliveFill);
    expect(mid).not.toEqual(deadFill);
    expect(ramon.numericStyle('overlay-opacity')).toBeGreaterThan(0);

    clock.advance(DURATION);
    expect(view.animating).toBe(false);
    expect(edge.style('line-fill')).toBe('solid');
    expect(ramon.numericStyle('background-color')).toEqual(deadFill);
  });

  it('lands exactly on the final picture when a step is cut short mid-way', () => {
    for (const cut of [16, DURATION / 3, DURATION / 2, DURATION - 20]) {
      const { view, clock, cy } = setup();
      view.show(timeline.snapshotAt(0), { animate: false, fresh: freshAt(0) });
      view.show(timeline.snapshotAt(9), { fresh: freshAt(9) });
      clock.advance(cut);
      expect(view.animating).toBe(true);
      // The next step lands this one at once, even without animating itself.
      view.show(timeline.snapshotAt(9), { animate: false, fresh: freshAt(9) });
      expect(view.animating).toBe(false);
      expect(clock.pendingFrames).toBe(0);
      expect(looks(cy)).toEqual(looks(settledAt(9).cy));
      expect(marked(cy)).toEqual(ids(freshAt(9)));
      view.destroy();
    }
  });

  it('lands on the newest step when steps follow each other mid-animation', () => {
    const { view, clock, cy } = setup();
    view.show(timeline.snapshotAt(0), { animate: false });
    for (const episode of [9, 3, 7, 9, 5]) {
      view.show(timeline.snapshotAt(episode), { fresh: freshAt(episode) });
      clock.advance(DURATION / 2);
    }
    clock.advance(DURATION);
    expect(view.animating).toBe(false);
    expect(looks(cy)).toEqual(looks(settledAt(5).cy));
  });

  it('lands on the picture a settled view shows, after any run of steps cut short anywhere', () => {
    const last = timeline.dataset.episodes.length - 1;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            episode: fc.integer({ min: 0, max: last }),
            wait: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: DURATION + 40 })),
            animate: fc.boolean(),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (steps) => {
          const { view, clock, cy } = setup();
          view.show(timeline.snapshotAt(0), { animate: false, fresh: freshAt(0) });
          for (const { episode, wait, animate } of steps) {
            view.show(timeline.snapshotAt(episode), { animate, fresh: freshAt(episode) });
            clock.advance(wait);
          }
          clock.advance(DURATION + 40);
          const final = steps[steps.length - 1]?.episode ?? 0;
          const settled = settledAt(final);
          expect(view.animating).toBe(false);
          expect(looks(cy)).toEqual(looks(settled.cy));
          view.destroy();
          settled.view.destroy();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('animates nothing with reduced motion: the step lands at once', () => {
    const { view, clock, cy } = setup({ reducedMotion: true });
    view.show(timeline.snapshotAt(0), { animate: false });
    view.show(timeline.snapshotAt(9), { fresh: freshAt(9) });
    expect(view.animating).toBe(false);
    expect(clock.pendingFrames).toBe(0);
    expect(looks(cy)).toEqual(looks(settledAt(9).cy));
    // The marks are not motion: they stay.
    expect(marked(cy)).toEqual(ids(freshAt(9)));
  });

  it('draws a step that moves more than MOTION_LIMIT elements at once, marks kept', () => {
    const big = timelineOf(
      syntheticShow({ characters: 400, relationships: 1600, episodes: 6, seed: 3 }),
    );
    const clock = fakeScheduler();
    const view = createGraphView(undefined, {
      dataset: big.dataset,
      positions: computeLayout(big.dataset, { ticks: 20 }),
      headless: true,
      scheduler: clock.scheduler,
      duration: DURATION,
    });
    const cy = lastCore();
    view.show(big.snapshotAt(0), { animate: false });
    const diff = big.diff(0, 5);
    const moving =
      diff.characters.added.length +
      diff.relationships.added.length +
      diff.characters.removed.length +
      diff.relationships.removed.length;
    expect(moving).toBeGreaterThan(MOTION_LIMIT);
    view.show(big.snapshotAt(5), { fresh: freshOf(diff) });
    expect(view.animating).toBe(false);
    expect(clock.pendingFrames).toBe(0);
    // Nothing is left fading: Cytoscape holds exactly the episode.
    const snapshot = big.snapshotAt(5);
    expect(cy.nodes().length).toBe(snapshot.characters.length);
    expect(cy.elements('.is-new').length).toBeGreaterThan(0);
  });

  it('turns animation off and on live', () => {
    const { view, clock } = setup();
    view.show(timeline.snapshotAt(0), { animate: false });
    view.setReducedMotion(true);
    view.show(timeline.snapshotAt(9));
    expect(view.animating).toBe(false);
    view.setReducedMotion(false);
    view.show(timeline.snapshotAt(4));
    expect(view.animating).toBe(true);
    clock.advance(DURATION + 50);
    expect(view.animating).toBe(false);
  });
});

describe('motion on its own', () => {
  it('grows a character to its own size (data size), not a constant', () => {
    const clock = fakeScheduler();
    // The node rule as src/graph/stylesheet.ts sizes nodes from their data.
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    });
    const node = cy.add({ group: 'nodes', data: { id: 'big', size: 60 } });
    const motion = createMotion(cy, new Animator(clock.scheduler), { drawLines: true });
    const removed: unknown[] = [];
    motion.play({ entering: [node], leaving: [], changed: [] }, 500, (leaving) =>
      removed.push(...leaving),
    );
    clock.advance(250);
    const mid = node.numericStyle('width') as number;
    expect(mid).toBeGreaterThan(26);
    expect(mid).toBeLessThan(60);
    clock.advance(300);
    expect(motion.running).toBe(false);
    expect(node.numericStyle('width')).toBe(60);
  });

  it('fades lines in where it cannot draw them (WebGL)', () => {
    const clock = fakeScheduler();
    const cy = cytoscape({ headless: true, styleEnabled: true });
    cy.add([
      { group: 'nodes', data: { id: 'a' } },
      { group: 'nodes', data: { id: 'b' } },
    ]);
    const edge = cy.add({ group: 'edges', data: { id: 'ab', source: 'a', target: 'b' } });
    const motion = createMotion(cy, new Animator(clock.scheduler), { drawLines: false });
    motion.play({ entering: [edge], leaving: [], changed: [] }, 500, () => undefined);
    clock.advance(300);
    expect(edge.style('line-fill')).toBe('solid');
    const opacity = edge.numericStyle('opacity') as number;
    expect(opacity).toBeGreaterThan(0);
    expect(opacity).toBeLessThan(1);
    motion.land();
    expect(edge.numericStyle('opacity')).toBe(1);
  });
});
