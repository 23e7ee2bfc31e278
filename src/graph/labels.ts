// Label placement: after each step, resize or zoom, every drawn character's label goes
// below, above, right or left of it (or at a corner), the first that stays inside the canvas
// and touches no placed label and no character; the most connected characters choose first.
// With none of those free, a label below or above may slide sideways (and one beside may
// slide up or down) while it still touches its character. A label with no room may take a
// spot held by one or two labels that can move elsewhere; otherwise it is hidden.
// placeLabels is pure (boxes in, spots out); the placer reads the boxes from Cytoscape and
// sets the classes of labelStyles.ts.
import type { Core, NodeSingular } from 'cytoscape';
import {
  ALL_LABEL_CLASSES,
  CORNER_MARGIN,
  LABEL_BOX_PAD,
  LABEL_CLASSES,
  LABEL_MARGIN,
  LABEL_OUTLINE,
  LABEL_SHIFT,
} from './labelStyles';
import { boxesOverlap, type Box } from './viewMetrics';

export type LabelSide =
  'bottom' | 'top' | 'right' | 'left' | 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
/** In order of preference: the four sides, then the corners (crowded places on a phone). */
export const LABEL_SIDES: readonly LabelSide[] = [
  'bottom',
  'top',
  'right',
  'left',
  'bottom-right',
  'bottom-left',
  'top-right',
  'top-left',
];

export interface LabelRequest {
  readonly id: string;
  /** The character's centre and half size, border included (what labels keep off). */
  readonly x: number;
  readonly y: number;
  readonly halfWidth: number;
  readonly halfHeight: number;
  /** Half the character's bare size, which Cytoscape places the label from. */
  readonly anchorHalf: number;
  /** The label's bounding box size (as Cytoscape reports it). */
  readonly width: number;
  readonly height: number;
  /** Higher chooses first. */
  readonly importance: number;
}

/**
 * Where a label goes: a side, slid `shift` model units along it (sideways for a label below
 * or above, up or down for one beside; 0 on corners).
 */
export interface LabelSpot {
  readonly side: LabelSide;
  readonly shift: number;
}

/** The axis a label on that side slides along: x below or above, y beside, none at corners. */
export function slideAxis(side: LabelSide): 'x' | 'y' | undefined {
  if (side === 'bottom' || side === 'top') return 'x';
  if (side === 'right' || side === 'left') return 'y';
  return undefined;
}

/**
 * How far a label may slide, as a share of its own width (below, above) or height (beside):
 * far enough to clear a neighbour, never so far that it leaves its character.
 */
const SLIDES = [0.25, -0.25, 0.5, -0.5] as const;

/** Every spot for one label, in order of preference: the eight sides, then the slides. */
export function labelSpots(request: LabelRequest): LabelSpot[] {
  const spots: LabelSpot[] = LABEL_SIDES.map((side) => ({ side, shift: 0 }));
  for (const side of LABEL_SIDES) {
    const axis = slideAxis(side);
    const size = axis === 'x' ? request.width : request.height;
    if (axis)
      for (const share of axis === 'x' ? SLIDES : SLIDES.slice(2))
        spots.push({ side, shift: share * size });
  }
  return spots;
}

/** How Cytoscape puts a label beside its character (labelStyles.ts), in model units. */
export interface LabelGeometry {
  /** Between the character's bare edge and the text, on the four sides. */
  readonly margin: number;
  /** A corner label's shift out of the corner, each way. */
  readonly cornerMargin: number;
  /** How far the label's bounding box reaches past its text. */
  readonly pad: number;
}

export const CYTOSCAPE_LABELS: LabelGeometry = {
  margin: LABEL_MARGIN,
  cornerMargin: CORNER_MARGIN,
  pad: LABEL_BOX_PAD,
};

/**
 * Where a label's bounding box lands on a side: the box Cytoscape itself reports there
 * (its text `margin` from the bare edge, widened by `pad`), so placement and measurement
 * agree to the unit.
 */
export function labelBox(
  request: LabelRequest,
  side: LabelSide,
  { margin, cornerMargin, pad }: LabelGeometry = CYTOSCAPE_LABELS,
  shift = 0,
): Box {
  const { anchorHalf, width, height } = request;
  const axis = slideAxis(side);
  const x = request.x + (axis === 'x' ? shift : 0);
  const y = request.y + (axis === 'y' ? shift : 0);
  const near = anchorHalf + margin - pad;
  const corner = anchorHalf + cornerMargin - pad;
  const horizontal = side.endsWith('right') ? 1 : side.endsWith('left') ? -1 : 0;
  const vertical = side.startsWith('bottom') ? 1 : side.startsWith('top') ? -1 : 0;
  const offset = horizontal !== 0 && vertical !== 0 ? corner : near;
  // The box's nearer edge on each axis the label is pushed along; centred on the others.
  const along = (centre: number, direction: number, size: number) =>
    direction === 0
      ? [centre - size / 2, centre + size / 2]
      : direction > 0
        ? [centre + offset, centre + offset + size]
        : [centre - offset - size, centre - offset];
  const [x1, x2] = along(x, horizontal, width) as [number, number];
  const [y1, y2] = along(y, vertical, height) as [number, number];
  return { x1, y1, x2, y2 };
}

const inside = (box: Box, bounds: Box) =>
  box.x1 >= bounds.x1 && box.y1 >= bounds.y1 && box.x2 <= bounds.x2 && box.y2 <= bounds.y2;

const grown = (box: Box, by: number): Box => ({
  x1: box.x1 - by,
  y1: box.y1 - by,
  x2: box.x2 + by,
  y2: box.y2 + by,
});

/** How many placed labels may move aside to make room for one that has none. */
const MAX_MOVED = 2;

export interface PlacementOptions {
  /** The canvas, in the same units as the requests. */
  readonly bounds: Box;
  /** Kept clear around every placed label. */
  readonly gap: number;
  readonly geometry?: LabelGeometry;
  /**
   * A character whose name must show (the hovered one): with no free side, its label goes
   * on its first side inside the canvas, over characters if need be, and any label there
   * is hidden.
   */
  readonly force?: string | undefined;
}

/** A spot per label, or 'hidden'; most important first, ties by id so the picture is stable. */
export function placeLabels(
  requests: readonly LabelRequest[],
  { bounds, gap, geometry = CYTOSCAPE_LABELS, force }: PlacementOptions,
): Map<string, LabelSpot | 'hidden'> {
  const nodeBoxes = requests.map((request) => ({
    id: request.id,
    box: {
      x1: request.x - request.halfWidth,
      y1: request.y - request.halfHeight,
      x2: request.x + request.halfWidth,
      y2: request.y + request.halfHeight,
    },
  }));
  const order = [...requests].sort(
    (a, b) => b.importance - a.importance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const placed = new Map<string, { spot: LabelSpot; box: Box }>();
  /** The label's box at that spot when it stays inside and clear of every character. */
  const room = (request: LabelRequest, spot: LabelSpot): Box | undefined => {
    const box = labelBox(request, spot.side, geometry, spot.shift);
    if (!inside(box, bounds)) return undefined;
    const padded = grown(box, gap);
    const onCharacter = nodeBoxes.some(
      (node) => node.id !== request.id && boxesOverlap(padded, node.box, 0),
    );
    return onCharacter ? undefined : box;
  };
  const labelsUnder = (box: Box) => {
    const padded = grown(box, gap);
    return [...placed].filter(([, other]) => boxesOverlap(padded, other.box, 0));
  };

  const hidden: LabelRequest[] = [];
  /** The first spot of the label that is inside, clear of characters and of placed labels. */
  const freeSpot = (request: LabelRequest) => {
    for (const spot of labelSpots(request)) {
      const box = room(request, spot);
      if (box && labelsUnder(box).length === 0) return { spot, box };
    }
    return undefined;
  };
  for (const request of order) {
    const free = freeSpot(request);
    if (free) placed.set(request.id, free);
    else hidden.push(request);
  }

  // A label with no free spot may still fit where one or two placed labels are in the way,
  // when each of them can move to another free spot of its own.
  const byId = new Map(requests.map((request) => [request.id, request]));
  for (const request of hidden) {
    for (const spot of labelSpots(request)) {
      const box = room(request, spot);
      if (!box) continue;
      const blocking = labelsUnder(box);
      if (blocking.length > MAX_MOVED) continue;
      for (const [id] of blocking) placed.delete(id);
      placed.set(request.id, { spot, box });
      // A moved label's old spot is under the new one, so it is not free for it again.
      const moved = blocking.every(([id]) => {
        const next = freeSpot(byId.get(id) as LabelRequest);
        if (next) placed.set(id, next);
        return next !== undefined;
      });
      if (moved) break;
      placed.delete(request.id);
      for (const [id, before] of blocking) placed.set(id, before);
    }
  }

  const forced = force === undefined || placed.has(force) ? undefined : byId.get(force);
  if (forced) {
    const side = LABEL_SIDES.find((candidate) =>
      inside(labelBox(forced, candidate, geometry), bounds),
    );
    if (side) {
      const box = labelBox(forced, side, geometry);
      for (const [id] of labelsUnder(box)) placed.delete(id);
      placed.set(forced.id, { spot: { side, shift: 0 }, box });
    }
  }

  return new Map(requests.map((request) => [request.id, placed.get(request.id)?.spot ?? 'hidden']));
}

/** Cytoscape's bounding-box options for a node's label alone. */
export const LABEL_ONLY = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeOverlays: false,
} as const;
const CLASS_OF: Record<LabelSide | 'hidden', string> = {
  bottom: '',
  top: LABEL_CLASSES.top,
  right: LABEL_CLASSES.right,
  left: LABEL_CLASSES.left,
  'bottom-right': LABEL_CLASSES.bottomRight,
  'bottom-left': LABEL_CLASSES.bottomLeft,
  'top-right': LABEL_CLASSES.topRight,
  'top-left': LABEL_CLASSES.topLeft,
  hidden: LABEL_CLASSES.hidden,
};
const SHIFT_X = LABEL_CLASSES.shiftX;
const SHIFT_Y = LABEL_CLASSES.shiftY;
/** Clear of neighbours and the canvas edge, in screen px. */
const GAP_PX = 1;

export interface LabelPlacer {
  /**
   * Places the labels of every drawn character except `leaving`; `first` chooses first,
   * and `reveal` (a character ref) shows its name even where it has no free side.
   */
  place(leaving?: ReadonlySet<NodeSingular>, first?: string, reveal?: string): void;
  /** Back to the default (big casts, where the zoom hides labels instead). */
  clear(): void;
  /** The last placement found no room for this character's label (by Cytoscape id). */
  isHidden(id: string): boolean;
}

export function createLabelPlacer(
  cy: Core,
  nodeSize: (node: NodeSingular) => { bare: number; border: number },
): LabelPlacer {
  // By Cytoscape id: cy.nodes() hands out new wrapper objects, so keying by them never hit
  // and every placement rewrote every node's classes (a restyle each, on every step).
  const sideOf = new Map<string, string>();
  return {
    place(leaving, first, reveal) {
      const zoom = cy.zoom();
      if (cy.width() === 0 || cy.height() === 0) return;
      const extent = cy.extent();
      const gap = GAP_PX / zoom;
      const nodes = cy
        .nodes()
        .toArray()
        .filter((node) => !leaving?.has(node));
      const requests = nodes.map((node): LabelRequest => {
        const label = node.boundingBox(LABEL_ONLY);
        const { bare, border } = nodeSize(node);
        const half = (bare + border) / 2;
        const { x, y } = node.position();
        return {
          id: node.id(),
          x,
          y,
          halfWidth: half,
          halfHeight: half,
          anchorHalf: bare / 2,
          width: label.w,
          height: label.h,
          importance: (node.data('ref') === first ? 1e6 : 0) + node.degree(false),
        };
      });
      const spots = placeLabels(requests, {
        force: reveal,
        bounds: {
          x1: extent.x1 + gap,
          y1: extent.y1 + gap,
          x2: extent.x2 - gap,
          y2: extent.y2 - gap,
        },
        gap,
      });
      cy.batch(() => {
        for (const node of nodes) {
          const spot = spots.get(node.id()) ?? { side: 'bottom', shift: 0 };
          const { side, shift } = spot === 'hidden' ? { side: spot, shift: 0 } : spot;
          const slid =
            shift === 0 || side === 'hidden' ? '' : slideAxis(side) === 'x' ? SHIFT_X : SHIFT_Y;
          const classes = [CLASS_OF[side], slid].filter(Boolean).join(' ');
          const wanted = shift === 0 ? classes : `${classes}@${shift}`;
          if (sideOf.get(node.id()) === wanted) continue;
          node.removeClass(ALL_LABEL_CLASSES);
          if (shift !== 0) node.data(LABEL_SHIFT, shift);
          if (classes) node.addClass(classes);
          sideOf.set(node.id(), wanted);
        }
      });
    },
    clear() {
      cy.batch(() => cy.nodes().removeClass(ALL_LABEL_CLASSES));
      sideOf.clear();
    },
    isHidden: (id) => sideOf.get(id) === LABEL_CLASSES.hidden,
  };
}

const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/**
 * A label's room on screen at `fontPx`, outline included: what the fit (viewport.ts) keeps
 * free for each character's name before anything is drawn. Without a canvas, an estimate.
 */
export function labelRoomOf(
  names: ReadonlyMap<string, string>,
  fontPx: number,
): { width(id: string): number; height: number } {
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context) context.font = `600 ${fontPx}px ${LABEL_FONT}`;
  const widths = new Map<string, number>();
  // A state prefix (a dagger for the dead) may come later: room for two more characters.
  const measure = (text: string) =>
    (context ? context.measureText(`${text}† `).width : (text.length + 2) * fontPx * 0.62) +
    2 * LABEL_OUTLINE;
  return {
    width(id) {
      let width = widths.get(id);
      if (width === undefined) {
        width = measure(names.get(id) ?? id);
        widths.set(id, width);
      }
      return width;
    },
    height: Math.ceil(fontPx * 1.25 + 2 * LABEL_OUTLINE),
  };
}
