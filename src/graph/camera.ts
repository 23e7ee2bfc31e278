// The camera: where the view looks and how the user moves it. It starts on the whole
// layout and refits on resize until the user moves it; drawing rules follow the zoom.
import type { Core, CytoscapeOptions } from 'cytoscape';
import type { Point } from '../model';
import { BASE_FONT, type Look } from './look';
import { CURVE_STEP, type StyleOptions } from './stylesheet';
import type { DrawnElement } from './scene';
import { fitViewport, stretchToFill, type LabelRoom } from './viewport';

const SIMPLE_EDGES_BELOW_ZOOM = 0.6;

export type Gestures = 'full' | 'two-finger';

/**
 * Cytoscape options for the camera. Big casts trade some finish for speed: no edges or
 * labels while panning. Two-finger embeds start with panning and zooming off.
 */
export function cameraOptions(large: boolean, gestures: Gestures | undefined): CytoscapeOptions {
  return {
    ...(large ? { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 } : {}),
    minZoom: 0.1,
    maxZoom: 4,
    ...(gestures === 'two-finger' ? { userPanningEnabled: false, userZoomingEnabled: false } : {}),
  };
}

/**
 * Small casts: labels keep a readable size on screen when zoomed out (zooming in enlarges
 * them). Big casts: labels keep their size and hide when too small to read, and edges
 * simplify when zoomed out.
 */
export function styleAtZoom(
  style: StyleOptions,
  zoom: number,
  large: boolean,
  screenFont = BASE_FONT,
): StyleOptions {
  return large
    ? { ...style, simpleEdges: zoom < SIMPLE_EDGES_BELOW_ZOOM }
    : {
        ...style,
        fontSize: Math.round(Math.max(BASE_FONT, screenFont / zoom)),
        // Two curves of one pair part by half their step at the middle: keep that apart
        // on screen when zoomed out.
        curveStep: Math.round(Math.max(CURVE_STEP, (2 * CURVE_GAP_PX) / zoom)),
      };
}

/** The on-screen gap kept between the middles of two curves of one pair, px. */
const CURVE_GAP_PX = 11;

/** Below this canvas width (a phone), labels keep a smaller size on screen: more of them fit. */
const NARROW_CANVAS = 600;
const NARROW_FONT = 8.5;
export const screenFontFor = (canvasWidth: number) =>
  canvasWidth < NARROW_CANVAS ? NARROW_FONT : BASE_FONT;

export interface CameraOptions {
  readonly container: HTMLElement | undefined;
  readonly headless: boolean;
  readonly positions: ReadonlyMap<string, Point>;
  readonly large: boolean;
  readonly gestures: Gestures | undefined;
  readonly look: Look;
  /** Room the fit keeps for labels (small casts; big ones hide labels when zoomed out). */
  readonly labelRoom?: ((fontPx: number) => LabelRoom) | undefined;
  /**
   * With labelRoom: the unstretched layout, and how to stretch the drawn positions (the
   * `positions` above) so the layout fills the canvas's other side too.
   */
  readonly stretch?: {
    readonly layout: ReadonlyMap<string, Point>;
    apply(by: { x: number; y: number }): void;
  };
}

/** What fitting the whole layout needs to know (a camera's options, without the camera). */
export type FitInputs = Pick<CameraOptions, 'positions' | 'labelRoom'> & {
  readonly stretch?: { readonly layout: ReadonlyMap<string, Point> } | undefined;
};

/**
 * Where fitting the whole layout into a canvas of this size puts the camera, and how far it
 * stretches the layout first (small casts). Pure: the view also asks it before Cytoscape
 * exists, so that the first stylesheet is already the one for the fitted zoom.
 */
export function fitFor(
  options: FitInputs,
  width: number,
  height: number,
): {
  readonly by?: { x: number; y: number } | undefined;
  readonly viewport: { zoom: number; pan: Point } | undefined;
} {
  const room = options.labelRoom?.(screenFontFor(width));
  const layout = options.stretch?.layout;
  if (!room || !layout) return { viewport: fitViewport(options.positions, width, height, room) };
  const by = stretchToFill(layout, width, height, room);
  const stretched = new Map<string, Point>();
  for (const [id, { x, y }] of layout) stretched.set(id, { x: x * by.x, y: y * by.y });
  return { by, viewport: fitViewport(stretched, width, height, room) };
}

export interface Camera {
  /** Back to the whole layout in view. */
  fit(): void;
  zoomBy(factor: number): void;
  centreOn(element: DrawnElement, reducedMotion: boolean): void;
  resize(): void;
  destroy(): void;
}

export function createCamera(cy: Core, options: CameraOptions): Camera {
  const { container, headless, large, look } = options;
  let userMovedViewport = false;

  function followZoom() {
    const style = styleAtZoom(look.style, cy.zoom(), large, screenFontFor(cy.width()));
    if (look.setStyle(style)) cy.style(look.stylesheet());
  }

  function fitToLayout() {
    if (!container || headless) return;
    const { by, viewport } = fitFor(options, cy.width(), cy.height());
    if (by) options.stretch?.apply(by);
    if (!viewport) return;
    cy.viewport(viewport);
    followZoom();
  }

  cy.on('scrollzoom pinchzoom dragpan', () => {
    userMovedViewport = true;
  });
  let zoomFrame: number | undefined;
  cy.on('zoom', () => {
    if (zoomFrame !== undefined) return;
    zoomFrame = requestAnimationFrame(() => {
      zoomFrame = undefined;
      followZoom();
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
  // The container's size the camera last fitted to. A resize to the same size does nothing:
  // a ResizeObserver's first call always comes, at the size the view was made at, and
  // answering it redid the fit (the stretch and every label's room) and set the same
  // viewport again, in the middle of the widget's first paint.
  const sizeOf = () => ({
    width: container?.clientWidth ?? 0,
    height: container?.clientHeight ?? 0,
  });
  let fitted = sizeOf();

  return {
    fit() {
      userMovedViewport = false;
      fitToLayout();
    },
    zoomBy(factor) {
      const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), cy.zoom() * factor));
      cy.zoom({ level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      userMovedViewport = true;
    },
    centreOn(element, reducedMotion) {
      if (headless) return;
      const zoom = Math.max(cy.zoom(), 1);
      cy.animate({ center: { eles: element }, zoom }, { duration: reducedMotion ? 0 : 300 });
      userMovedViewport = true;
    },
    resize() {
      const size = sizeOf();
      if (size.width === fitted.width && size.height === fitted.height) return;
      fitted = size;
      cy.resize();
      if (!userMovedViewport) fitToLayout();
    },
    destroy() {
      container?.removeEventListener('touchstart', onTouch, { capture: true });
      container?.removeEventListener('touchend', onTouch, { capture: true });
      if (zoomFrame !== undefined) cancelAnimationFrame(zoomFrame);
    },
  };
}
