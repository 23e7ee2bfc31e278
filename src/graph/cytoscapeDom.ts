// Small adapters around Cytoscape's DOM and typings, kept out of the view's main logic.
import type {
  CollectionArgument,
  CollectionReturnValue,
  Core,
  EdgeSingular,
  NodeSingular,
} from 'cytoscape';

/** Cytoscape accepts an array of elements here at run time; its typings only list definitions. */
export function asCollection(
  cy: Core,
  elements: readonly (NodeSingular | EdgeSingular)[],
): CollectionReturnValue {
  return cy.collection(elements as unknown as CollectionArgument);
}

/**
 * Styles elements now rather than in the frame that draws them (what Cytoscape does
 * with elements whose style is out of date); its typings leave `cleanStyle` out.
 */
export function styleNow(cy: Core, elements: readonly (NodeSingular | EdgeSingular)[]) {
  (asCollection(cy, elements) as unknown as { cleanStyle(): void }).cleanStyle();
}

/**
 * Cytoscape adds a <style> element for `.__________cytoscape_container { position: relative }`
 * unless an element with its id exists; under a strict Content-Security-Policy that insert
 * is refused and logged. An inert marker stops it; our containers set the position themselves.
 */
export function preventCytoscapeStyleElement(container: HTMLElement | undefined) {
  if (!container) return;
  const document = container.ownerDocument;
  if (document.getElementById('__________cytoscape_stylesheet')) return;
  const marker = document.createElement('meta');
  marker.id = '__________cytoscape_stylesheet';
  marker.setAttribute('name', 'plotweb-cytoscape-style-marker');
  document.head.append(marker);
  if (getComputedStyle(container).position === 'static') container.style.position = 'relative';
}
