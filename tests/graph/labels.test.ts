import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, type LabelRequest, type LabelSpot } from '../../src/graph/labels';
import { boxesOverlap } from '../../src/graph/viewMetrics';

const node = (id: string, x: number, y: number, importance = 0, width = 40): LabelRequest => ({
  id,
  x,
  y,
  halfWidth: 10,
  halfHeight: 10,
  anchorHalf: 9,
  width,
  height: 12,
  importance,
});
const bounds = { x1: 0, y1: 0, x2: 400, y2: 300 };
const options = { bounds, gap: 2 };

/** Each label's side alone ('hidden' when it has none), for the tests about sides. */
const sidesOf = (spots: Map<string, LabelSpot | 'hidden'>) => ({
  get: (id: string) => {
    const spot = spots.get(id);
    return spot === 'hidden' ? 'hidden' : spot?.side;
  },
});

describe('placeLabels', () => {
  it('puts a lone label below its character', () => {
    expect(placeLabels([node('a', 200, 150)], options).get('a')).toEqual({
      side: 'bottom',
      shift: 0,
    });
  });

  it('moves a label above when the canvas ends below the character', () => {
    expect(placeLabels([node('a', 200, 285)], options).get('a')).toEqual({ side: 'top', shift: 0 });
  });

  it('lets the more connected character choose first; the other takes its next free side', () => {
    // b sits right under a: a's label below would cover b, b's label above would cover a.
    const sides = sidesOf(placeLabels([node('a', 200, 100, 1), node('b', 200, 130, 5)], options));
    expect(sides.get('b')).toBe('bottom');
    expect(sides.get('a')).toBe('top');
  });

  it('hides the least important label when no position is free', () => {
    // A crowd with no room: every candidate of the quiet one hits a label or a character.
    const crowd = [node('hub', 100, 100, 9, 200), node('quiet', 100, 140, 0, 200)];
    const sides = sidesOf(
      placeLabels(crowd, { ...options, bounds: { x1: 0, y1: 85, x2: 210, y2: 160 } }),
    );
    expect(sides.get('hub')).not.toBe('hidden');
    expect(sides.get('quiet')).toBe('hidden');
  });

  it('slides a label along a side when no side or corner is free, still touching its character', () => {
    // a's neighbours close in on every side and corner; above it, a label slid to the right
    // clears the one neighbour whose box reaches into the centred spot.
    const a = node('a', 200, 150, 9, 60);
    const crowd = [
      a,
      node('up-left', 170, 128, 0, 0),
      node('below', 200, 172, 0, 0),
      node('left', 160, 150, 0, 0),
      node('right', 240, 158, 0, 0),
      node('far-right', 262, 140, 0, 0),
    ];
    const spot = placeLabels(crowd, options).get('a');
    expect(spot).not.toBe('hidden');
    const { side, shift } = spot as LabelSpot;
    expect(shift).not.toBe(0);
    const box = labelBox(a, side, undefined, shift);
    // Still beside its character: the slid box overlaps the character's span on that axis.
    if (side === 'top' || side === 'bottom') expect(box.x1 < 210 && box.x2 > 190).toBe(true);
    else expect(box.y1 < 160 && box.y2 > 140).toBe(true);
    for (const other of crowd.slice(1)) {
      const character = { x1: other.x - 10, y1: other.y - 10, x2: other.x + 10, y2: other.y + 10 };
      expect(boxesOverlap(box, character)).toBe(false);
    }
  });

  it('moves a placed label to another free side when that makes room for one with none', () => {
    // b's only side inside the canvas is above it, where a's label below a would be; a's
    // label can go above a instead.
    const a = node('a', 100, 100, 9, 90);
    const b = node('b', 100, 140, 1, 90);
    const sides = sidesOf(
      placeLabels([a, b], { ...options, bounds: { x1: 20, y1: 60, x2: 180, y2: 160 } }),
    );
    expect(sides.get('b')).toBe('top');
    expect(sides.get('a')).toBe('top');
  });

  it('shows a forced name on its first side inside the canvas, hiding a label in the way', () => {
    const crowd = [node('hub', 100, 100, 9, 200), node('quiet', 100, 140, 0, 200)];
    const bounds = { x1: 0, y1: 85, x2: 210, y2: 160 };
    const sides = sidesOf(placeLabels(crowd, { ...options, bounds, force: 'quiet' }));
    expect(sides.get('quiet')).toBe('top');
    expect(sides.get('hub')).toBe('hidden');
  });

  it('never places two labels on each other, on a character, or outside the canvas', () => {
    const requests: LabelRequest[] = [];
    for (let i = 0; i < 40; i++) {
      requests.push(
        node(`n${i}`, 20 + ((i * 97) % 360), 20 + ((i * 53) % 260), i % 7, 30 + (i % 5) * 12),
      );
    }
    const spots = placeLabels(requests, options);
    const placed = requests.flatMap((request) => {
      const spot = spots.get(request.id);
      if (spot === undefined || spot === 'hidden') return [];
      return [{ request, box: labelBox(request, spot.side, undefined, spot.shift) }];
    });
    expect(placed.length).toBeGreaterThan(10);
    placed.forEach(({ request, box }, index) => {
      expect(box.x1 >= 0 && box.y1 >= 0 && box.x2 <= 400 && box.y2 <= 300).toBe(true);
      for (const other of placed.slice(index + 1)) expect(boxesOverlap(box, other.box)).toBe(false);
      for (const other of requests) {
        if (other === request) continue;
        const character = {
          x1: other.x - 10,
          y1: other.y - 10,
          x2: other.x + 10,
          y2: other.y + 10,
        };
        expect(boxesOverlap(box, character)).toBe(false);
      }
    });
  });
});

describe('labelBox', () => {
  it('is the bounding box Cytoscape reports for each side', () => {
    // Measured from Cytoscape 3.35 (updateBoundsFromLabel): a label 60 × 20 beside a bare
    // node of 18 (border 1.5) at (100, 100), text margin 5, outline 3, 2 units of error.
    const request = { ...node('a', 100, 100, 0, 60), height: 20, anchorHalf: 9 };
    expect(labelBox(request, 'left')).toEqual({ x1: 31, y1: 90, x2: 91, y2: 110 });
    expect(labelBox(request, 'right')).toEqual({ x1: 109, y1: 90, x2: 169, y2: 110 });
    expect(labelBox(request, 'bottom')).toEqual({ x1: 70, y1: 109, x2: 130, y2: 129 });
    expect(labelBox(request, 'top')).toEqual({ x1: 70, y1: 71, x2: 130, y2: 91 });
    expect(labelBox(request, 'bottom-right')).toEqual({ x1: 105, y1: 105, x2: 165, y2: 125 });
    expect(labelBox(request, 'top-left')).toEqual({ x1: 35, y1: 75, x2: 95, y2: 95 });
  });
});
