// Timing helpers for the benchmark page: a step is timed from its input to the end of the
// next frame in which Cytoscape has drawn it.
export function nextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
  );
}

export interface Stats {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly mean: number;
  readonly n: number;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = samples.reduce((sum, x) => sum + x, 0) / Math.max(1, samples.length);
  return {
    p50: at(0.5),
    p95: at(0.95),
    max: sorted[sorted.length - 1] ?? 0,
    mean,
    n: samples.length,
  };
}

/** A seeded sequence of episode positions: adjacent steps or random jumps. */
export function episodeSequence(
  kind: 'adjacent' | 'random',
  episodes: number,
  count: number,
  seed = 7,
): number[] {
  let state = seed;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const out: number[] = [];
  let current = Math.floor(episodes / 2);
  for (let i = 0; i < count; i++) {
    if (kind === 'adjacent') {
      current += current >= episodes - 1 ? -1 : current <= 0 ? 1 : random() < 0.5 ? -1 : 1;
    } else {
      let next = Math.floor(random() * episodes);
      if (next === current) next = (next + 1 + Math.floor(random() * (episodes - 1))) % episodes;
      current = next;
    }
    out.push(current);
  }
  return out;
}

/** The viewport the Plotweb view picks, for the other contenders. */
export { fitViewport } from '../src/graph/viewport';
