// The floor under the widget's cold load: stock Cytoscape and nothing else, drawing the
// widget's first picture. scripts/bench.ts reads that picture from the live widget (style
// JSON, elements with positions and classes, viewport, canvas size and init options) into
// floor.json, checks that this page ends up holding exactly the same, and then times both
// cold loads alike. No data file to read and check, no timeline, no label placement, no
// controls: what is left is what Cytoscape alone costs on this machine.
import cytoscape, {
  type CytoscapeOptions,
  type ElementDefinition,
  type StylesheetJson,
} from 'cytoscape';

export interface FirstPicture {
  readonly width: number;
  readonly height: number;
  readonly zoom: number;
  readonly pan: { x: number; y: number };
  readonly style: unknown;
  readonly elements: ElementDefinition[];
  readonly options: Partial<CytoscapeOptions>;
}

async function draw() {
  const picture = (await (await fetch('floor.json')).json()) as FirstPicture;
  const stage = document.getElementById('stage') as HTMLElement;
  stage.style.width = `${picture.width}px`;
  stage.style.height = `${picture.height}px`;
  cytoscape({
    ...picture.options,
    container: stage,
    style: picture.style as StylesheetJson,
    elements: picture.elements,
    // Positions as given, and the widget's viewport: with a container Cytoscape would
    // otherwise run a grid layout and fit it.
    layout: { name: 'preset', fit: false },
    zoom: picture.zoom,
    pan: picture.pan,
  });
  document.body.dataset.drawn = 'true';
}

void draw();
