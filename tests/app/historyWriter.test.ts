// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createHistoryWriter, EMPTY_URL_STATE } from '../../src/app/urlState';

describe('history writer', () => {
  let clock = 0;
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    clock = 0;
  });

  it('replaces the opening entry, groups a run of one kind of change, and pushes a new kind', () => {
    const start = window.history.length;
    const write = createHistoryWriter(800, () => clock);
    const at = (episode: string, hidden: string[] = []) => ({
      ...EMPTY_URL_STATE,
      show: 's',
      episode,
      hidden,
    });
    write(at('E1'));
    expect(window.history.length).toBe(start);
    expect(window.location.search).toBe('?show=s&ep=E1');
    clock += 100;
    write(at('E1', ['x'])); // a filter: new kind of change
    expect(window.history.length).toBe(start + 1);
    clock += 100;
    write(at('E2', ['x'])); // an episode step right after: new kind again
    expect(window.history.length).toBe(start + 2);
    for (const episode of ['E3', 'E4', 'E5']) {
      clock += 50; // dragging: one entry for the whole run
      write(at(episode, ['x']));
    }
    expect(window.history.length).toBe(start + 2);
    expect(window.location.search).toBe('?show=s&ep=E5&hide=x');
    clock += 2000; // after a pause, the same kind gets its own entry
    write(at('E6', ['x']));
    expect(window.history.length).toBe(start + 3);
  });

  it('collapses a playback run into one entry however long each episode lasts', () => {
    const start = window.history.length;
    const write = createHistoryWriter(800, () => clock);
    const at = (episode: string) => ({ ...EMPTY_URL_STATE, show: 's', episode });
    write(at('E1'));
    clock += 5000;
    write(at('E2'), 'play');
    expect(window.history.length).toBe(start + 1);
    for (const episode of ['E3', 'E4', 'E5']) {
      clock += 1500;
      write(at(episode), 'play');
    }
    expect(window.history.length).toBe(start + 1);
    expect(window.location.search).toBe('?show=s&ep=E5');
    clock += 5000;
    write(at('E6'));
    expect(window.history.length).toBe(start + 2);
  });
});
