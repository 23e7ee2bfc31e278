// What a contender's Cytoscape holds, as one comparable record: the style JSON, every
// element (group, data, position, classes), the viewport and the init options that change
// drawing. The bench refuses to time a baseline whose fingerprint differs from Plotweb's.
import type { Core } from 'cytoscape';

interface Private {
  _private: { options: Record<string, unknown>; selectionType: unknown };
}

/** The Cytoscape instance a container holds (Cytoscape registers it on the container). */
export function coreIn(container: HTMLElement): Core | undefined {
  const holder =
    (container as unknown as { _cyreg?: { cy?: Core } })._cyreg !== undefined
      ? container
      : container.querySelector('div');
  return (holder as unknown as { _cyreg?: { cy?: Core } } | null)?._cyreg?.cy;
}

export interface Fingerprint {
  readonly style: string;
  readonly elements: string;
  readonly options: string;
  readonly counts: { readonly nodes: number; readonly edges: number };
}

export function fingerprint(cy: Core): Fingerprint {
  const { options, selectionType } = (cy as unknown as Private)._private;
  const elements = cy
    .elements()
    .map((element) => ({
      group: element.group(),
      data: element.data() as Record<string, unknown>,
      position: element.isNode() ? element.position() : undefined,
      classes: [...(element.classes() as unknown as string[])].sort(),
    }))
    .sort((a, b) => String(a.data.id).localeCompare(String(b.data.id)));
  return {
    style: JSON.stringify((cy.style() as unknown as { json(): unknown }).json()),
    elements: JSON.stringify(elements),
    options: JSON.stringify({
      zoom: cy.zoom(),
      pan: cy.pan(),
      width: cy.width(),
      height: cy.height(),
      minZoom: cy.minZoom(),
      maxZoom: cy.maxZoom(),
      boxSelectionEnabled: cy.boxSelectionEnabled(),
      autoungrabify: cy.autoungrabify(),
      ...Object.fromEntries(
        [
          'hideEdgesOnViewport',
          'textureOnViewport',
          'pixelRatio',
          'motionBlur',
          'wheelSensitivity',
        ].map((key) => [key, options[key] ?? null]),
      ),
      // What Cytoscape made of the option (it defaults to 'single').
      selectionType,
      renderer: options.renderer,
    }),
    counts: { nodes: cy.nodes().length, edges: cy.edges().length },
  };
}

/** The first difference between two fingerprints, in words; undefined when identical. */
export function difference(a: Fingerprint, b: Fingerprint): string | undefined {
  for (const key of ['style', 'elements', 'options'] as const) {
    if (a[key] === b[key]) continue;
    let at = 0;
    while (at < a[key].length && a[key][at] === b[key][at]) at++;
    const around = (text: string) => text.slice(Math.max(0, at - 80), at + 80);
    return `${key} differ at character ${at}: Plotweb …${around(a[key])}… baseline …${around(b[key])}…`;
  }
  return undefined;
}

/** Whether Cytoscape is drawing element by element because something changed < 250 ms ago. */
export function skippingLayers(cy: Core): boolean {
  const renderer = (
    cy as unknown as { renderer(): { data?: { lyrTxrCache?: { skipping: boolean } } } }
  ).renderer();
  return renderer.data?.lyrTxrCache?.skipping === true;
}

/** A short hash of a fingerprint, for comparing runs on different pages. */
export function digest(print: Fingerprint): string {
  let hash = 0x811c9dc5;
  for (const text of [print.style, print.elements, print.options]) {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return `${hash.toString(16)}/${print.counts.nodes}n/${print.counts.edges}e`;
}
