// The graph view, composed from its jobs: scene.ts (what Cytoscape holds), focus.ts
// (dimming), motion.ts (step animation), camera.ts (viewport and gestures), look.ts
// (stylesheet inputs) and export.ts (pictures). This file only wires them together.
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { Snapshot } from '../model';
import { Animator, browserScheduler } from './animator';
import { cameraOptions, createCamera } from './camera';
import { preventCytoscapeStyleElement } from './cytoscapeDom';
import { createExport } from './export';
import { createFocus } from './focus';
import type { GraphView, GraphViewOptions, ShowOptions } from './graphView';
import { createLook, LARGE_VIEW, themeOf } from './look';
import { createMotion } from './motion';
import { createScene, type DrawnElement } from './scene';
import { sampleView } from './viewSample';

export type { FrameBox, GraphView, GraphViewOptions, ShowOptions } from './graphView';
// Kept here too: bench/ imports them from this module.
export { LARGE_VIEW, viewStyleOptions } from './look';

export function createGraphView(
  container: HTMLElement | undefined,
  options: GraphViewOptions,
): GraphView {
  const { dataset, positions } = options;
  const headless = options.headless === true;
  const large = dataset.characters.length > LARGE_VIEW;
  const look = createLook(dataset, themeOf(options.theme), options.webgl === true);
  let reducedMotion = options.reducedMotion ?? false;
  const duration = options.duration ?? 260;

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
  const scene = createScene(cy, dataset, positions);
  const focus = createFocus(cy, scene.node);
  const motion = createMotion(cy, new Animator(options.scheduler ?? browserScheduler));
  const camera = createCamera(cy, {
    container,
    headless,
    positions,
    large,
    look,
    gestures: options.gestures,
  });
  const pictures = createExport(cy, container, headless, () => look.theme);
  let selected: string | undefined;
  let hovered: string | undefined;

  function removeLeaving(leaving: readonly DrawnElement[]) {
    focus.forget(leaving);
    scene.remove(leaving);
  }

  function show(snapshot: Snapshot, showOptions: ShowOptions = {}) {
    motion.land();
    // Headless views animate only when a test drives the clock.
    const animate =
      (showOptions.animate ?? true) &&
      !reducedMotion &&
      (!headless || options.scheduler !== undefined);
    // One batch for the whole step: the diff, the new elements' focus looks, the first frame.
    cy.batch(() => {
      const step = scene.apply(snapshot, showOptions.hiddenTypes);
      if (!animate) removeLeaving(step.leaving);
      focus.update(hovered ?? selected, step.entering);
      if (animate) motion.play(step, duration, removeLeaving);
    });
  }

  cy.on('tap', 'node', (event) => {
    options.onSelect?.((event.target as NodeSingular).data('ref') as string);
  });
  cy.on('tap', (event) => {
    if (event.target === cy) options.onSelect?.(undefined);
  });
  cy.on('mouseover', 'node', (event) =>
    options.onHover?.((event.target as NodeSingular).data('ref') as string),
  );
  cy.on('mouseout', 'node', () => options.onHover?.(undefined));

  return {
    show,
    select(id) {
      selected = id;
      focus.update(hovered ?? selected);
    },
    highlight(id) {
      hovered = id;
      focus.update(hovered ?? selected);
    },
    focus(target) {
      const element = target.kind === 'character' ? scene.node(target.id) : scene.edge(target.id);
      if (element) camera.centreOn(element, reducedMotion);
    },
    setTheme(next) {
      look.setTheme(themeOf(next));
      cy.style(look.stylesheet());
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
    sample: () => sampleView(cy),
    get animating() {
      return motion.running;
    },
    resize: () => camera.resize(),
    destroy() {
      motion.land();
      camera.destroy();
      cy.destroy();
    },
  };
}
