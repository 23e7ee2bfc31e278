// Lets a test watch the Cytoscape instance a graph view makes, without a test-only API on
// the view: the test file mocks 'cytoscape' with `rememberingCytoscape` (see its use).
import type { Core, CytoscapeOptions } from 'cytoscape';

type Cytoscape = (options?: CytoscapeOptions) => Core;
let last: Core | undefined;

export function rememberingCytoscape(actual: { default: Cytoscape }): { default: Cytoscape } {
  const create = (options?: CytoscapeOptions) => (last = actual.default(options));
  return { default: Object.assign(create, actual.default) };
}

/** The Cytoscape instance made most recently. */
export function lastCore(): Core {
  if (!last) throw new Error('no Cytoscape instance yet: is cytoscape mocked in this file?');
  return last;
}

const EVENTS = 'add remove class data style';

/** Ids of elements added, removed, or whose classes, data or style change while `action` runs. */
export function touchedBy(cy: Core, action: () => void): Set<string> {
  const touched = new Set<string>();
  const record = (event: { target: unknown }) => {
    if (event.target !== cy) touched.add((event.target as { id(): string }).id());
  };
  cy.on(EVENTS, record);
  action();
  cy.off(EVENTS, record);
  return touched;
}
