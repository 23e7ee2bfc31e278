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

/** buildIntervalIndex, pausing every few thousand items and after each bucket's sort. */
export function* intervalIndexSteps<T>(
  items: readonly T[],
  episodeCount: number,
  startOf: (item: T) => number,
  endOf: (item: T) => number,
): Steps<IntervalIndex<T>> {
  const byStart: T[][] = Array.from({ length: episodeCount }, () => []);
  const byEnd: T[][] = Array.from({ length: episodeCount }, () => []);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    byStart[startOf(item)]?.push(item);
    byEnd[endOf(item)]?.push(item);
    if (i % SLICE_ITEMS === SLICE_ITEMS - 1) yield;
  }
  for (const bucket of byStart) {
    bucket.sort((a, b) => endOf(b) - endOf(a));
    if (bucket.length > SLICE_ITEMS / 4) yield;
  }
  for (const bucket of byEnd) {
    bucket.sort((a, b) => startOf(a) - startOf(b));
    if (bucket.length > SLICE_ITEMS / 4) yield;
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
