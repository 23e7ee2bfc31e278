import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAP_DEGREE, degrees, NODE_SIZE, nodeSize, type Relationship } from '../../src/model';

describe('node size by importance', () => {
  it('maps degree on a square-root scale from 18 to 40 px, capped', () => {
    expect(nodeSize(0)).toBe(NODE_SIZE.min);
    expect(nodeSize(CAP_DEGREE)).toBe(NODE_SIZE.max);
    expect(nodeSize(CAP_DEGREE * 5)).toBe(NODE_SIZE.max);
    // A quarter of the cap reaches half the range: sqrt(1/4).
    expect(nodeSize(CAP_DEGREE / 4)).toBe(29);
  });

  it('never shrinks as degree grows, and stays in range', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(nodeSize(low)).toBeLessThanOrEqual(nodeSize(high));
        expect(nodeSize(high)).toBeGreaterThanOrEqual(NODE_SIZE.min);
        expect(nodeSize(high)).toBeLessThanOrEqual(NODE_SIZE.max);
      }),
    );
  });

  it('counts each relationship once for each of its ends', () => {
    const tie = (source: string, target: string) => ({ source, target }) as Relationship;
    expect(degrees([tie('a', 'b'), tie('a', 'c'), tie('b', 'a')])).toEqual(
      new Map([
        ['a', 3],
        ['b', 2],
        ['c', 1],
      ]),
    );
  });
});
