// What the inspector reports of the live canvas for viewMetrics.ts: each drawn character's
// box and its label's box in rendered px, read from Cytoscape's own bounding boxes.
import type { Core, NodeSingular } from 'cytoscape';
import { LABEL_ONLY } from './labels';
import type { Box, ViewSample } from './viewMetrics';

const NODE_ONLY = { includeNodes: true, includeLabels: false, includeOverlays: false } as const;

const boxOf = ({ x1, y1, x2, y2 }: Box): Box => ({ x1, y1, x2, y2 });

function labelDrawn(node: NodeSingular, fontPx: number): boolean {
  if (!String(node.data('label') ?? '')) return false;
  if (node.numericStyle('text-opacity') === 0 || node.numericStyle('opacity') === 0) return false;
  if (node.style('visibility') === 'hidden' || node.style('display') === 'none') return false;
  return fontPx >= node.numericStyle('min-zoomed-font-size');
}

export function sampleView(cy: Core): ViewSample {
  const zoom = cy.zoom();
  const nodes = cy
    .nodes()
    .toArray()
    .filter((node) => node.numericStyle('opacity') > 0)
    .map((node) => {
      const fontPx = node.numericStyle('font-size') * zoom;
      const label = node.renderedBoundingBox(LABEL_ONLY);
      const { x, y } = node.renderedPosition();
      return {
        id: node.data('ref') as string,
        x,
        y,
        box: boxOf(node.renderedBoundingBox(NODE_ONLY)),
        label: label.w > 0 ? boxOf(label) : undefined,
        labelDrawn: label.w > 0 && labelDrawn(node, fontPx),
        fontPx,
      };
    });
  const edges = cy
    .edges()
    .toArray()
    .filter((edge) => edge.numericStyle('opacity') > 0 && edge.style('display') !== 'none')
    .map((edge) => ({
      source: edge.source().data('ref') as string,
      target: edge.target().data('ref') as string,
      mid: edge.renderedMidpoint(),
    }));
  return { width: cy.width(), height: cy.height(), nodes, edges };
}
