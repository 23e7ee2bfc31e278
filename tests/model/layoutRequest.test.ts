import { describe, expect, it } from 'vitest';
import { buildDataset, validateGraphData } from '../../src/model';
import { computeLayout } from '../../src/model/layout';
import { fromRequest, layoutRequest } from '../../src/model/layoutRequest';
import { syntheticShow } from '../../src/model/synthetic';

describe('the layout request sent to the worker', () => {
  const result = validateGraphData(
    syntheticShow({ characters: 60, relationships: 240, episodes: 5, seed: 9 }),
  );
  if (!result.ok) throw new Error('synthetic show is invalid');
  const dataset = buildDataset(result.data);

  it('carries every relationship as a pair of character indexes in one movable buffer', () => {
    const request = layoutRequest(dataset);
    expect(request.ends).toBeInstanceOf(Int32Array);
    expect(request.ends.length).toBe(dataset.relationships.length * 2);
    expect(fromRequest(request).relationships).toEqual(
      dataset.relationships.map(({ source, target }) => ({ source, target })),
    );
    // The buffer survives a structured copy that moves it (as postMessage does).
    const moved = structuredClone(request, { transfer: [request.ends.buffer] });
    expect(request.ends.length).toBe(0);
    expect(computeLayout(fromRequest(moved))).toEqual(computeLayout(dataset));
  });

  it('leaves out ends that name no character', () => {
    const request = layoutRequest(dataset);
    const ends = Int32Array.from([0, 1, -1, 2, 3, 99_999]);
    expect(fromRequest({ ...request, ends }).relationships).toEqual([
      { source: dataset.characters[0]?.id, target: dataset.characters[1]?.id },
    ]);
  });
});
