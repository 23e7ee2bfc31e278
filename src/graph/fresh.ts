// What the episode introduced stays marked until the next step: a class on exactly those
// drawn elements. Like focus.ts, only elements whose mark changes get a class change.
import type { Core } from 'cytoscape';
import type { DrawnElement } from './scene';

export const FRESH_CLASS = 'is-new';

/** The ids of what an episode introduced or changed (the viewer core's frame diff). */
export interface Fresh {
  readonly characters: readonly string[];
  readonly relationships: readonly string[];
}

export interface FreshMarks {
  /** Marks what `fresh` names and is drawn, unmarks the rest; undefined marks nothing. */
  update(fresh: Fresh | undefined): void;
  /** Drops what it remembers of elements leaving Cytoscape. */
  forget(elements: readonly DrawnElement[]): void;
}

export function createFreshMarks(
  cy: Core,
  find: {
    node(characterId: string): DrawnElement | undefined;
    edge(relationshipId: string): DrawnElement | undefined;
  },
): FreshMarks {
  // Cytoscape ids of the marked elements.
  let marked = new Set<string>();
  return {
    update(fresh) {
      const next = new Map<string, DrawnElement>();
      const add = (element: DrawnElement | undefined) => {
        if (element) next.set(element.id(), element);
      };
      for (const id of fresh?.characters ?? []) add(find.node(id));
      for (const id of fresh?.relationships ?? []) add(find.edge(id));
      cy.batch(() => {
        for (const id of marked) {
          if (!next.has(id)) cy.getElementById(id).removeClass(FRESH_CLASS);
        }
        for (const [id, element] of next) {
          if (!marked.has(id)) element.addClass(FRESH_CLASS);
        }
      });
      marked = new Set(next.keys());
    },
    forget(elements) {
      for (const element of elements) marked.delete(element.id());
    },
  };
}
