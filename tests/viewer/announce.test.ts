import { describe, expect, it } from 'vitest';
import type { Episode } from '../../src/model';
import { changesText, episodeText, graphLabel, valueText } from '../../src/viewer';

const episode = (id: string, position: number, title?: string): Episode => ({
  id,
  title,
  position,
  note: undefined,
  uncovered: false,
  season: '1',
});

describe('announcements', () => {
  it('describes an episode with or without a title', () => {
    expect(valueText(episode('S1E1', 0, 'Pilot'), 0, 4, 1)).toBe(
      'S1E1 “Pilot” — episode 1 of 5 — 1 change',
    );
    expect(valueText(episode('S1E2', 1), 1, 4, 12)).toBe('S1E2 — episode 2 of 5 — 12 changes');
    expect(changesText(0)).toBe('no changes');
  });

  it('names the stepper readout and the graph', () => {
    expect(episodeText(episode('S1E3', 2, 'Third'))).toBe('S1E3 — Third');
    expect(episodeText(undefined)).toBe('');
    const snapshot = {
      episode: 2,
      characters: [],
      relationships: [],
      countsByType: new Map<string, number>(),
    };
    expect(graphLabel(episode('S1E3', 2), snapshot)).toBe(
      'Relationship graph at S1E3: 0 characters, 0 relationships',
    );
  });
});
