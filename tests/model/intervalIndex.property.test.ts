// The interval index against a brute-force reference: every query gives the items it should,
// in the index's documented order (by start, earliest first, then by end, latest first, for
// `at` and `startedBetween`; by end, then start, earliest first, for `endedBetween`; ties in
// file order).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIntervalIndex } from '../../src/model/intervalIndex';

interface Item {
  readonly n: number;
  readonly start: number;
  readonly end: number;
}

const inputs = fc.integer({ min: 1, max: 9 }).chain((episodes) =>
  fc.record({
    episodes: fc.constant(episodes),
    items: fc.array(
      fc
        .tuple(fc.nat({ max: episodes - 1 }), fc.nat({ max: episodes - 1 }))
        .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
      { maxLength: 60 },
    ),
    lo: fc.integer({ min: -1, max: episodes - 1 }),
    hi: fc.nat({ max: episodes - 1 }),
  }),
);

const byStartThenLatestEnd = (a: Item, b: Item) => a.start - b.start || b.end - a.end || a.n - b.n;
const byEndThenStart = (a: Item, b: Item) => a.end - b.end || a.start - b.start || a.n - b.n;
const numbers = (items: readonly Item[]) => items.map((item) => item.n);

describe('interval index', () => {
  it('answers every query as a brute-force filter and sort would (property, 1000 runs)', () => {
    fc.assert(
      fc.property(inputs, ({ episodes, items: plain, lo, hi }) => {
        const items: Item[] = plain.map((item, n) => ({ ...item, n }));
        const index = buildIntervalIndex(
          items,
          episodes,
          (item) => item.start,
          (item) => item.end,
        );
        for (let episode = 0; episode < episodes; episode++) {
          const holding = items.filter((item) => item.start <= episode && episode <= item.end);
          expect(numbers(index.at(episode))).toEqual(numbers(holding.sort(byStartThenLatestEnd)));
        }
        const started = items.filter(
          (item) => item.start > lo && item.start <= hi && item.end >= hi,
        );
        expect(numbers(index.startedBetween(lo, hi))).toEqual(
          numbers(started.sort(byStartThenLatestEnd)),
        );
        // What ends is asked from an episode on (the timeline never asks from before the first).
        const from = Math.max(0, lo);
        const ended = items.filter(
          (item) => item.end >= from && item.end < hi && item.start <= from,
        );
        expect(numbers(index.endedBetween(from, hi))).toEqual(numbers(ended.sort(byEndThenStart)));
      }),
      { numRuns: 1000 },
    );
  });
});
