// Quick timing of the timeline engine in Node (the full benchmark runs in Chromium:
// `npm run bench`). Prints build time and mean/p95 cost per snapshotAt and diff call.
import { buildTimeline, validateGraphData, type Dataset } from '../src/model';
import { syntheticShow } from '../src/model/synthetic';

const SIZES = [
  [1_000, 5_000],
  [10_000, 50_000],
  [100_000, 500_000],
] as const;
const EPISODES = 50;
const CALLS = 300;

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  return `mean ${mean.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms`;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

for (const [characters, relationships] of SIZES) {
  const data = syntheticShow({ characters, relationships, episodes: EPISODES, seed: 42 });
  let dataset: Dataset | undefined;
  const validateMs = time(() => {
    const result = validateGraphData(data);
    if (!result.ok) throw new Error('synthetic data is invalid');
    dataset = result.dataset;
  });
  if (!dataset) throw new Error('unreachable');
  const loaded: Dataset = dataset;
  let timeline = buildTimeline(loaded);
  const buildMs = time(() => {
    timeline = buildTimeline(loaded);
  });
  let seed = 1;
  const episode = () => (seed = (seed * 48271) % 2147483647) % EPISODES;
  const snapshot: number[] = [];
  const adjacent: number[] = [];
  const jump: number[] = [];
  let answer = 0;
  for (let i = 0; i < CALLS; i++) {
    const e = episode();
    snapshot.push(time(() => (answer += timeline.snapshotAt(e).relationships.length)));
    const f = Math.min(EPISODES - 1, e + 1);
    adjacent.push(time(() => (answer += timeline.diff(e, f).relationships.added.length)));
    const g = episode();
    jump.push(time(() => (answer += timeline.diff(e, g).relationships.removed.length)));
  }
  const mid = timeline.snapshotAt(EPISODES / 2);
  console.log(
    `${characters}/${relationships} (${EPISODES} episodes; ${mid.relationships.length} active mid-show): validate ${validateMs.toFixed(0)} ms, build ${buildMs.toFixed(1)} ms\n` +
      `  snapshotAt ${stats(snapshot)}\n  diff adjacent ${stats(adjacent)}\n  diff random ${stats(jump)}  (checksum ${answer})`,
  );
}
