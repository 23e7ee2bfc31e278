// The graph view: the only Cytoscape user. Cytoscape holds just what is visible (plus
// what is fading out); each step touches only the elements that changed, in one batch,
// and one timer animates them.
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import type { CharacterAt, Dataset, Relationship, Snapshot } from '../model';
import { Animator, browserScheduler, type Scheduler } from './animator';
import {
  edgeDefinition,
  edgeId,
  nodeDefinition,
  nodeId,
  nodeLabel,
  STATE_CLASSES,
} from './elements';
import { stateKindOf, type Point } from '../model';
import { renderPng, type PngOptions } from './png';
import { asCollection, preventCytoscapeStyleElement } from './cytoscapeDom';
import { buildStylesheet, type StyleOptions } from './stylesheet';
import { fitViewport } from './viewport';
import { GRAPH_THEMES, type GraphTheme, type ThemeName } from './theme';

export interface GraphViewOptions {
  readonly dataset: Dataset;
  readonly positions: ReadonlyMap<string, Point>;
  readonly theme?: ThemeName | GraphTheme;
  /** Turns animation off (e.g. prefers-reduced-motion). */
  readonly reducedMotion?: boolean;
  /** Milliseconds per step animation. */
  readonly duration?: number;
  readonly onSelect?: (characterId: string | undefined) => void;
  readonly onHover?: (characterId: string | undefined) => void;
  /** For tests: no canvas, and a clock the test drives. */
  readonly headless?: boolean;
  /**
   * 'full': drag pans, wheel and pinch zoom (the app). 'two-finger': one finger or the wheel
   * keep scrolling the host page; only two fingers or the view's buttons pan and zoom (embeds).
   */
  readonly gestures?: 'full' | 'two-finger';
  /** Draw with Cytoscape's WebGL renderer (offer it only where detectWebGL() says 'hardware'). */
  readonly webgl?: boolean;
  readonly scheduler?: Scheduler;
}

export interface ShowOptions {
  readonly animate?: boolean;
  /** Relationship types to leave out of the picture. */
  readonly hiddenTypes?: ReadonlySet<string>;
}

export interface FrameBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface GraphView {
  show(snapshot: Snapshot, options?: ShowOptions): void;
  select(characterId: string | undefined): void;
  highlight(characterId: string | undefined): void;
  /** Centres the view on a character or a relationship. */
  focus(target: { kind: 'character' | 'relationship'; id: string }): void;
  setTheme(theme: ThemeName | GraphTheme): void;
  setReducedMotion(reduced: boolean): void;
  /** Zooms about the centre by a factor (buttons for embeds). */
  zoomBy(factor: number): void;
  /** Back to the whole layout in view. */
  fit(): void;
  /** Redraws everything without any change (benchmarks measure the render floor with it). */
  redraw(): void;
  png(options: PngOptions): Promise<Blob>;
  /**
   * Draws the view's next rendered frame into a 2D context, scaled into `box` on the theme's
   * background: frames for video export without a screen capture.
   */
  drawFrame(context: CanvasRenderingContext2D, box: FrameBox): Promise<void>;
  /** The original ids of what Cytoscape holds now (including anything still fading out). */
  drawn(): { nodes: string[]; edges: string[] };
  readonly animating: boolean;
  resize(): void;
  destroy(): void;
}

const BASE_FONT = 13;
/** Casts above this many characters get the big-cast drawing rules. */
export const LARGE_VIEW = 500;
const SIMPLE_EDGES_BELOW_ZOOM = 0.6;

/** The drawing rules a view starts with for a dataset (benchmarks give every contender these). */
export function viewStyleOptions(dataset: Dataset): StyleOptions {
  return {
    fontSize: BASE_FONT,
    minLabelSize: dataset.characters.length > LARGE_VIEW ? 9 : 0,
    simpleEdges: false,
  };
}

export function createGraphView(
  container: HTMLElement | undefined,
  options: GraphViewOptions,
): GraphView {
  const { dataset, positions } = options;
  let theme: GraphTheme =
    typeof options.theme === 'object' ? options.theme : GRAPH_THEMES[options.theme ?? 'light'];
  let reducedMotion = options.reducedMotion ?? false;
  const duration = options.duration ?? 260;
  const typeIndex = new Map(dataset.types.map((type, index) => [type.id, index]));
  // Big casts trade some finish for speed: fixed-size labels shown only when readable,
  // simplified edges when zoomed out, and no edges or labels while panning.
  const large = dataset.characters.length > LARGE_VIEW;
  let style: StyleOptions = { ...viewStyleOptions(dataset), webgl: options.webgl === true };
  const stylesheet = () => buildStylesheet(dataset.types, theme, style);

  if (!options.headless) preventCytoscapeStyleElement(container);
  const cy: Core = cytoscape({
    ...(options.headless || !container ? { headless: true, styleEnabled: true } : { container }),
    style: stylesheet(),
    ...(large ? { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 } : {}),
    ...(options.webgl && !options.headless ? { renderer: { name: 'canvas', webgl: true } } : {}),
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: false,
    ...(options.gestures === 'two-finger'
      ? { userPanningEnabled: false, userZoomingEnabled: false }
      : {}),
    autoungrabify: true,
    selectionType: 'single',
  });
  const animator = new Animator(options.scheduler ?? browserScheduler);

  // What each visible node shows, to restyle only nodes whose state changed.
  // What Cytoscape holds, by original id, with the look each node shows: a step reads these
  // maps instead of Cytoscape's collections (a CPU profile showed a getElementById per
  // visible element on every step).
  const drawnNodes = new Map<string, { node: NodeSingular; look: string }>();
  const drawnEdges = new Map<string, EdgeSingular>();
  const lookOf = (entry: CharacterAt) => `${stateKindOf(entry)}\u0000${nodeLabel(entry)}`;
  let selected: string | undefined;
  let hovered: string | undefined;
  let userMovedViewport = false;

  const positionOf = (id: string): Point => positions.get(id) ?? { x: 0, y: 0 };

  function fitToLayout() {
    if (!container || options.headless) return;
    const viewport = fitViewport(positions, cy.width(), cy.height());
    if (!viewport) return;
    cy.viewport(viewport);
    updateFontSize();
  }

  // Small casts: labels keep a readable size on screen when zoomed out (zooming in
  // enlarges them). Big casts: labels keep their size and hide when too small to read.
  function updateFontSize() {
    const next: StyleOptions = large
      ? { ...style, simpleEdges: cy.zoom() < SIMPLE_EDGES_BELOW_ZOOM }
      : { ...style, fontSize: Math.round(Math.max(BASE_FONT, BASE_FONT / cy.zoom())) };
    if (next.fontSize === style.fontSize && next.simpleEdges === style.simpleEdges) return;
    style = next;
    cy.style(stylesheet());
  }

  // Whether any element carries a focus class now: without a focus, a step must not
  // touch every element (a class change restyles it, and that is most of a step's cost).
  let focusShown = false;
  function applyFocus() {
    const focusId = hovered ?? selected;
    const node = focusId === undefined ? undefined : cy.getElementById(nodeId(focusId));
    if (!focusShown && (!node || node.empty())) return;
    cy.batch(() => {
      cy.elements().removeClass('dimmed focus focus-quiet');
      focusShown = false;
      if (!node || node.empty()) return;
      const edges = node.connectedEdges();
      cy.elements().not(node.closedNeighborhood()).addClass('dimmed');
      node.addClass('focus');
      // Edge labels help on a few edges and become a tangle on a hub's many.
      edges.addClass(edges.length <= 6 ? 'focus' : 'focus-quiet');
      focusShown = true;
    });
  }

  function wantedEdges(
    snapshot: Snapshot,
    hiddenTypes: ReadonlySet<string> | undefined,
    present: ReadonlySet<string>,
  ) {
    const wanted = new Map<string, Relationship>();
    for (const relationship of snapshot.relationships) {
      if (hiddenTypes?.has(relationship.type)) continue;
      if (!present.has(relationship.source) || !present.has(relationship.target)) continue;
      wanted.set(relationship.id, relationship);
    }
    return wanted;
  }

  function show(snapshot: Snapshot, showOptions: ShowOptions = {}) {
    animator.finishNow();
    // Headless views animate only when a test drives the clock.
    const animate =
      (showOptions.animate ?? true) &&
      !reducedMotion &&
      (!options.headless || options.scheduler !== undefined);
    const nodes = new Map<string, CharacterAt>(
      snapshot.characters.map((entry) => [entry.character.id, entry]),
    );
    const edges = wantedEdges(snapshot, showOptions.hiddenTypes, new Set(nodes.keys()));

    const entering: (NodeSingular | EdgeSingular)[] = [];
    const leaving: (NodeSingular | EdgeSingular)[] = [];
    const changed: NodeSingular[] = [];
    cy.batch(() => {
      for (const [id, edge] of drawnEdges) {
        if (!edges.has(id)) leaving.push(edge);
      }
      for (const [id, drawn] of drawnNodes) {
        const entry = nodes.get(id);
        if (!entry) {
          leaving.push(drawn.node);
          continue;
        }
        const look = lookOf(entry);
        if (drawn.look === look) continue;
        drawn.node.data('label', nodeLabel(entry));
        drawn.node.classes(STATE_CLASSES[stateKindOf(entry)]);
        drawn.look = look;
        changed.push(drawn.node);
      }
      for (const [id, entry] of nodes) {
        if (drawnNodes.has(id)) continue;
        const node = cy.add(nodeDefinition(entry, positionOf(id)));
        drawnNodes.set(id, { node, look: lookOf(entry) });
        entering.push(node);
      }
      for (const [id, relationship] of edges) {
        if (drawnEdges.has(id)) continue;
        const edge = cy.add(edgeDefinition(relationship, dataset, typeIndex));
        drawnEdges.set(id, edge);
        entering.push(edge);
      }
      if (!animate) {
        for (const element of leaving) forget(element);
        cy.remove(asCollection(cy, leaving));
      } else {
        for (const element of entering) element.style('opacity', 0);
      }
    });
    applyFocus();
    if (!animate) return;

    animator.start(
      {
        frame: (t) => {
          cy.batch(() => {
            for (const element of entering) element.style('opacity', t);
            for (const element of leaving) element.style('opacity', 1 - t);
            for (const node of changed) node.style('overlay-opacity', 0.35 * (1 - t));
            const grow = 0.4 + 0.6 * t;
            for (const element of entering) {
              if (element.isNode()) element.style({ width: 26 * grow, height: 26 * grow });
            }
          });
        },
        finish: () => {
          cy.batch(() => {
            for (const element of entering) element.removeStyle('opacity width height');
            for (const node of changed) node.removeStyle('overlay-opacity');
            for (const element of leaving) forget(element);
            cy.remove(asCollection(cy, leaving));
          });
        },
      },
      duration,
    );
  }

  function forget(element: NodeSingular | EdgeSingular) {
    const id = element.data('ref') as string;
    if (element.isNode()) drawnNodes.delete(id);
    else drawnEdges.delete(id);
  }

  cy.on('tap', 'node', (event) => {
    const id = (event.target as NodeSingular).data('ref') as string;
    options.onSelect?.(id);
  });
  cy.on('tap', (event) => {
    if (event.target === cy) options.onSelect?.(undefined);
  });
  cy.on('mouseover', 'node', (event) =>
    options.onHover?.((event.target as NodeSingular).data('ref') as string),
  );
  cy.on('mouseout', 'node', () => options.onHover?.(undefined));
  cy.on('scrollzoom pinchzoom dragpan', () => {
    userMovedViewport = true;
  });
  let zoomFrame: number | undefined;
  cy.on('zoom', () => {
    if (zoomFrame !== undefined) return;
    zoomFrame = requestAnimationFrame(() => {
      zoomFrame = undefined;
      updateFontSize();
    });
  });

  // Embeds: a second finger turns on pan and pinch for that gesture only.
  const onTouch = (event: TouchEvent) => {
    const twoFingers = event.touches.length >= 2;
    cy.userPanningEnabled(twoFingers);
    cy.userZoomingEnabled(twoFingers);
  };
  if (options.gestures === 'two-finger' && container) {
    container.addEventListener('touchstart', onTouch, { passive: true, capture: true });
    container.addEventListener('touchend', onTouch, { passive: true, capture: true });
  }

  fitToLayout();

  return {
    show,
    select(id) {
      selected = id;
      applyFocus();
    },
    highlight(id) {
      hovered = id;
      applyFocus();
    },
    focus(target) {
      const element = cy.getElementById(
        target.kind === 'character' ? nodeId(target.id) : edgeId(target.id),
      );
      if (element.empty() || options.headless) return;
      const zoom = Math.max(cy.zoom(), 1);
      cy.animate({ center: { eles: element }, zoom }, { duration: reducedMotion ? 0 : 300 });
      userMovedViewport = true;
    },
    setTheme(next) {
      theme = typeof next === 'object' ? next : GRAPH_THEMES[next];
      cy.style(stylesheet());
    },
    setReducedMotion(reduced) {
      reducedMotion = reduced;
    },
    zoomBy(factor) {
      const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), cy.zoom() * factor));
      cy.zoom({ level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      userMovedViewport = true;
    },
    fit() {
      userMovedViewport = false;
      fitToLayout();
    },
    redraw() {
      cy.forceRender();
    },
    png: (pngOptions) => renderPng(cy, theme, pngOptions),
    drawFrame(context, box) {
      // Waits for Cytoscape's own next render, then composites its layer canvases: measured
      // 2–5 times cheaper per frame than cy.png, which encodes a PNG only to decode it again.
      return new Promise((resolve) => {
        const draw = () => {
          context.fillStyle = theme.background;
          context.fillRect(box.x, box.y, box.width, box.height);
          const layers = [...(container?.querySelectorAll('canvas') ?? [])];
          layers.sort((a, b) => Number(a.style.zIndex) - Number(b.style.zIndex));
          for (const layer of layers) context.drawImage(layer, box.x, box.y, box.width, box.height);
          resolve();
        };
        if (options.headless || !container) return draw();
        cy.one('render', draw);
        cy.forceRender();
      });
    },
    drawn: () => ({
      nodes: cy.nodes().map((node) => node.data('ref') as string),
      edges: cy.edges().map((edge) => edge.data('ref') as string),
    }),
    get animating() {
      return animator.running;
    },
    resize() {
      cy.resize();
      if (!userMovedViewport) fitToLayout();
    },
    destroy() {
      animator.finishNow();
      container?.removeEventListener('touchstart', onTouch, { capture: true });
      container?.removeEventListener('touchend', onTouch, { capture: true });
      if (zoomFrame !== undefined) cancelAnimationFrame(zoomFrame);
      cy.destroy();
    },
  };
}
