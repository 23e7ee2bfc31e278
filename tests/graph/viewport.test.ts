import { describe, expect, it } from 'vitest';
import { fitViewport, stretchToFill, type LabelRoom } from '../../src/graph/viewport';

const positions = new Map([
  ['left', { x: -400, y: 0 }],
  ['right', { x: 400, y: 10 }],
  ['top', { x: 0, y: -250 }],
  ['bottom', { x: 30, y: 250 }],
]);
const room: LabelRoom = {
  width: (id) => (id === 'left' ? 160 : 60),
  height: 22,
  nodeHalf: 14,
  margin: 5,
};

/** Each label's box below its character, in rendered px, at a fit. */
function labelBoxes(fit: { zoom: number; pan: { x: number; y: number } }) {
  const scale = Math.max(1, fit.zoom);
  return [...positions].map(([id, { x, y }]) => {
    const cx = x * fit.zoom + fit.pan.x;
    const top = (y + room.nodeHalf + room.margin) * fit.zoom + fit.pan.y;
    const half = (room.width(id) / 2) * scale;
    return { x1: cx - half, x2: cx + half, y1: top, y2: top + room.height * scale };
  });
}

describe('fitViewport with label room', () => {
  it.each([
    [1280, 800],
    [390, 366],
    [900, 200],
  ])('keeps every label inside a %i×%i canvas and fills one side', (width, height) => {
    const fit = fitViewport(positions, width, height, room);
    if (!fit) throw new Error('no fit');
    const boxes = labelBoxes(fit);
    for (const box of boxes) {
      expect(box.x1).toBeGreaterThanOrEqual(0);
      expect(box.x2).toBeLessThanOrEqual(width);
      expect(box.y2).toBeLessThanOrEqual(height);
    }
    const left = Math.min(...boxes.map((box) => box.x1));
    const right = Math.max(...boxes.map((box) => box.x2));
    const top = (-250 - room.nodeHalf) * fit.zoom + fit.pan.y;
    const bottom = Math.max(...boxes.map((box) => box.y2));
    // The binding side is filled to its edge margins; a wide label counts.
    expect(Math.max((right - left) / width, (bottom - top) / height)).toBeGreaterThan(0.95);
  });

  it('stretches a wide layout downwards on a tall canvas, and not at all on a wide one', () => {
    expect(stretchToFill(positions, 390, 700, room).y).toBeGreaterThan(1.2);
    expect(stretchToFill(positions, 390, 700, room).x).toBe(1);
    expect(stretchToFill(positions, 1280, 300, room).y).toBe(1);
  });
});
