// The fair baseline: react-cytoscapejs doing exactly the work Plotweb's view does. It gets
// the stylesheet Plotweb's view uses at the fitted zoom (simple edges included), the same
// cytoscape() options, the same element definitions (elements.ts) with the same data and
// positions, and the same viewport. Each step recomputes the elements array from the
// snapshot and re-renders the component with flushSync; react-cytoscapejs diffs it into
// Cytoscape. `fingerprint` (fingerprint.ts) checks at run time that both hold the same.
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import CytoscapeComponent from 'react-cytoscapejs';
import { cameraOptions, screenFontFor, styleAtZoom } from '../src/graph/camera';
import { edgeDefinition, nodeDefinition } from '../src/graph/elements';
import { createLook, LARGE_VIEW } from '../src/graph/look';
import { GRAPH_THEMES } from '../src/graph/theme';
import { degrees, nodeSize, type Dataset, type Point, type Snapshot } from '../src/model';
import type { Baseline } from './baseline';
import { fitViewport } from './measure';

const WIDTH = 1280;
const HEIGHT = 800;

/** The stylesheet and viewport Plotweb's view settles on at 1280×800 for a big cast. */
export function fairLook(dataset: Dataset, positions: ReadonlyMap<string, Point>) {
  const large = dataset.characters.length > LARGE_VIEW;
  const viewport = fitViewport(positions, WIDTH, HEIGHT) ?? { zoom: 1, pan: { x: 0, y: 0 } };
  const look = createLook(dataset, GRAPH_THEMES.light, false);
  look.setStyle(styleAtZoom(look.style, viewport.zoom, large, screenFontFor(WIDTH)));
  return { large, viewport, stylesheet: look.stylesheet() };
}

/**
 * The element definitions Plotweb's view draws for a snapshot (src/graph/elements.ts, sized
 * by degree), for every contender that must hold exactly the view's elements.
 */
export function snapshotElements(
  snapshot: Snapshot,
  dataset: Dataset,
  positions: ReadonlyMap<string, Point>,
  typeIndex: ReadonlyMap<string, number>,
): ElementDefinition[] {
  const present = new Set(snapshot.characters.map((entry) => entry.character.id));
  const degree = degrees(snapshot.relationships);
  return [
    ...snapshot.characters.map((entry) =>
      nodeDefinition(
        entry,
        positions.get(entry.character.id) ?? { x: 0, y: 0 },
        dataset,
        nodeSize(degree.get(entry.character.id) ?? 0),
      ),
    ),
    ...snapshot.relationships
      .filter(({ source, target }) => present.has(source) && present.has(target))
      .map((relationship) => edgeDefinition(relationship, dataset, typeIndex)),
  ];
}

export function createFairBaseline(
  container: HTMLElement,
  dataset: Dataset,
  positions: ReadonlyMap<string, Point>,
): Baseline {
  const { large, viewport, stylesheet } = fairLook(dataset, positions);
  const camera = cameraOptions(large, undefined);
  const typeIndex = new Map(dataset.types.map((type, index) => [type.id, index]));
  const root = createRoot(container);
  let cy: Core | undefined;
  const elementsOf = (snapshot: Snapshot) =>
    snapshotElements(snapshot, dataset, positions, typeIndex);
  const render = (snapshot: Snapshot) =>
    flushSync(() =>
      root.render(
        <CytoscapeComponent
          elements={elementsOf(snapshot)}
          stylesheet={stylesheet as unknown as StylesheetJson}
          style={{ width: `${WIDTH}px`, height: `${HEIGHT}px` }}
          zoom={viewport.zoom}
          pan={viewport.pan}
          minZoom={camera.minZoom}
          maxZoom={camera.maxZoom}
          hideEdgesOnViewport={camera.hideEdgesOnViewport}
          textureOnViewport={camera.textureOnViewport}
          pixelRatio={camera.pixelRatio}
          cy={(instance: Core) => {
            cy = instance;
          }}
          autoungrabify
          boxSelectionEnabled={false}
        />,
      ),
    );
  return {
    show: render,
    redraw: () => cy?.forceRender(),
    count: () => cy?.elements().length ?? 0,
    core: () => cy,
    destroy: () => root.unmount(),
  };
}
