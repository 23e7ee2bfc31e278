import { describe, expect, it } from 'vitest';
import { EpisodeResolver, seasonOf } from '../../src/model';

const oneSeason = new EpisodeResolver([{ id: 'S1E1' }, { id: 'S1E2' }, { id: 'S1E3' }]);
const twoSeasons = new EpisodeResolver([{ id: 'S1E1' }, { id: 'S1E2' }, { id: 'S2E1' }]);

describe('episode references', () => {
  it('resolve ids, short forms and positions to the same 0-based position', () => {
    for (const ref of ['S1E3', 's1e3', 'S01E03', 'E3', 'e3', 3] as const) {
      expect(oneSeason.resolve(ref)).toEqual({ position: 2 });
    }
  });

  it('refuse "E1" when the show has several seasons, and say how to fix it', () => {
    const result = twoSeasons.resolve('E1');
    expect(result).toMatchObject({
      error: expect.stringContaining('ambiguous'),
      fix: expect.stringContaining('S1E1'),
    });
    expect(twoSeasons.resolve('S2E1')).toEqual({ position: 2 });
  });

  it('refuse unknown ids and out-of-range positions', () => {
    expect(oneSeason.resolve('S9E99')).toHaveProperty('error');
    expect(oneSeason.resolve(0)).toHaveProperty('error');
    expect(oneSeason.resolve(4)).toHaveProperty('error');
    expect(oneSeason.resolve('E4')).toHaveProperty('error');
  });

  it('accept ids of other forms, such as acts and scenes', () => {
    const play = new EpisodeResolver([{ id: 'A1S1' }, { id: 'A1S2' }]);
    expect(play.resolve('a1s2')).toEqual({ position: 1 });
    expect(play.resolve('E2')).toEqual({ position: 1 });
  });

  it('read the season from the id unless the file names it', () => {
    expect(seasonOf({ id: 'S2E4' })).toBe('2');
    expect(seasonOf({ id: 'A1S1', season: 'Act 1' })).toBe('Act 1');
    expect(seasonOf({ id: 'pilot' })).toBeUndefined();
  });
});
