// Where the camera starts: the whole stable layout in view, the same for every episode,
// so characters never move on screen as the story goes on.
import type { Point } from '../model';

/** Room around the outermost nodes for their labels: wide ones beside, one line below. */
const PAD_X = 90;
const PAD_Y = 50;
const MAX_ZOOM = 2;
const MIN_ZOOM = 0.1;

export function fitViewport(
  positions: ReadonlyMap<string, Point>,
  width: number,
  height: number,
): { zoom: number; pan: Point } | undefined {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of positions.values()) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  if (!Number.isFinite(minX)) return undefined;
  const fit = Math.min(width / (maxX - minX + PAD_X * 2), height / (maxY - minY + PAD_Y * 2));
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fit));
  return {
    zoom,
    pan: { x: width / 2 - ((minX + maxX) / 2) * zoom, y: height / 2 - ((minY + maxY) / 2) * zoom },
  };
}
