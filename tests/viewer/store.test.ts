import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { buildTimeline, validateGraphData } from '../../src/model';
import { createViewer, mergeNotices } from '../../src/viewer';
import { shippedDataset } from '../fixtures/data';
import { fakeClock } from './fakeClock';

const result = validateGraphData(shippedDataset());
if (!result.ok) throw new Error('invalid dataset');
const timeline = buildTimeline(result.dataset);
const LAST = timeline.episodeCount - 1;

describe('viewer transitions', () => {
  it('starts at the first episode with no cap', () => {
    const viewer = createViewer(timeline);
    expect(viewer.getState()).toMatchObject({ episode: 0, cap: LAST, capped: false });
    expect(viewer.getFrame().snapshot).toEqual(timeline.snapshotAt(0));
  });

  it('seeks and steps within 0..cap, never past it', () => {
    const viewer = createViewer(timeline, { request: { cap: 'S1E5' } });
    viewer.seek(3);
    expect(viewer.getState().episode).toBe(3);
    viewer.step(1);
    expect(viewer.getState().episode).toBe(4);
    viewer.step(1);
    viewer.seek(9);
    expect(viewer.getState().episode).toBe(4);
    viewer.seek(-5);
    expect(viewer.getState().episode).toBe(0);
    viewer.seek(Number.NaN);
    expect(viewer.getState().episode).toBe(0);
    viewer.seek(2.7);
    expect(viewer.getState().episode).toBe(2);
  });

  it('notifies subscribers only on a real change, with a stable frame in between', () => {
    const viewer = createViewer(timeline);
    const listener = vi.fn();
    const unsubscribe = viewer.subscribe(listener);
    const frame = viewer.getFrame();
    expect(viewer.getFrame()).toBe(frame);
    viewer.seek(0);
    expect(listener).not.toHaveBeenCalled();
    viewer.seek(2);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(viewer.getFrame()).not.toBe(frame);
    expect(viewer.getFrame().state.episode).toBe(2);
    unsubscribe();
    viewer.seek(3);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('lowering the cap pulls the episode back and drops a selection not yet in the story', () => {
    const onCapChange = vi.fn();
    const viewer = createViewer(timeline, { onCapChange });
    viewer.seek(9);
    viewer.select('matteo');
    expect(viewer.getState().selected).toBe('matteo');
    viewer.setCap(2);
    expect(viewer.getState()).toMatchObject({ episode: 2, cap: 2, capped: true });
    expect(viewer.getState().selected).toBeUndefined();
    expect(onCapChange).toHaveBeenLastCalledWith('S1E3');
    viewer.setCap(undefined);
    expect(viewer.getState()).toMatchObject({ episode: 2, cap: LAST, capped: false });
    expect(onCapChange).toHaveBeenLastCalledWith(undefined);
  });

  it('never selects a character the story has not reached, and drops one on stepping back', () => {
    const viewer = createViewer(timeline);
    viewer.select('matteo');
    expect(viewer.getState().selected).toBeUndefined();
    viewer.seek(9);
    viewer.select('matteo');
    expect(viewer.getState().selected).toBe('matteo');
    viewer.seek(1);
    expect(viewer.getState().selected).toBeUndefined();
    viewer.select('nobody');
    expect(viewer.getState().selected).toBeUndefined();
  });

  it('toggles types, and the frame draws without the hidden ones', () => {
    const viewer = createViewer(timeline, { request: { episode: 'S1E10' } });
    viewer.toggleType('at-body');
    const frame = viewer.getFrame();
    expect(frame.state.hidden.has('at-body')).toBe(true);
    expect(frame.detail.snapshot.relationships.some((r) => r.type === 'at-body')).toBe(false);
    expect(frame.snapshot.relationships.some((r) => r.type === 'at-body')).toBe(true);
    expect(frame.legend.find((row) => row.type.id === 'at-body')?.hidden).toBe(true);
    viewer.toggleType('at-body');
    expect(viewer.getState().hidden.size).toBe(0);
  });

  it('derives the announcement, the aria-label and what changed', () => {
    const viewer = createViewer(timeline, { request: { episode: 'S1E3', cap: 'S1E5' } });
    const frame = viewer.getFrame();
    const count = timeline.changeCounts()[2] ?? 0;
    expect(frame.announcement).toBe(
      `S1E3${frame.episode?.title ? ` “${frame.episode.title}”` : ''} — episode 3 of 5 — ${count === 1 ? '1 change' : count === 0 ? 'no changes' : `${count} changes`}`,
    );
    expect(frame.ariaLabel).toBe(
      `Relationship graph at S1E3: ${frame.snapshot.characters.length} characters, ${frame.snapshot.relationships.length} relationships`,
    );
    expect(frame.diff).toEqual(timeline.diff(1, 2));
    expect(frame.changeCounts).toEqual(timeline.changeCounts().slice(0, 5));
    viewer.seek(0);
    expect(viewer.getFrame().diff.relationships.added).toEqual(
      timeline.snapshotAt(0).relationships,
    );
  });
});

describe('viewer requests and spoiler rules', () => {
  it('a link never lifts the viewer’s saved limit: the stricter applies, with a notice', () => {
    const viewer = createViewer(timeline, {
      request: { episode: 'S1E10', cap: 'S1E10', savedCap: 'S1E3' },
    });
    expect(viewer.getState()).toMatchObject({ episode: 2, cap: 2, capped: true });
    expect(viewer.notices.join(' ')).toMatch(
      /you have watched up to S1E3; your limit still applies/,
    );
    expect(viewer.getFrame().snapshot).toEqual(timeline.snapshotAt(2));
  });

  it('a stricter link cap wins over a later saved one, without a notice', () => {
    const viewer = createViewer(timeline, { request: { cap: 'S1E3', savedCap: 'S1E5' } });
    expect(viewer.getState()).toMatchObject({ cap: 2, capped: true });
    expect(viewer.notices).toEqual([]);
    expect(viewer.offeredCap).toBeUndefined();
  });

  it('drops what it cannot honour with a notice each', () => {
    const viewer = createViewer(timeline, {
      request: { episode: 'S9E99', selected: 'delia', hidden: ['nope'], cap: 'zzz' },
    });
    expect(viewer.getState()).toMatchObject({ episode: 0, cap: LAST, selected: undefined });
    expect(viewer.notices).toHaveLength(4);
  });

  it('merges identical notices: 20 unknown hidden types give one line, not 20', () => {
    const viewer = createViewer(timeline, {
      request: { hidden: [...Array<string>(20).fill('x'), 'y\u200b'] },
    });
    expect(viewer.notices).toEqual([
      '21 hidden types were not found: "x", "y\\u200b"; they were ignored.',
    ]);
    expect(mergeNotices(['a', 'b', 'a', 'a'])).toEqual(['a (3 times)', 'b']);
  });

  it('shows only the types a widget names', () => {
    const viewer = createViewer(timeline, { request: { shown: ['suspect'] } });
    expect([...viewer.getState().hidden].sort()).toEqual(
      timeline.dataset.types
        .filter((type) => type.id !== 'suspect')
        .map((type) => type.id)
        .sort(),
    );
  });

  it('apply() moves the live view to a new request and stops playback', () => {
    const { clock } = fakeClock();
    const viewer = createViewer(timeline, { clock });
    viewer.play();
    const notices = viewer.apply({ episode: 'S1E4', hidden: ['suspect'] });
    expect(notices).toEqual([]);
    expect(viewer.getState()).toMatchObject({ episode: 3, playing: false });
    expect(viewer.getState().hidden.has('suspect')).toBe(true);
  });

  it('random requests and seeks never show an episode past the cap (property)', () => {
    const ids = timeline.dataset.episodes.map((episode) => episode.id);
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...ids), { nil: undefined }),
        fc.option(fc.constantFrom(...ids), { nil: undefined }),
        fc.option(fc.constantFrom(...ids), { nil: undefined }),
        fc.array(fc.integer({ min: -3, max: 14 }), { maxLength: 20 }),
        (episode, cap, savedCap, seeks) => {
          const viewer = createViewer(timeline, { request: { episode, cap, savedCap } });
          const limit = Math.min(
            cap === undefined ? LAST : ids.indexOf(cap),
            savedCap === undefined ? LAST : ids.indexOf(savedCap),
          );
          for (const position of seeks) {
            viewer.seek(position);
            const { state, snapshot } = viewer.getFrame();
            expect(state.cap).toBe(limit);
            expect(state.episode).toBeLessThanOrEqual(limit);
            expect(snapshot.episode).toBe(state.episode);
          }
        },
      ),
    );
  });
});

describe('viewer playback', () => {
  it('advances one episode per 1.5 s at 1× and stops on the cap', () => {
    const time = fakeClock();
    const viewer = createViewer(timeline, { clock: time.clock, request: { cap: 'S1E4' } });
    viewer.play();
    expect(viewer.getState().playing).toBe(true);
    time.advance(1499);
    expect(viewer.getState().episode).toBe(0);
    time.advance(1);
    expect(viewer.getState().episode).toBe(1);
    time.advance(15_000);
    expect(viewer.getState()).toMatchObject({ episode: 3, playing: false });
    expect(time.pending).toBe(0);
  });

  it('play at the end restarts from the first episode; nothing to play with one episode', () => {
    const time = fakeClock();
    const viewer = createViewer(timeline, { clock: time.clock, request: { episode: 'S1E10' } });
    viewer.togglePlay();
    expect(viewer.getState()).toMatchObject({ episode: 0, playing: true });
    viewer.togglePlay();
    expect(viewer.getState().playing).toBe(false);
    const single = createViewer(timeline, { clock: time.clock, request: { cap: 'S1E1' } });
    single.play();
    expect(single.getState().playing).toBe(false);
  });

  it('a viewer’s step keeps playing from there, a full interval later; the speed sets it', () => {
    const time = fakeClock();
    const viewer = createViewer(timeline, { clock: time.clock });
    viewer.setSpeed(2);
    viewer.play();
    time.advance(750);
    expect(viewer.getState().episode).toBe(1);
    time.advance(500);
    viewer.seek(5);
    time.advance(749);
    expect(viewer.getState().episode).toBe(5);
    time.advance(1);
    expect(viewer.getState().episode).toBe(6);
    viewer.setSpeed(0.5);
    time.advance(2999);
    expect(viewer.getState().episode).toBe(6);
    time.advance(1);
    expect(viewer.getState().episode).toBe(7);
    viewer.seek(LAST);
    expect(viewer.getState().playing).toBe(false);
  });

  it('waits while suspended and resumes with a full interval', () => {
    const time = fakeClock();
    const viewer = createViewer(timeline, { clock: time.clock });
    viewer.play();
    time.advance(1000);
    viewer.suspend('offscreen', true);
    viewer.suspend('drag', true);
    time.advance(10_000);
    expect(viewer.getState().episode).toBe(0);
    viewer.suspend('offscreen', false);
    time.advance(10_000);
    expect(viewer.getState().episode).toBe(0);
    viewer.suspend('drag', false);
    time.advance(1499);
    expect(viewer.getState().episode).toBe(0);
    time.advance(1);
    expect(viewer.getState().episode).toBe(1);
  });

  it('leaves no timer behind when destroyed', () => {
    const time = fakeClock();
    const viewer = createViewer(timeline, { clock: time.clock });
    viewer.play();
    viewer.destroy();
    expect(time.pending).toBe(0);
  });
});
