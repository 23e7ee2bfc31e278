// GEXF times → episode positions. Plotweb writes integer time = episode number (1-based).
// Other files: integer times from 1 up to MAX_DIRECT_EPISODES are episode numbers too; any
// other times (doubles, zero or negative, years) are ranked, each distinct value becoming
// one episode in order. Spells are inclusive at both ends.

const MAX_DIRECT_EPISODES = 1000;
export const MAX_EPISODES = 10_000;

export interface TimeAxis {
  readonly episodeCount: number;
  /** 0-based position of a time that occurs in the file. */
  position(time: number): number;
}

export function buildTimeAxis(times: readonly number[]): TimeAxis {
  if (times.length === 0) return { episodeCount: 1, position: () => 0 };
  const distinct = [...new Set(times)].sort((a, b) => a - b);
  const lowest = distinct[0] as number;
  const highest = distinct[distinct.length - 1] as number;
  if (distinct.every(Number.isInteger) && lowest >= 1 && highest <= MAX_DIRECT_EPISODES) {
    return { episodeCount: highest, position: (time) => time - 1 };
  }
  const rank = new Map(distinct.map((time, index) => [time, index]));
  return { episodeCount: distinct.length, position: (time) => rank.get(time) ?? 0 };
}

/** A span of episode positions, inclusive. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** Sorted spans with overlapping or touching ones joined: [1,3] and [4,6] become [1,6]. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const merged: Span[] = [];
  for (const span of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && span.from <= previous.to + 1) {
      merged[merged.length - 1] = { from: previous.from, to: Math.max(previous.to, span.to) };
    } else merged.push(span);
  }
  return merged;
}
