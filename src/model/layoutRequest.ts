// The layout's input as it travels to the layout worker (src/graph/layout.worker.ts): the
// cast, and the relationships as a typed array of index pairs, moved rather than copied.
// Kept apart from layout.ts so that the widget can build it without loading the layout.
import type { Dataset } from './dataset';
import type { LayoutInput } from './layout';

/** The cast, and each relationship's ends as a pair of indexes into it (layoutRequest). */
export interface LayoutRequest {
  readonly characters: LayoutInput['characters'];
  readonly ends: Int32Array;
}

/**
 * What the layout needs from a dataset, in a form that is quick to hand to the worker: the
 * characters, and each relationship's two ends as indexes into them, in one typed array that
 * is moved rather than copied (a show of 200,000 relationships would otherwise spend a
 * quarter of a second on the page just copying them).
 */
export function layoutRequest(dataset: Dataset): LayoutRequest {
  const index = new Map(dataset.characters.map((character, i) => [character.id, i]));
  const ends = new Int32Array(dataset.relationships.length * 2);
  dataset.relationships.forEach(({ source, target }, i) => {
    ends[2 * i] = index.get(source) ?? -1;
    ends[2 * i + 1] = index.get(target) ?? -1;
  });
  return {
    characters: dataset.characters.map(({ id, name, group, position, spans }) => ({
      id,
      name,
      group,
      position,
      spans,
    })),
    ends,
  };
}

/** The layout's input from a request: ends that name no character are left out. */
export function fromRequest({ characters, ends }: LayoutRequest): LayoutInput {
  const relationships: { source: string; target: string }[] = [];
  for (let i = 0; i + 1 < ends.length; i += 2) {
    const source = characters[ends[i] as number];
    const target = characters[ends[i + 1] as number];
    if (source && target) relationships.push({ source: source.id, target: target.id });
  }
  return { characters, relationships };
}
