// Where the camera starts: the whole stable layout in view, the same for every episode,
// so characters never move on screen as the story goes on. The fit keeps room for each
// character's label below it (labels keep their size on screen while zoomed out), and
// otherwise fills the canvas's width or height.
import type { Point } from '../model';

/** Room around the outermost nodes for their labels when label sizes are not known. */
const PAD_X = 90;
const PAD_Y = 50;
const MAX_ZOOM = 2;
const MIN_ZOOM = 0.1;
/** Clear of the canvas edge, px. */
const EDGE_PX = 4;

/** A label's size on screen at zoom 1 or less, px; it grows with the zoom above 1. */
export interface LabelRoom {
  width(id: string): number;
  readonly height: number;
  /** A character's half size and its label margin, model units. */
  readonly nodeHalf: number;
  readonly margin: number;
}

function extent(positions: ReadonlyMap<string, Point>) {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of positions.values()) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { minX, minY, maxX, maxY };
}

/** The largest zoom at which every label fits beside the others' across the width. */
function zoomForWidth(
  entries: readonly { x: number; half: number }[],
  width: number,
  labelsScale: boolean,
): number {
  let zoom = Infinity;
  const sorted = [...entries].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as { x: number; half: number };
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as { x: number; half: number };
      const span = b.x - a.x;
      if (span <= 0) continue;
      zoom = Math.min(
        zoom,
        labelsScale ? width / (span + a.half + b.half) : (width - a.half - b.half) / span,
      );
    }
  }
  return zoom;
}

export function fitViewport(
  positions: ReadonlyMap<string, Point>,
  width: number,
  height: number,
  room?: LabelRoom,
): { zoom: number; pan: Point } | undefined {
  const { minX, minY, maxX, maxY } = extent(positions);
  if (!Number.isFinite(minX)) return undefined;
  if (!room) {
    const fit = Math.min(width / (maxX - minX + PAD_X * 2), height / (maxY - minY + PAD_Y * 2));
    const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fit));
    return {
      zoom,
      pan: {
        x: width / 2 - ((minX + maxX) / 2) * zoom,
        y: height / 2 - ((minY + maxY) / 2) * zoom,
      },
    };
  }
  const w = width - 2 * EDGE_PX;
  const h = height - 2 * EDGE_PX;
  const entries = [...positions].map(([id, { x }]) => ({
    x,
    half: Math.max(room.width(id) / 2, room.nodeHalf),
  }));
  const below = 2 * room.nodeHalf + room.margin;
  const spanY = maxY - minY;
  // Labels keep their screen size up to zoom 1 and grow with the zoom beyond it.
  let zoom = Math.min(
    zoomForWidth(entries, w, false),
    (h - room.height) / (spanY + below),
    w / (maxX - minX + 2 * room.nodeHalf),
  );
  if (zoom > 1) {
    zoom = Math.max(1, Math.min(zoomForWidth(entries, w, true), h / (spanY + below + room.height)));
  }
  zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
  return { zoom, pan: panFor(entries, zoom, minY, maxY, room, width, height) };
}

function panFor(
  entries: readonly { x: number; half: number }[],
  zoom: number,
  minY: number,
  maxY: number,
  room: LabelRoom,
  width: number,
  height: number,
): Point {
  const scale = Math.max(1, zoom);
  const left = Math.min(...entries.map((entry) => entry.x * zoom - entry.half * scale));
  const right = Math.max(...entries.map((entry) => entry.x * zoom + entry.half * scale));
  const top = (minY - room.nodeHalf) * zoom;
  const bottom = (maxY + room.nodeHalf + room.margin) * zoom + room.height * scale;
  return { x: width / 2 - (left + right) / 2, y: height / 2 - (top + bottom) / 2 };
}

/** At most this much taller (or wider) than the layout: the picture keeps its shape. */
const MAX_STRETCH = 2;

/**
 * How much to stretch the layout's height (or width) so that, at the zoom the other side
 * allows, it fills the canvas: a wide layout on a phone's tall canvas spreads downwards,
 * giving its labels room. 1 when the canvas is filled already.
 */
export function stretchToFill(
  positions: ReadonlyMap<string, Point>,
  width: number,
  height: number,
  room: LabelRoom,
): { x: number; y: number } {
  const fit = fitViewport(positions, width, height, room);
  const { minX, minY, maxX, maxY } = extent(positions);
  if (!fit || fit.zoom >= 1) return { x: 1, y: 1 };
  const below = 2 * room.nodeHalf + room.margin;
  const spanY = maxY - minY;
  const spanX = maxX - minX;
  const y = spanY > 0 ? ((height - 2 * EDGE_PX - room.height) / fit.zoom - below) / spanY : 1;
  const widest = Math.max(...[...positions.keys()].map((id) => room.width(id)));
  const x = spanX > 0 ? (width - 2 * EDGE_PX - widest) / fit.zoom / spanX : 1;
  const clamp = (value: number) => Math.min(MAX_STRETCH, Math.max(1, value * 0.97));
  return { x: clamp(x), y: clamp(y) };
}
