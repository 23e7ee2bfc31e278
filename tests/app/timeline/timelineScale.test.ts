import { describe, expect, it } from 'vitest';
import {
  keyTarget,
  nearestPosition,
  pageStep,
  seasonMarks,
  trackGeometry,
} from '../../../src/app/timeline/timelineScale';
import type { Episode } from '../../../src/model';

const episode = (id: string, position: number, season?: string, title?: string): Episode => ({
  id,
  title,
  position,
  note: undefined,
  uncovered: false,
  season,
});

describe('timelineScale', () => {
  it('pages by a tenth of the visible episodes, at least 3', () => {
    expect(pageStep(9)).toBe(3);
    expect(pageStep(49)).toBe(5);
    expect(keyTarget('PageUp', 40, 49)).toBe(45);
    expect(keyTarget('PageUp', 48, 49)).toBe(49);
    expect(keyTarget('Enter', 4, 49)).toBeUndefined();
  });

  it('finds seasons among visible episodes only, labelling non-numeric seasons as given', () => {
    const show = [
      episode('S1E1', 0, '1'),
      episode('S1E2', 1, '1'),
      episode('Special', 2, 'Specials'),
      episode('S2E1', 3, '2'),
    ];
    expect(seasonMarks(show, 3)).toEqual([
      { position: 0, label: 'Season 1', divider: false },
      { position: 2, label: 'Specials', divider: true },
      { position: 3, label: 'Season 2', divider: true },
    ]);
    expect(seasonMarks(show, 1)).toEqual([]);
    expect(seasonMarks([episode('Pilot', 0), episode('Two', 1)], 1)).toEqual([]);
  });

  it('maps offsets to the nearest episode and keeps one episode centred', () => {
    const geometry = trackGeometry(600, 9, 43);
    expect(nearestPosition(geometry, geometry.x(3) + geometry.step * 0.4, 9)).toBe(3);
    expect(nearestPosition(geometry, geometry.x(3) + geometry.step * 0.6, 9)).toBe(4);
    expect(nearestPosition(geometry, -500, 9)).toBe(0);
    expect(nearestPosition(geometry, 5000, 9)).toBe(9);
    const single = trackGeometry(600, 0, 43);
    expect(single.x(0)).toBe(300);
    expect(nearestPosition(single, 10, 0)).toBe(0);
  });
});
