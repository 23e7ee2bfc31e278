// Big casts keep removed elements for reuse (scene.ts): whatever steps, selections, hovers,
// fades cut short and theme changes came before, what Cytoscape holds must be exactly what
// a view built afresh at that episode holds: the same elements, data, classes, positions
// and computed looks, with no mark or fade left on an element that came back.
import type { Core } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createGraphView, type GraphView } from '../../src/graph';
import { buildTimeline, validateGraphData, type Timeline } from '../../src/model';
import { syntheticShow } from '../../src/model/synthetic';
import { fakeScheduler } from './fakeScheduler';
import { lastCore } from './lastCore';

vi.mock('cytoscape', async (importOriginal) => {
  const { rememberingCytoscape } = await import('./lastCore');
  return rememberingCytoscape(await importOriginal());
});

const EPISODES = 12;
const result = validateGraphData(
  syntheticShow({ characters: 520, relationships: 1200, episodes: EPISODES, seed: 5 }),
);
if (!result.ok) throw new Error('synthetic data invalid');
const timeline: Timeline = buildTimeline(result.dataset);
const positions = new Map(
  timeline.dataset.characters.map((character, index) => [
    character.id,
    { x: (index % 25) * 60, y: Math.floor(index / 25) * 60 },
  ]),
);
const LOOK = [
  'opacity',
  'width',
  'height',
  'background-color',
  'background-opacity',
  'border-width',
  'line-color',
  'underlay-opacity',
  'overlay-opacity',
  'target-arrow-color',
  'line-fill',
] as const;

/** Everything a view's Cytoscape holds that could differ, by element id. */
function contents(cy: Core) {
  return cy
    .elements()
    .map((element) => ({
      id: element.id(),
      data: element.data() as unknown,
      classes: [...(element.classes() as unknown as string[])].sort(),
      position: element.isNode() ? element.position() : undefined,
      look: LOOK.map((name) => String(element.style(name) as unknown)),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function view(theme: 'light' | 'dark' = 'light') {
  const clock = fakeScheduler();
  const made = createGraphView(undefined, {
    dataset: timeline.dataset,
    positions,
    headless: true,
    theme,
    scheduler: clock.scheduler,
    duration: 200,
  });
  return { view: made, cy: lastCore(), clock };
}

const fresh = (episode: number) => {
  const diff = timeline.diff(Math.max(0, episode - 1), episode);
  return {
    characters: diff.characters.added.map((entry) => entry.character.id),
    relationships: diff.relationships.added.map((relationship) => relationship.id),
  };
};

function settle(subject: { view: GraphView; clock: ReturnType<typeof fakeScheduler> }) {
  subject.clock.advance(400);
  expect(subject.view.animating).toBe(false);
}

describe('a big cast reusing removed elements', () => {
  it('holds what a view built afresh at the same episode holds, whatever came before', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            episode: fc.nat(EPISODES - 1),
            animate: fc.boolean(),
            // How far a fade gets before the next step cuts it short, ms.
            cut: fc.integer({ min: 0, max: 250 }),
            select: fc.option(fc.nat(30), { nil: undefined }),
            dark: fc.boolean(),
          }),
          { minLength: 2, maxLength: 7 },
        ),
        (steps) => {
          const subject = view();
          let theme: 'light' | 'dark' = 'light';
          for (const step of steps) {
            const next = step.dark ? 'dark' : 'light';
            if (next !== theme) subject.view.setTheme((theme = next));
            const snapshot = timeline.snapshotAt(step.episode);
            const id = step.select === undefined ? undefined : snapshot.characters[step.select];
            // Selected while still (a selection made mid-fade is another matter: see below).
            subject.view.select(id?.character.id);
            subject.view.show(snapshot, { animate: step.animate, fresh: fresh(step.episode) });
            subject.clock.advance(step.cut);
          }
          settle(subject);
          // Focus classes on elements that left and came back must not survive either.
          const final = timeline.snapshotAt(
            (steps[steps.length - 1] as (typeof steps)[number]).episode,
          );
          const chosen = final.characters[(steps[0] as (typeof steps)[number]).select ?? 0];
          subject.view.select(chosen?.character.id);
          const last = steps[steps.length - 1] as (typeof steps)[number];
          const reference = view(theme);
          const snapshot = timeline.snapshotAt(last.episode);
          reference.view.show(snapshot, { animate: false, fresh: fresh(last.episode) });
          reference.view.select(chosen?.character.id);
          expect(contents(subject.cy)).toEqual(contents(reference.cy));
          subject.view.destroy();
          reference.view.destroy();
        },
      ),
      { numRuns: 8 },
    );
  });
});
