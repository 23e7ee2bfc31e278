// The graph view, composed from its jobs: scene.ts (what Cytoscape holds), focus.ts
// (dimming), motion.ts (step animation), camera.ts (viewport and gestures), look.ts
// (stylesheet inputs) and export.ts (pictures). This file only wires them together.
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import { NODE_SIZE, type Snapshot } from '../model';
import { Animator, browserScheduler } from './animator';
import { cameraOptions, createCamera, fitFor, screenFontFor, styleAtZoom } from './camera';
import { preventCytoscapeStyleElement, styleNow } from './cytoscapeDom';
import { speedUpCytoscape } from './cytoscapeSpeed';
import { nodeId } from './elements';
import { createExport } from './export';
import { createFocus, type FocusTarget } from './focus';
import { createFreshMarks } from './fresh';
import type { GraphView, GraphViewOptions, ShowOptions } from './graphView';
import { createLabelPlacer, labelRoomOf } from './labels';
import { LABEL_MARGIN } from './labelStyles';
import { createLook, LARGE_VIEW, themeOf } from './look';
import { createMotion } from './motion';
import { createScene, type DrawnElement, type Step } from './scene';

export type {
  FocusTarget,
  FrameBox,
  Fresh,
  GraphView,
  GraphViewOptions,
  ShowOptions,
} from './graphView';
// Kept here too: bench/ imports them from this module.
export { LARGE_VIEW, viewStyleOptions } from './look';

/** Long enough to see a line drawn from one character to another; short enough for 1.5 s play. */
export const STEP_DURATION = 560;

/**
 * A step that enters, leaves or changes more elements than this is drawn at once, without
 * motion: nobody follows hundreds of lines drawing themselves, and at 1,000 / 5,000 each
 * animated frame restyled every moving element (`npm run bench`: 147 long tasks over a
 * 100-step play, about one and a half per step). Its new elements stay marked (fresh.ts).
 */
export const MOTION_LIMIT = 200;

/**
 * A first picture of more elements than SLICE_FROM, asked for `inSlices`, comes over several
 * frames in parts of SLICE_ELEMENTS elements, each styled at once (Cytoscape would style it all
 * in the frame that draws it), as many parts a frame as fit in SLICE_BUDGET ms. A fixed 150
 * a frame held the page 230-400 ms per frame in `npm run measure:import` (a character
 * styles in about 1.5 ms there, a relationship in 0.3): a budget fits the machine instead.
 * It is 30 ms, not 50, to leave room in the frame for Cytoscape's drawing (25-75 ms) and a
 * garbage collection (up to 71 ms on the page with a 200,000-relationship show held).
 * A part is 25 elements, not 50: a budget cannot cut a part short, and now and then one
 * 50-character part early in the picture (the 4th to 7th) took 150-265 ms instead of 30-60,
 * so 3 of 10 opens held a frame over 200 ms. With parts of 25, over 30 opens, the slowest
 * part took 53 ms and the longest frame gap was 183 ms (`npm run measure:import`, which
 * lists each picture's slowest parts from the user-timing entries below).
 */
export const SLICE_ELEMENTS = 25;
export const SLICE_BUDGET = 30;
/**
 * Pictures up to this size come in one go: a shipped show's fullest episode (Tiny Pretty
 * Things' finale, 104 elements) draws in the frame that asks for it, as it always did.
 */
export const SLICE_FROM = 150;

export const FIRST_PICTURE_PART = 'plotweb:first-picture-part';
/**
 * A user-timing entry for each part of a first picture (DevTools' Timings track, and
 * `npm run measure:import`, which lists the slowest): when it began, how long adding and
 * styling took, and how many elements it held.
 */
function measurePart(start: number, added: number, end: number, elements: number) {
  performance.measure(FIRST_PICTURE_PART, {
    start,
    end,
    detail: { add: added - start, style: end - added, elements },
  });
}

/** Half the largest node (nodeSize.ts) plus its border: the fit keeps room for any of them. */
const NODE_HALF = NODE_SIZE.max / 2 + 2;

/**
 * A character's size at rest, border included (the placement keeps labels off it): its
 * `size` for its degree, not the width it has mid-animation while growing in or out.
 */
const nodeSize = (node: NodeSingular) => {
  const size = Number(node.data('size'));
  const bare = Number.isFinite(size) && size > 0 ? size : node.numericStyle('width');
  return { bare, border: node.numericStyle('border-width') };
};

export function createGraphView(
  container: HTMLElement | undefined,
  options: GraphViewOptions,
): GraphView {
  const { dataset, positions } = options;
  const headless = options.headless === true;
  const large = dataset.characters.length > LARGE_VIEW;
  const look = createLook(dataset, themeOf(options.theme), options.webgl === true);
  let reducedMotion = options.reducedMotion ?? false;
  const duration = options.duration ?? STEP_DURATION;
  const scheduler = options.scheduler ?? browserScheduler;

  const names = new Map(dataset.characters.map((character) => [character.id, character.name]));
  const labelRoom = large
    ? undefined
    : (fontPx: number) => ({
        ...labelRoomOf(names, fontPx),
        nodeHalf: NODE_HALF,
        margin: LABEL_MARGIN,
      });
  // The stylesheet for the zoom the first fit will choose: Cytoscape parses it once, at
  // start, instead of again right after (font size and edge rules follow the zoom).
  if (container && !headless && container.clientWidth > 0 && container.clientHeight > 0) {
    const { clientWidth: width, clientHeight: height } = container;
    const { viewport } = fitFor(
      { positions, labelRoom, stretch: { layout: positions } },
      width,
      height,
    );
    if (viewport)
      look.setStyle(styleAtZoom(look.style, viewport.zoom, large, screenFontFor(width)));
  }

  if (!headless) preventCytoscapeStyleElement(container);
  const cy: Core = cytoscape({
    ...(headless || !container ? { headless: true, styleEnabled: true } : { container }),
    style: look.stylesheet(),
    ...(options.webgl && !headless ? { renderer: { name: 'canvas', webgl: true } } : {}),
    ...cameraOptions(large, options.gestures),
    boxSelectionEnabled: false,
    autoungrabify: true,
    selectionType: 'single',
  });
  speedUpCytoscape(cy);
  // Where characters are drawn: the layout, stretched by the camera to the canvas's shape.
  const placed = new Map(positions);
  let stretched = { x: 1, y: 1 };
  const scene = createScene(cy, dataset, placed);
  const find = (target: FocusTarget) =>
    target.kind === 'character' ? scene.node(target.id) : scene.edge(target.id);
  const focus = createFocus(cy, find);
  const fresh = createFreshMarks(cy, scene);
  const motion = createMotion(cy, new Animator(scheduler), {
    drawLines: options.webgl !== true,
  });
  const camera = createCamera(cy, {
    container,
    headless,
    positions: placed,
    large,
    look,
    gestures: options.gestures,
    labelRoom,
    stretch: {
      layout: positions,
      apply(by) {
        if (by.x === stretched.x && by.y === stretched.y) return;
        stretched = by;
        for (const [id, { x, y }] of positions) placed.set(id, { x: x * by.x, y: y * by.y });
        cy.batch(() => {
          for (const node of cy.nodes()) {
            const at = placed.get(node.data('ref') as string);
            if (at) node.position({ ...at });
          }
        });
      },
    },
  });
  const pictures = createExport(cy, container, headless, () => look.theme);
  let selected: string | undefined;
  let hovered: FocusTarget | undefined;
  // A hovered target not drawn (an ended relationship's row, say) keeps the selection's focus.
  const focusTarget = (): FocusTarget | undefined =>
    hovered && find(hovered)
      ? hovered
      : selected === undefined
        ? undefined
        : { kind: 'character', id: selected };
  // The character whose label is placed first: the hovered one, else the selected one.
  const firstLabel = () => (hovered?.kind === 'character' ? hovered.id : selected);
  // Big casts hide labels by zoom instead (look.ts): no placement pass on their steps.
  const labels = large || headless ? undefined : createLabelPlacer(cy, nodeSize);
  let labelFrame: number | undefined;
  /** The hovered character whose label had no room: shown while the pointer stays. */
  let revealed: string | undefined;
  let destroyed = false;
  // A step that lands while the view is destroyed still queues its last placement.
  const placeLabels = (leaving?: ReadonlySet<NodeSingular>) => {
    if (!destroyed)
      labels?.place(leaving, firstLabel(), revealed === undefined ? undefined : nodeId(revealed));
  };
  // Pan, zoom and resize: once per frame at most.
  cy.on('viewport resize', () => {
    if (!labels || labelFrame !== undefined) return;
    labelFrame = requestAnimationFrame(() => {
      labelFrame = undefined;
      placeLabels();
    });
  });

  function removeLeaving(leaving: readonly DrawnElement[]) {
    focus.forget(leaving);
    fresh.forget(leaving);
    scene.remove(leaving);
  }

  // A first picture drawn over several frames: the newest snapshot asked for, and the frame
  // that adds its next slice. Steps asked for meanwhile only change where it is heading.
  let slicing: { snapshot: Snapshot; options: ShowOptions; frame: number } | undefined;

  /**
   * One batch for a step or a slice: the diff, the marks, the new elements' focus looks.
   * What leaves goes at once unless `keepLeaving` (motion fades it out first).
   */
  function applyStep(
    snapshot: Snapshot,
    stepOptions: ShowOptions,
    { limit, keepLeaving }: { limit?: number; keepLeaving?: (step: Step) => boolean } = {},
  ) {
    cy.startBatch();
    const step = scene.apply(snapshot, stepOptions.hiddenTypes, limit);
    const kept = keepLeaving?.(step) ?? false;
    if (!kept) removeLeaving(step.leaving);
    fresh.update(stepOptions.fresh);
    focus.update(focusTarget(), step.entering);
    cy.endBatch();
    return { step, kept };
  }

  function addSlice() {
    if (!slicing) return;
    const started = scheduler.now();
    let step: Step;
    let ended = started;
    // Another part only if it fits in the budget, were it as slow as the last one.
    let last: number;
    do {
      const before = ended;
      ({ step } = applyStep(slicing.snapshot, slicing.options, { limit: SLICE_ELEMENTS }));
      const added = scheduler.now();
      styleNow(cy, step.entering);
      ended = scheduler.now();
      if (scheduler === browserScheduler) measurePart(before, added, ended, step.entering.length);
      last = ended - before;
    } while (step.pending && ended - started + last <= SLICE_BUDGET);
    if (step.pending) {
      slicing.frame = scheduler.request(addSlice);
      return;
    }
    slicing = undefined;
    placeLabels();
  }

  function show(snapshot: Snapshot, showOptions: ShowOptions = {}) {
    if (slicing) {
      slicing.snapshot = snapshot;
      slicing.options = showOptions;
      return;
    }
    const size = snapshot.characters.length + snapshot.relationships.length;
    // Headless views slice only when a test drives the clock, as they animate.
    const sliced = showOptions.inSlices && (!headless || options.scheduler !== undefined);
    if (sliced && size > SLICE_FROM && cy.elements().empty()) {
      slicing = { snapshot, options: showOptions, frame: 0 };
      addSlice();
      return;
    }
    motion.land();
    // Headless views animate only when a test drives the clock.
    const animate =
      (showOptions.animate ?? true) &&
      !reducedMotion &&
      (!headless || options.scheduler !== undefined);
    const { step, kept: play } = applyStep(snapshot, showOptions, {
      // A step that moves too much lands at once (MOTION_LIMIT).
      keepLeaving: ({ entering, leaving, changed }) => {
        const moving = entering.length + leaving.length + changed.length;
        return animate && moving > 0 && moving <= MOTION_LIMIT;
      },
    });
    const leavingNodes = new Set(step.leaving.filter((element) => element.isNode()));
    // After the batch, when Cytoscape has styled what it changed: motion reads the new looks.
    // Nothing paints in between, so new elements never flash at full opacity.
    if (play) {
      motion.play(step, duration, (leaving) => {
        removeLeaving(leaving);
        // Entering characters have grown to full size: place again, after the batch.
        queueMicrotask(() => placeLabels());
      });
    }
    placeLabels(leavingNodes);
  }

  cy.on('tap', 'node', (event) => {
    options.onSelect?.((event.target as NodeSingular).data('ref') as string);
  });
  cy.on('tap', (event) => {
    if (event.target === cy) options.onSelect?.(undefined);
  });
  cy.on('mouseover', 'node, edge', (event) => {
    const element = event.target as NodeSingular | EdgeSingular;
    const id = element.data('ref') as string;
    options.onHover?.({ kind: element.isNode() ? 'character' : 'relationship', id });
  });
  cy.on('mouseout', 'node, edge', () => options.onHover?.(undefined));

  return {
    show,
    select(id) {
      selected = id;
      focus.update(focusTarget());
      placeLabels();
    },
    highlight(target) {
      hovered = target;
      focus.update(focusTarget());
      // Labels stay where they are while the pointer moves over the graph; only a character
      // whose label had no room gets it, placed first, until the pointer leaves.
      const id = hovered?.kind === 'character' ? hovered.id : undefined;
      const before = revealed;
      revealed = id !== undefined && labels?.isHidden(nodeId(id)) === true ? id : undefined;
      if (revealed !== before) placeLabels();
    },
    focus(target) {
      const element = target.kind === 'character' ? scene.node(target.id) : scene.edge(target.id);
      if (element) camera.centreOn(element, reducedMotion);
    },
    setTheme(next) {
      // The app sets the theme the view was made with once it has the view: restyling every
      // element for that held the page for 120-300 ms in `npm run measure:import`.
      if (!look.setTheme(themeOf(next))) return;
      cy.style(look.stylesheet());
      placeLabels();
    },
    setReducedMotion(reduced) {
      reducedMotion = reduced;
    },
    zoomBy: (factor) => camera.zoomBy(factor),
    fit: () => camera.fit(),
    redraw: () => cy.forceRender(),
    png: (pngOptions) => pictures.png(pngOptions),
    drawFrame: (context, box) => pictures.drawFrame(context, box),
    drawn: () => scene.drawn(),
    // Measurement only (scripts and browser tests): loaded when first asked for.
    sample: async () => (await import('./viewSample')).sampleView(cy),
    get animating() {
      return motion.running || slicing !== undefined;
    },
    resize: () => camera.resize(),
    destroy() {
      destroyed = true;
      if (labelFrame !== undefined) cancelAnimationFrame(labelFrame);
      if (slicing) scheduler.cancel(slicing.frame);
      slicing = undefined;
      motion.land();
      camera.destroy();
      cy.destroy();
    },
  };
}
