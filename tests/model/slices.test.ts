import { describe, expect, it } from 'vitest';
import {
  buildDataset,
  buildTimeline,
  datasetSteps,
  runAll,
  runSliced,
  timelineSteps,
  validateGraphData,
  type Steps,
} from '../../src/model';
import { syntheticShow } from '../../src/model/synthetic';

const show = () => {
  const result = validateGraphData(
    syntheticShow({ characters: 400, relationships: 12_000, episodes: 20, seed: 3 }),
  );
  if (!result.ok) throw new Error('synthetic show is invalid');
  return result.data;
};

/** Counts how often a build pauses. */
function* counted<T>(steps: Steps<T>, count: { pauses: number }): Steps<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    count.pauses++;
    yield;
  }
}

describe('builds in slices', () => {
  it('build the same dataset and timeline as the one-go builds, pausing along the way', async () => {
    const data = show();
    const pauses = { pauses: 0 };
    // A zero budget gives the thread back at every pause.
    const dataset = await runSliced(counted(datasetSteps(data), pauses), { budgetMs: 0 });
    expect(dataset).toEqual(buildDataset(data));
    expect(pauses.pauses).toBeGreaterThanOrEqual(2);
    if (dataset === undefined) throw new Error('not built');
    const timeline = await runSliced(timelineSteps(dataset), { budgetMs: 0 });
    if (timeline === undefined) throw new Error('not built');
    const whole = buildTimeline(dataset);
    expect(timeline.changeCounts()).toEqual(whole.changeCounts());
    for (const episode of [0, 7, 19]) {
      expect(timeline.snapshotAt(episode)).toEqual(whole.snapshotAt(episode));
    }
    expect(timeline.diff(3, 15)).toEqual(whole.diff(3, 15));
  });

  it('give the thread back between slices: a timer set before runs before the end', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    await runSliced(datasetSteps(show()), { budgetMs: 0 }).then(() => order.push('built'));
    expect(order).toEqual(['timer', 'built']);
    // Run to the end at once, the same build leaves no room for a timer.
    const once: string[] = [];
    setTimeout(() => once.push('timer'), 0);
    runAll(datasetSteps(show()));
    once.push('built');
    expect(once).toEqual(['built']);
  });

  it('stop at the next slice once cancelled, with nothing returned', async () => {
    let asked = 0;
    const result = await runSliced(datasetSteps(show()), {
      budgetMs: 0,
      cancelled: () => ++asked >= 2,
    });
    expect(result).toBeUndefined();
    expect(asked).toBe(2);
  });
});
