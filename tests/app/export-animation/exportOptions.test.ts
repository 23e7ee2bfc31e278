// The export's pure choices: which episodes it offers, the file name, the header caption.
import { describe, expect, it } from 'vitest';
import {
  animationFileName,
  episodeChoices,
  frameCaption,
  transitionFor,
} from '../../../src/app/export-animation/exportOptions';
import type { Episode } from '../../../src/model';

const episode = (position: number, title?: string): Episode => ({
  id: `S1E${position + 1}`,
  title,
  position,
  note: undefined,
  uncovered: false,
  season: '1',
});
const episodes = [0, 1, 2, 3, 4].map((position) =>
  episode(position, position === 1 ? 'The Pilot' : undefined),
);

describe('episodeChoices', () => {
  it('offers episodes up to the spoiler cap and none after it', () => {
    expect(episodeChoices(episodes, 2)).toEqual([
      { position: 0, label: 'S1E1' },
      { position: 1, label: 'S1E2 — The Pilot' },
      { position: 2, label: 'S1E3' },
    ]);
    expect(episodeChoices(episodes, 0)).toHaveLength(1);
    expect(episodeChoices(episodes, 4)).toHaveLength(5);
    expect(episodeChoices(episodes, 99)).toHaveLength(5);
  });
});

describe('animationFileName', () => {
  it('names the file <show-slug>-<from>-<to>.<format>', () => {
    expect(animationFileName('tiny-pretty-things-s1', 'S1E1', 'S1E3', 'gif')).toBe(
      'tiny-pretty-things-s1-S1E1-S1E3.gif',
    );
    expect(animationFileName('hamlet', 'A1S1', 'A2S2', 'webm')).toBe('hamlet-A1S1-A2S2.webm');
  });

  it('keeps data-made parts safe as a file name', () => {
    expect(animationFileName('show', '../../etc', 'E 2/3', 'gif')).toBe('show-etc-E-2-3.gif');
    expect(animationFileName('show', '<script>', '…', 'gif')).toBe('show-script-episode.gif');
    expect(animationFileName('café', 'É1', 'E2', 'gif')).toBe('cafe-E1-E2.gif');
  });
});

describe('frameCaption and transitionFor', () => {
  it('captions a frame with the show, then the episode id and its title if any', () => {
    expect(frameCaption('Tiny Pretty Things', episodes[1])).toEqual({
      title: 'Tiny Pretty Things',
      subtitle: 'S1E2 — The Pilot',
    });
    expect(frameCaption('Tiny Pretty Things', episodes[0]).subtitle).toBe('S1E1');
  });

  it('animates into an episode for most of a short slot, and at most 0.8 s', () => {
    expect(transitionFor(0.5)).toBe(300);
    expect(transitionFor(1)).toBe(600);
    expect(transitionFor(3)).toBe(800);
  });
});
