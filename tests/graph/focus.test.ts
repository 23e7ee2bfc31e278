// Focus and dimming: the pure reducer, and the view applying only the looks that change.
import fc from 'fast-check';
import type { Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { createGraphView } from '../../src/graph';
import { focusOf, type Neighbourhood } from '../../src/graph/focus';
import { type Timeline } from '../../src/model';
import { computeLayout } from '../../src/model/layout';
import { minimalData, shippedDataset, timelineOf } from '../fixtures/data';
import { fakeScheduler } from './fakeScheduler';
import { lastCore, touchedBy } from './lastCore';

vi.mock('cytoscape', async (importOriginal) => {
  const { rememberingCytoscape } = await import('./lastCore');
  return rememberingCytoscape(await importOriginal());
});

describe('focusOf', () => {
  const focus: Neighbourhood = {
    characters: new Set(['bette']),
    neighbours: new Set(['delia', 'cassie']),
    relationships: new Set(['r1', 'r2']),
  };
  const character = (id: string) => ({ kind: 'character', id }) as const;
  const relationship = (id: string) => ({ kind: 'relationship', id }) as const;

  it('leaves everything normal without a focus', () => {
    expect(focusOf(character('bette'), undefined)).toBe('normal');
    expect(focusOf(relationship('r1'), undefined)).toBe('normal');
  });

  it('marks the focused character, keeps its neighbours, dims the rest', () => {
    expect(focusOf(character('bette'), focus)).toBe('focus');
    expect(focusOf(character('delia'), focus)).toBe('normal');
    expect(focusOf(character('oren'), focus)).toBe('dimmed');
  });

  it('labels a few of its relationships, quietly marks a hub’s many, dims the rest', () => {
    expect(focusOf(relationship('r1'), focus)).toBe('focus');
    expect(focusOf(relationship('r3'), focus)).toBe('dimmed');
    const hub = { ...focus, relationships: new Set(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']) };
    expect(focusOf(relationship('r7'), hub)).toBe('focus-quiet');
  });

  it('tells a character from a relationship with the same id', () => {
    const same = {
      characters: new Set(['x']),
      neighbours: new Set<string>(),
      relationships: new Set(['y']),
    };
    expect(focusOf(relationship('x'), same)).toBe('dimmed');
    expect(focusOf(character('y'), same)).toBe('dimmed');
  });

  it('marks a focused relationship and both its ends', () => {
    const edge = {
      characters: new Set(['bette', 'delia']),
      neighbours: new Set(['bette', 'delia']),
      relationships: new Set(['r1']),
    };
    expect(focusOf(relationship('r1'), edge)).toBe('focus');
    expect(focusOf(character('bette'), edge)).toBe('focus');
    expect(focusOf(character('delia'), edge)).toBe('focus');
    expect(focusOf(character('cassie'), edge)).toBe('dimmed');
    expect(focusOf(relationship('r2'), edge)).toBe('dimmed');
  });
});

const character = (id: string) => ({ kind: 'character', id }) as const;

const FOCUS_CLASSES = ['focus', 'focus-quiet', 'dimmed'];

type Target = { kind: 'character' | 'relationship'; id: string } | undefined;

/** Focus classes as the view drew them before the reducer: recomputed from scratch. */
function expectedFocus(cy: Core, target: Target) {
  if (target?.kind === 'relationship') {
    const edge = cy.getElementById(`e:${target.id}`);
    const ends = edge.connectedNodes();
    return new Map(
      cy.elements().map((element) => {
        const id = element.id();
        if (edge.empty()) return [id, []];
        return [id, element.same(edge) || ends.has(element) ? ['focus'] : ['dimmed']];
      }),
    );
  }
  const characterId = target?.id;
  const node = characterId === undefined ? undefined : cy.getElementById(`n:${characterId}`);
  const around = node?.closedNeighborhood();
  const edges = node?.connectedEdges();
  return new Map(
    cy.elements().map((element) => {
      const id = element.id();
      if (!node || node.empty() || !around || !edges) return [id, []];
      if (element.same(node)) return [id, ['focus']];
      if (!around.has(element)) return [id, ['dimmed']];
      if (element.isNode()) return [id, []];
      return [id, [edges.length <= 6 ? 'focus' : 'focus-quiet']];
    }),
  );
}

const focusClasses = (cy: Core) =>
  new Map(
    cy
      .elements()
      .map((element) => [element.id(), FOCUS_CLASSES.filter((name) => element.hasClass(name))]),
  );

describe('focus in the view', () => {
  // a–b and a–c from the start, d–e apart; c–d joins in E2, a–d in E3.
  function smallCast(): Timeline {
    const data = minimalData();
    data.characters = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: id.toUpperCase() }));
    const pairs = [
      ['ab', 'a', 'b', 'S1E1'],
      ['ac', 'a', 'c', 'S1E1'],
      ['de', 'd', 'e', 'S1E1'],
      ['cd', 'c', 'd', 'S1E2'],
      ['ad', 'a', 'd', 'S1E3'],
    ] as const;
    data.relationships = pairs.map(([id, source, target, from]) => ({
      id,
      source,
      target,
      type: 'parent',
      from,
      sources: [{ source: 'article' }],
    }));
    return timelineOf(data);
  }

  it('applies focus classes only to elements whose derived look changed', () => {
    const timeline = smallCast();
    const view = createGraphView(undefined, {
      dataset: timeline.dataset,
      positions: computeLayout(timeline.dataset),
      headless: true,
    });
    const cy = lastCore();
    view.show(timeline.snapshotAt(0), { animate: false });
    expect(touchedBy(cy, () => view.select('a'))).toEqual(
      new Set(['n:a', 'e:ab', 'e:ac', 'n:d', 'n:e', 'e:de']),
    );
    expect(focusClasses(cy)).toEqual(expectedFocus(cy, character('a')));

    // c–d enters, away from a: only it is touched (and its ends, which grow with their
    // degree), and it arrives dimmed.
    expect(touchedBy(cy, () => view.show(timeline.snapshotAt(1), { animate: false }))).toEqual(
      new Set(['e:cd', 'n:c', 'n:d']),
    );
    expect(cy.getElementById('e:cd').hasClass('dimmed')).toBe(true);

    // a–d enters: d becomes a neighbour (a and d grow); c–d and d–e stay dimmed, untouched.
    expect(touchedBy(cy, () => view.show(timeline.snapshotAt(2), { animate: false }))).toEqual(
      new Set(['e:ad', 'n:a', 'n:d']),
    );
    expect(focusClasses(cy)).toEqual(expectedFocus(cy, character('a')));

    // Moving the focus to d touches only the two neighbourhoods.
    expect(touchedBy(cy, () => view.highlight(character('d')))).toEqual(
      new Set(['n:a', 'n:b', 'e:ab', 'e:ac', 'n:d', 'n:e', 'e:de', 'e:cd']),
    );
    expect(focusClasses(cy)).toEqual(expectedFocus(cy, character('d')));

    // Hovering a relationship focuses it and its two ends, and dims the rest.
    view.highlight({ kind: 'relationship', id: 'cd' });
    expect(focusClasses(cy)).toEqual(expectedFocus(cy, { kind: 'relationship', id: 'cd' }));
    expect(cy.getElementById('e:cd').hasClass('focus')).toBe(true);
    expect(cy.getElementById('n:c').hasClass('focus')).toBe(true);
    expect(cy.getElementById('n:b').hasClass('dimmed')).toBe(true);

    view.highlight(undefined);
    view.select(undefined);
    expect(focusClasses(cy)).toEqual(expectedFocus(cy, undefined));
    // Without a focus, a step touches only what it changes: two edges leave, and their
    // ends shrink back to their degree.
    expect(touchedBy(cy, () => view.show(timeline.snapshotAt(0), { animate: false }))).toEqual(
      new Set(['e:cd', 'e:ad', 'n:a', 'n:c', 'n:d']),
    );
    view.destroy();
  });

  it('reports the character or relationship under the pointer', () => {
    const timeline = smallCast();
    const onHover = vi.fn();
    const view = createGraphView(undefined, {
      dataset: timeline.dataset,
      positions: computeLayout(timeline.dataset),
      headless: true,
      onHover,
    });
    const cy = lastCore();
    view.show(timeline.snapshotAt(0), { animate: false });
    cy.getElementById('e:ab').emit('mouseover');
    expect(onHover).toHaveBeenLastCalledWith({ kind: 'relationship', id: 'ab' });
    cy.getElementById('e:ab').emit('mouseout');
    expect(onHover).toHaveBeenLastCalledWith(undefined);
    cy.getElementById('n:a').emit('mouseover');
    expect(onHover).toHaveBeenLastCalledWith({ kind: 'character', id: 'a' });
    view.destroy();
  });

  it('matches a from-scratch focus after any seeks, selections and hovers', () => {
    const timeline = timelineOf(shippedDataset());
    const positions = computeLayout(timeline.dataset);
    const ids = timeline.dataset.characters.map((entry) => entry.id);
    const relationshipIds = timeline.dataset.relationships.map((entry) => entry.id);
    const someone = fc.option(fc.constantFrom(...ids), { nil: undefined });
    const hoverable = fc.option(
      fc.oneof(
        fc.constantFrom(...ids).map(character),
        fc.constantFrom(...relationshipIds).map((id) => ({ kind: 'relationship' as const, id })),
      ),
      { nil: undefined },
    );
    const action = fc.oneof(
      fc.record({ kind: fc.constant('show' as const), episode: fc.nat(9), wait: fc.nat(320) }),
      fc.record({ kind: fc.constant('select' as const), character: someone }),
      fc.record({ kind: fc.constant('highlight' as const), target: hoverable }),
    );
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 25 }), (actions) => {
        const clock = fakeScheduler();
        const view = createGraphView(undefined, {
          dataset: timeline.dataset,
          positions,
          headless: true,
          scheduler: clock.scheduler,
        });
        const cy = lastCore();
        view.show(timeline.snapshotAt(0), { animate: false });
        let [selected, hovered] = [undefined as string | undefined, undefined as Target];
        for (const step of actions) {
          if (step.kind === 'show') view.show(timeline.snapshotAt(step.episode));
          else if (step.kind === 'select') view.select((selected = step.character));
          else view.highlight((hovered = step.target));
          // Checked before the clock moves: a step's focus counts what is still fading out.
          // A hovered target that is not drawn leaves the selection in focus.
          const drawnNow = (target: NonNullable<Target>) =>
            cy.getElementById(`${target.kind === 'character' ? 'n' : 'e'}:${target.id}`).nonempty();
          const focused =
            hovered && drawnNow(hovered)
              ? hovered
              : selected === undefined
                ? undefined
                : character(selected);
          expect(focusClasses(cy)).toEqual(expectedFocus(cy, focused));
          if (step.kind === 'show') clock.advance(step.wait);
        }
        view.destroy();
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
