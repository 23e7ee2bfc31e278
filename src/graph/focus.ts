// Focus and dimming, sigma-style: each element's look is derived by a pure reducer from
// the focused character's (or relationship's) neighbourhood, and only elements whose derived
// look changed get a class change (a class change restyles the element; that is most of a
// step's cost).
import type { Core } from 'cytoscape';
import type { DrawnElement } from './scene';

export type FocusLook = 'focus' | 'focus-quiet' | 'dimmed' | 'normal';

export interface FocusTarget {
  readonly kind: 'character' | 'relationship';
  readonly id: string;
}

/**
 * What is in focus and what it touches, as drawn now (fading-out elements included): a
 * character with its neighbours and relationships, or a relationship with its two ends.
 */
export interface Neighbourhood {
  /** Drawn as the focus: the focused character, or the focused relationship's two ends. */
  readonly characters: ReadonlySet<string>;
  readonly neighbours: ReadonlySet<string>;
  readonly relationships: ReadonlySet<string>;
}

/** Edge labels help on a few edges and become a tangle on a hub's many. */
export const MAX_LABELLED_EDGES = 6;

export function focusOf(target: FocusTarget, focus: Neighbourhood | undefined): FocusLook {
  if (!focus) return 'normal';
  if (target.kind === 'character') {
    if (focus.characters.has(target.id)) return 'focus';
    return focus.neighbours.has(target.id) ? 'normal' : 'dimmed';
  }
  if (!focus.relationships.has(target.id)) return 'dimmed';
  return focus.relationships.size <= MAX_LABELLED_EDGES ? 'focus' : 'focus-quiet';
}

export interface Focus {
  /**
   * Brings every element's classes to its derived look for the target in focus (or
   * none). `entering` are the elements a step just added, which have no look yet.
   */
  update(target: FocusTarget | undefined, entering?: readonly DrawnElement[]): void;
  /** Drops what it remembers of elements leaving Cytoscape. */
  forget(elements: readonly DrawnElement[]): void;
}

const targetOf = (element: DrawnElement): FocusTarget => ({
  kind: element.isNode() ? 'character' : 'relationship',
  id: element.data('ref') as string,
});

const refs = (elements: { map(f: (e: DrawnElement) => string): string[] }) =>
  new Set(elements.map((element) => element.data('ref') as string));

function neighbourhoodOf(element: DrawnElement): Neighbourhood {
  if (element.isEdge()) {
    const ends = refs(element.connectedNodes());
    return { characters: ends, neighbours: ends, relationships: refs(element) };
  }
  return {
    characters: refs(element),
    neighbours: refs(element.neighborhood('node')),
    relationships: refs(element.connectedEdges()),
  };
}

export function createFocus(
  cy: Core,
  find: (target: FocusTarget) => DrawnElement | undefined,
): Focus {
  // The look each element shows now, by Cytoscape id, for elements not 'normal' (absent
  // means normal). Ids, not objects: cy.add returns a new collection around each element.
  const shown = new Map<string, FocusLook>();
  let focus: Neighbourhood | undefined;
  let focusElements: DrawnElement[] = [];

  function update(target: FocusTarget | undefined, entering: readonly DrawnElement[] = []) {
    const focused = target === undefined ? undefined : find(target);
    // Without a focus before or after, nothing can change: new elements are normal.
    if (!focus && !focused) return;
    const next = focused ? neighbourhoodOf(focused) : undefined;
    const nextElements: DrawnElement[] = !focused
      ? []
      : focused.isNode()
        ? focused.closedNeighborhood().toArray()
        : focused.union(focused.connectedNodes()).toArray();
    // Which elements can change look: under any focus, everything outside the focused
    // element's closed neighbourhood is dimmed, so from one focus to another only the
    // two neighbourhoods and new elements can change; turning focus on or off changes all.
    const candidates: Iterable<DrawnElement> = !next
      ? [...shown.keys()].map((id) => cy.getElementById(id))
      : !focus
        ? cy.elements().toArray()
        : [...focusElements, ...nextElements, ...entering];
    cy.batch(() => {
      for (const element of candidates) {
        // What left Cytoscape since the last update was forgotten then.
        if (element.empty() || element.removed()) continue;
        const id = element.id();
        const before = shown.get(id) ?? 'normal';
        const look = focusOf(targetOf(element), next);
        if (look === before) continue;
        if (before !== 'normal') element.removeClass(before);
        if (look === 'normal') shown.delete(id);
        else {
          element.addClass(look);
          shown.set(id, look);
        }
      }
    });
    focus = next;
    focusElements = nextElements;
  }

  return {
    update,
    forget(elements) {
      for (const element of elements) shown.delete(element.id());
    },
  };
}
