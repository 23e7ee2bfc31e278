import { describe, expect, it } from 'vitest';
import { styleAtZoom } from '../../src/graph/camera';
import { missedBudgets, viewFigures, type ViewSample } from '../../src/graph/viewMetrics';

const node = (id: string, x: number, y: number) => ({
  id,
  x,
  y,
  box: { x1: x - 10, y1: y - 10, x2: x + 10, y2: y + 10 },
  label: { x1: x - 20, y1: y + 10, x2: x + 20, y2: y + 24 },
  labelDrawn: true,
  fontPx: 10,
});

function sample(edges: ViewSample['edges']): ViewSample {
  return { width: 200, height: 200, nodes: [node('a', 30, 30), node('b', 170, 170)], edges };
}

describe('viewFigures', () => {
  it('measures how far apart the curves of one pair run at their middles', () => {
    const figures = viewFigures(
      sample([
        { source: 'a', target: 'b', mid: { x: 100, y: 100 } },
        { source: 'b', target: 'a', mid: { x: 104, y: 97 } },
      ]),
    );
    expect(figures.parallelGap).toBeCloseTo(5);
    expect(missedBudgets(figures)).toContain('two curves of one pair 5.0 px apart');
  });

  it('has no pair gap when every pair has one relationship', () => {
    const figures = viewFigures(sample([{ source: 'a', target: 'b', mid: { x: 100, y: 100 } }]));
    expect(figures.parallelGap).toBe(Infinity);
    expect(missedBudgets(figures)).toEqual([]);
  });
});

describe('styleAtZoom', () => {
  it('spaces the curves of one pair wider in model units as the view zooms out', () => {
    for (const zoom of [0.2, 0.4, 0.7, 1, 1.5]) {
      const step = styleAtZoom({}, zoom, false).curveStep ?? 0;
      // Two curves part by half the step at their middles.
      expect((step / 2) * zoom).toBeGreaterThanOrEqual(10.5);
    }
  });
});
