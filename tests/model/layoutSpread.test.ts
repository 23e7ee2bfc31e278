// The camera fits the whole season, so the layout spreads each early cast: at every episode
// the characters on screen span most of the layout's width and height (issue 11's canvas use).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateGraphData, type Dataset } from '../../src/model';
import { computeLayout, type Point } from '../../src/model/layout';

function unbaked(file: string): Dataset {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { characters: { position?: unknown }[] };
  for (const character of raw.characters) delete character.position;
  const result = validateGraphData(raw);
  if (!result.ok) throw new Error(`${file} does not validate`);
  return result.dataset;
}

function span(positions: ReadonlyMap<string, Point>, ids: readonly string[]) {
  const xs = ids.map((id) => (positions.get(id) as Point).x);
  const ys = ids.map((id) => (positions.get(id) as Point).y);
  return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
}

/** Width and height share of the whole layout that each episode's cast spans. */
function shares(dataset: Dataset) {
  const positions = computeLayout(dataset);
  const whole = span(positions, [...positions.keys()]);
  return dataset.episodes.map((episode, index) => {
    const cast = dataset.characters
      .filter((character) =>
        character.spans.some((s) => s.from <= index && (s.until === undefined || index <= s.until)),
      )
      .map((character) => character.id);
    const part = span(positions, cast);
    return { episode: episode.id, cast: cast.length, w: part.w / whole.w, h: part.h / whole.h };
  });
}

describe('the layout spreads early casts', () => {
  it.each(['graph-data/hamlet.json', 'graph-data/tiny-pretty-things-s1.json'])(
    '%s: every episode with three or more characters spans most of the layout',
    (file) => {
      for (const share of shares(unbaked(file))) {
        if (share.cast < 3) continue;
        expect(Math.min(share.w, share.h), share.episode).toBeGreaterThanOrEqual(0.72);
      }
    },
  );

  it('spreads a small first cast that the forces would leave in the middle', () => {
    // Three hubs meet first; thirty others, each tied to a hub, arrive in episode 2.
    const others = Array.from({ length: 30 }, (_, i) => `c${i}`);
    const source = [{ source: 'notes' }];
    const result = validateGraphData({
      schemaVersion: 2,
      show: { title: 'Spread', sources: [{ id: 'notes', title: 'Notes' }] },
      episodes: [{ id: 'E1' }, { id: 'E2' }],
      types: [{ id: 'knows', label: 'Knows', directed: false }],
      characters: [
        ...['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase() })),
        ...others.map((id) => ({ id, name: id, firstEpisode: 'E2' })),
      ],
      relationships: [
        { id: 'ab', source: 'a', target: 'b', type: 'knows', from: 'E1', sources: source },
        { id: 'bc', source: 'b', target: 'c', type: 'knows', from: 'E1', sources: source },
        ...others.map((id, i) => ({
          id: `r${id}`,
          source: ['a', 'b', 'c'][i % 3] as string,
          target: id,
          type: 'knows',
          from: 'E2',
          sources: source,
        })),
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [first] = shares(result.dataset);
    expect(first?.cast).toBe(3);
    expect(Math.min(first?.w ?? 0, first?.h ?? 0)).toBeGreaterThanOrEqual(0.72);
  });
});
