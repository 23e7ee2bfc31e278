// The per-episode change count that `npm run changes` prints, on small shows built in code,
// and the shipped Tiny Pretty Things file, which must move at every covered episode.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateGraphData, type GraphData } from '../../src/model';
import { formatChanges, quietEpisodes, visibleChanges } from '../../scripts/changes';
import { minimalData } from '../fixtures/data';

function dataset(data: GraphData) {
  const result = validateGraphData(data);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe('visibleChanges', () => {
  it('counts entrances, starts, ends, exits and state changes, not notes', () => {
    const data: GraphData = {
      ...minimalData(),
      characters: [
        { id: 'bette', name: 'Bette', notes: [{ from: 'S1E2', text: 'Only a note.' }] },
        { id: 'delia', name: 'Delia', firstEpisode: 'S1E2', until: 'S1E2' },
        {
          id: 'cassie',
          name: 'Cassie',
          states: [
            { state: 'in a coma', from: 'S1E1' },
            { state: 'awake', from: 'S1E3' },
          ],
        },
      ],
      relationships: [
        {
          id: 'r1',
          source: 'bette',
          target: 'delia',
          type: 'sibling',
          from: 'S1E2',
          until: 'S1E2',
          sources: [{ source: 'article' }],
        },
        {
          id: 'r2',
          source: 'bette',
          target: 'cassie',
          type: 'suspect',
          from: 'S1E1',
          sources: [{ source: 'article' }],
        },
      ],
    };
    const rows = visibleChanges(dataset(data));
    expect(rows.map(({ episode, total }) => [episode, total])).toEqual([
      ['S1E1', 4], // Bette and Cassie enter, r2 starts, Cassie is in a coma
      ['S1E2', 2], // Delia enters and r1 starts; Bette's note is not drawn
      ['S1E3', 3], // Delia leaves, r1 ends, Cassie wakes
    ]);
    expect(rows[2]).toMatchObject({ entered: 0, left: 1, started: 0, ended: 1, states: 1 });
  });

  it('counts a marker change with the same state text', () => {
    const data: GraphData = {
      ...minimalData(),
      characters: [
        {
          id: 'cassie',
          name: 'Cassie',
          states: [
            { state: 'still', from: 'S1E1' },
            { state: 'still', from: 'S1E2', marker: 'coma' },
          ],
        },
      ],
      relationships: [],
    };
    expect(visibleChanges(dataset(data)).map((row) => row.states)).toEqual([1, 1, 0]);
  });

  it('reports quiet episodes except those named, ignoring case', () => {
    const rows = visibleChanges(dataset(minimalData()));
    const totals = rows.map((row) => row.total);
    expect(quietEpisodes(rows, 100).map((row) => row.episode)).toEqual(['S1E1', 'S1E2', 'S1E3']);
    expect(quietEpisodes(rows, 100, ['s1e2']).map((row) => row.episode)).toEqual(['S1E1', 'S1E3']);
    expect(quietEpisodes(rows, Math.min(...totals))).toEqual([]);
    const lines = formatChanges(rows);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^S1E1 +\d+ changes \(\d+ enter, 0 leave, \d+ start, 0 end, \d+ state\)$/,
    );
    expect(lines[3]).toMatch(/^3 episodes, \d+ changes, fewest in one episode: \d+$/);
  });
});

describe('episodes the file marks uncovered', () => {
  const marked = (): GraphData => {
    const data = minimalData();
    return {
      ...data,
      episodes: data.episodes.map((e, i) => (i === 1 ? { ...e, uncovered: true } : e)),
    };
  };

  it('are left out of the quiet episodes, and say so on their line', () => {
    const rows = visibleChanges(dataset(marked()));
    expect(rows.map((row) => row.uncovered)).toEqual([false, true, false]);
    expect(quietEpisodes(rows, 100).map((row) => row.episode)).toEqual(['S1E1', 'S1E3']);
    const lines = formatChanges(rows);
    expect(lines[1]).toMatch(/\[uncovered: no source covers it\]$/);
    expect(lines[0]).not.toMatch(/uncovered/);
  });

  it('still count as quiet when the file does not mark them', () => {
    const rows = visibleChanges(dataset(minimalData()));
    expect(quietEpisodes(rows, 100).map((row) => row.episode)).toContain('S1E2');
  });
});

describe('the shipped Tiny Pretty Things file', () => {
  const raw = JSON.parse(
    readFileSync('graph-data/tiny-pretty-things-s1.json', 'utf8'),
  ) as GraphData;
  const rows = visibleChanges(dataset(raw));

  it('brings at least 3 visible changes in every episode but the one no source covers', () => {
    const uncovered = raw.episodes.filter((episode) => episode.uncovered === true);
    expect(uncovered.map((episode) => episode.id)).toEqual(['S1E6']);
    expect(uncovered[0]?.note).toMatch(/no source covers/i);
    // The file's own mark is enough: no --except needed.
    expect(quietEpisodes(rows, 3)).toEqual([]);
    expect(rows.find((row) => row.episode === 'S1E6')?.total).toBe(0);
  });
});
