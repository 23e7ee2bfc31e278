// The naive app: a typical react-cytoscapejs app written without Plotweb's drawing rules.
// Each step recomputes the elements array from the snapshot and re-renders the component,
// which diffs them into Cytoscape. It draws full bezier edges with arrows and dashes at
// every zoom and plain elements (no size data, no group classes), so it is not a fair
// baseline (fairBaseline.tsx is); the bench prints it as "naive app" only.
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Dataset, Point, Snapshot } from '../src/model';
import { fitViewport } from './measure';

export interface Baseline {
  show(snapshot: Snapshot): void;
  redraw(): void;
  count(): number;
  /** The Cytoscape instance, once mounted (the fairness check reads it). */
  core(): Core | undefined;
  destroy(): void;
}

export function createBaseline(
  container: HTMLElement,
  dataset: Dataset,
  positions: ReadonlyMap<string, Point>,
  stylesheet: StylesheetJson,
): Baseline {
  const typeIndex = new Map(dataset.types.map((type, index) => [type.id, index]));
  const root = createRoot(container);
  let cy: Core | undefined;
  const elementsOf = (snapshot: Snapshot): ElementDefinition[] => [
    ...snapshot.characters.map((entry) => ({
      data: { id: `n:${entry.character.id}`, label: entry.character.name },
      position: { ...(positions.get(entry.character.id) ?? { x: 0, y: 0 }) },
    })),
    ...snapshot.relationships.map((relationship) => ({
      data: {
        id: `e:${relationship.id}`,
        source: `n:${relationship.source}`,
        target: `n:${relationship.target}`,
      },
      classes: `t${typeIndex.get(relationship.type) ?? 0}`,
    })),
  ];
  const render = (snapshot: Snapshot) =>
    flushSync(() =>
      root.render(
        <CytoscapeComponent
          elements={elementsOf(snapshot)}
          stylesheet={stylesheet}
          layout={{ name: 'preset', fit: false }}
          style={{ width: '1280px', height: '800px' }}
          cy={(instance: Core) => {
            if (cy !== instance)
              instance.viewport(
                fitViewport(positions, 1280, 800) ?? { zoom: 1, pan: { x: 0, y: 0 } },
              );
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
