import { easeCubicInOut as d3Ease } from 'd3';
import { describe, expect, it } from 'vitest';
import { easeCubicInOut } from '../../src/graph/animator';

describe('easing', () => {
  it('is d3’s cubic in-out, written out to keep d3-ease out of the widget', () => {
    for (let step = 0; step <= 100; step++) {
      const t = step / 100;
      expect(easeCubicInOut(t)).toBeCloseTo(d3Ease(t), 12);
    }
  });
});
