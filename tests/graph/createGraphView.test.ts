// The graph view against headless Cytoscape: what it holds always converges on the model.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createGraphView, GRAPH_THEMES, type GraphView } from '../../src/graph';
import {
  degrees,
  nodeSize,
  groupAppearance,
  type Group,
  type Snapshot,
  type Timeline,
} from '../../src/model';
import { computeLayout } from '../../src/model/layout';
import { hostileStrings } from '../fixtures/corpus';
import { minimalData, shippedDataset, timelineOf } from '../fixtures/data';
import { fakeScheduler } from './fakeScheduler';
import { lastCore, touchedBy } from './lastCore';

vi.mock('cytoscape', async (importOriginal) => {
  const { rememberingCytoscape } = await import('./lastCore');
  return rememberingCytoscape(await importOriginal());
});

const sorted = (ids: readonly string[]) => [...ids].sort();
const expected = (snapshot: Snapshot, hidden: ReadonlySet<string> = new Set()) => ({
  nodes: sorted(snapshot.characters.map((c) => c.character.id)),
  edges: sorted(snapshot.relationships.filter((r) => !hidden.has(r.type)).map((r) => r.id)),
});
const drawn = (view: GraphView) => {
  const { nodes, edges } = view.drawn();
  return { nodes: sorted(nodes), edges: sorted(edges) };
};

/** '#9a9aa6' as Cytoscape reports a computed colour: 'rgb(154,154,166)'. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(',')})`;

const layouts = new Map<Timeline, ReturnType<typeof computeLayout>>();

function setup(timeline: Timeline) {
  const clock = fakeScheduler();
  let positions = layouts.get(timeline);
  if (!positions) layouts.set(timeline, (positions = computeLayout(timeline.dataset)));
  const view = createGraphView(undefined, {
    dataset: timeline.dataset,
    positions,
    headless: true,
    scheduler: clock.scheduler,
    duration: 250,
  });
  return { view, clock };
}

describe('graph view', () => {
  const timeline = timelineOf(shippedDataset());

  it('draws exactly the snapshot, and animates between episodes', () => {
    const { view, clock } = setup(timeline);
    view.show(timeline.snapshotAt(0), { animate: false });
    expect(drawn(view)).toEqual(expected(timeline.snapshotAt(0)));

    view.show(timeline.snapshotAt(9));
    expect(view.animating).toBe(true);
    // Mid-animation, what is leaving is still held (fading out).
    clock.advance(100);
    const during = drawn(view);
    expect(during.nodes).toContain('hooded-attacker');
    clock.advance(300);
    expect(view.animating).toBe(false);
    expect(drawn(view)).toEqual(expected(timeline.snapshotAt(9)));
    expect(clock.pendingFrames).toBe(0);
  });

  it('cuts an animation short and lands on the newest episode', () => {
    const { view, clock } = setup(timeline);
    view.show(timeline.snapshotAt(0), { animate: false });
    view.show(timeline.snapshotAt(9));
    clock.advance(48);
    view.show(timeline.snapshotAt(0));
    clock.advance(48);
    view.show(timeline.snapshotAt(8));
    expect(clock.pendingFrames).toBe(1); // one timer, no backlog
    clock.advance(600);
    expect(drawn(view)).toEqual(expected(timeline.snapshotAt(8)));
    // A step that changes nothing drawn has nothing to animate.
    view.show(timeline.snapshotAt(8));
    expect(view.animating).toBe(false);
    expect(clock.pendingFrames).toBe(0);
  });

  it('leaves out hidden types', () => {
    const { view } = setup(timeline);
    const hidden = new Set(['at-body', 'accuses']);
    view.show(timeline.snapshotAt(9), { animate: false, hiddenTypes: hidden });
    expect(drawn(view)).toEqual(expected(timeline.snapshotAt(9), hidden));
    expect(drawn(view).edges.length).toBeLessThan(timeline.snapshotAt(9).relationships.length);
  });

  it('converges on the model after any sequence of seeks, some cut mid-animation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(9), fc.integer({ min: 0, max: 320 })), {
          minLength: 1,
          maxLength: 30,
        }),
        (seeks) => {
          const { view, clock } = setup(timeline);
          view.show(timeline.snapshotAt(0), { animate: false });
          for (const [episode, wait] of seeks) {
            view.show(timeline.snapshotAt(episode));
            clock.advance(wait);
          }
          clock.advance(400);
          const last = seeks[seeks.length - 1]?.[0] ?? 0;
          expect(drawn(view)).toEqual(expected(timeline.snapshotAt(last)));
          view.destroy();
        },
      ),
      { numRuns: 150 },
    );
    // Many Cytoscape instances: give a loaded two-core machine room (not a timing check).
  }, 60_000);

  it('restyles a character whose state changes, and touches only what changed', () => {
    const { view, clock } = setup(timeline);
    const [before, after] = [timeline.snapshotAt(8), timeline.snapshotAt(9)];
    view.show(before, { animate: false });
    const cy = lastCore();
    const ramon = cy.getElementById('n:ramon');
    expect(ramon.hasClass('dead')).toBe(false);

    const touched = touchedBy(cy, () => {
      view.show(after);
      clock.advance(400);
    });
    // Ramon dies in S1E10: a dagger in his label, and the dead node's look.
    expect(ramon.hasClass('dead')).toBe(true);
    expect(ramon.data('label')).toBe('† Ramon Costa');
    expect(ramon.style('background-color')).toBe(rgb(GRAPH_THEMES.light.dead));
    expect(ramon.style('border-style')).toBe('dashed');
    // Cassie keeps her group's colour.
    const cassie = cy.getElementById('n:cassie');
    const students = timeline.dataset.groupById.get('students');
    expect(students).toBeDefined();
    expect(cassie.style('background-color')).toBe(
      rgb(groupAppearance(students as Group, GRAPH_THEMES.light.background).color),
    );

    // What entered, left or changed state, and nothing else.
    const ids = (snapshot: Snapshot) => [
      ...snapshot.characters.map((c) => `n:${c.character.id}`),
      ...snapshot.relationships.map((r) => `e:${r.id}`),
    ];
    const [was, is] = [new Set(ids(before)), new Set(ids(after))];
    const entered = [...is].filter((id) => !was.has(id));
    const left = [...was].filter((id) => !is.has(id));
    expect(entered.length + left.length).toBeGreaterThan(0);
    // …the characters whose size changed with their degree (nodeSize.ts, capped)…
    const [degreeWas, degreeIs] = [degrees(before.relationships), degrees(after.relationships)];
    const resized = after.characters
      .map((c) => c.character.id)
      .filter(
        (id) =>
          was.has(`n:${id}`) &&
          nodeSize(degreeWas.get(id) ?? 0) !== nodeSize(degreeIs.get(id) ?? 0),
      )
      .map((id) => `n:${id}`);
    // …and those whose state changed (Ramon, Cassie, Bette, Neveah, Oren and Monique).
    const stateWas = new Map(before.characters.map((c) => [c.character.id, c.state]));
    const restated = after.characters
      .filter((c) => stateWas.has(c.character.id) && stateWas.get(c.character.id) !== c.state)
      .map((c) => `n:${c.character.id}`);
    expect(restated).toContain('n:ramon');
    expect(sorted([...new Set([...touched])])).toEqual(
      sorted([...new Set([...entered, ...left, ...restated, ...resized])]),
    );
    // A character whose state and size both hold is left alone.
    const steady = before.characters.find(
      ({ character: { id } }) =>
        is.has(`n:${id}`) && !restated.includes(`n:${id}`) && !resized.includes(`n:${id}`),
    );
    expect(steady).toBeDefined();
    expect(touched.has(`n:${steady?.character.id ?? ''}`)).toBe(false);
  });

  it('keeps hostile ids apart: the same text as a character and a relationship id', () => {
    const strings = hostileStrings();
    const data = minimalData();
    data.characters = strings.map((value) => ({ id: value, name: value }));
    data.relationships = strings.slice(1).map((value, index) => ({
      id: value,
      source: strings[index] as string,
      target: value,
      type: 'affair',
      from: 1,
      sources: [{ source: 'article' }],
    }));
    const hostile = timelineOf(data);
    const { view } = setup(hostile);
    view.show(hostile.snapshotAt(0), { animate: false });
    expect(drawn(view)).toEqual(expected(hostile.snapshotAt(0)));
    view.select('__proto__');
    view.select('#cassie, edge');
    view.destroy();
  });
});

describe('stable layout', () => {
  it('is the same for the same data, and keeps baked positions', () => {
    const timeline = timelineOf(shippedDataset());
    const first = computeLayout(timeline.dataset);
    const second = computeLayout(timeline.dataset);
    expect([...first]).toEqual([...second]);
    expect(first.size).toBe(timeline.dataset.characters.length);
    const spread = new Set([...first.values()].map((p) => `${p.x},${p.y}`));
    expect(spread.size).toBe(first.size); // no two characters on one spot

    const data = minimalData();
    data.characters[0] = { id: 'bette', name: 'Bette', position: { x: 1234, y: -55 } };
    const baked = computeLayout(timelineOf(data).dataset);
    expect(baked.get('bette')).toEqual({ x: 1234, y: -55 });
  });
});
