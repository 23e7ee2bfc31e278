// Items that hold over a range of episodes [start, end], indexed so that "what holds at
// e" and "what starts or stops holding between a and b" read only their answer.
//
// Items are bucketed by start episode (sorted by end, latest first) and by end episode
// (sorted by start, earliest first); each query reads the qualifying prefix of a few
// buckets: O(E + answer), where E, the number of episodes, is small next to n.

import { runAll, SLICE_ITEMS, type Steps } from './slices';

export interface IntervalIndex<T> {
  /** Items holding at `episode`. */
  at(episode: number, out?: T[]): T[];
  /** Items starting in (lo, hi] and still holding at hi: what appears moving lo → hi. */
  startedBetween(lo: number, hi: number, out?: T[]): T[];
  /** Items holding at lo and ending before hi: what disappears moving lo → hi. */
  endedBetween(lo: number, hi: number, out?: T[]): T[];
}

export function buildIntervalIndex<T>(
  items: readonly T[],
  episodeCount: number,
  startOf: (item: T) => number,
  endOf: (item: T) => number,
): IntervalIndex<T> {
  return runAll(intervalIndexSteps(items, episodeCount, startOf, endOf));
}

/**
 * buildIntervalIndex, pausing every few thousand items. No bucket is sorted: each is filled
 * in its final order by walking the other kind of bucket in key order, a pass that pauses
 * like any other. Sorting a bucket could not pause, and the open end holds most of a big
 * show (133,000 of 200,000 relationships: 50-60 ms in one go).
 */
export function* intervalIndexSteps<T>(
  items: readonly T[],
  episodeCount: number,
  startOf: (item: T) => number,
  endOf: (item: T) => number,
): Steps<IntervalIndex<T>> {
  const buckets = () => Array.from({ length: episodeCount }, (): T[] => []);
  // In file order first; then byStart by end, latest first, and byEnd by start, earliest
  // first, ties in file order (what a stable sort of each bucket gives). Every start and end
  // is an episode position (the checker sees to it), so each item lands in both kinds.
  const startsInOrder = buckets();
  const endsInOrder = buckets();
  let done = 0;
  for (const item of items) {
    startsInOrder[startOf(item)]?.push(item);
    endsInOrder[endOf(item)]?.push(item);
    if (++done % SLICE_ITEMS === 0) yield;
  }
  const byStart = buckets();
  for (let end = episodeCount - 1; end >= 0; end--) {
    for (const item of endsInOrder[end] as T[]) {
      byStart[startOf(item)]?.push(item);
      if (++done % SLICE_ITEMS === 0) yield;
    }
  }
  const byEnd = buckets();
  for (const bucket of startsInOrder) {
    for (const item of bucket) {
      byEnd[endOf(item)]?.push(item);
      if (++done % SLICE_ITEMS === 0) yield;
    }
  }

  const startedBetween = (lo: number, hi: number, out: T[] = []) => {
    for (let start = Math.max(0, lo + 1); start <= hi; start++) {
      for (const item of byStart[start] as T[]) {
        if (endOf(item) < hi) break;
        out.push(item);
      }
    }
    return out;
  };

  const endedBetween = (lo: number, hi: number, out: T[] = []) => {
    for (let end = lo; end < hi; end++) {
      for (const item of byEnd[end] as T[]) {
        if (startOf(item) > lo) break;
        out.push(item);
      }
    }
    return out;
  };

  return { at: (episode, out) => startedBetween(-1, episode, out), startedBetween, endedBetween };
}
