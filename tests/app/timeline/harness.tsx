// Shared by the Timeline tests: hand-built episodes, a stateful harness and a PointerEvent
// for jsdom. Imported only from tests in this folder.
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { afterEach, beforeAll, vi } from 'vitest';
import { Timeline } from '../../../src/app/timeline/Timeline';
import { viewerPlayback } from '../../../src/app/timeline/viewerPlayback';
import { buildTimeline, validateGraphData, type Episode } from '../../../src/model';
import { createViewer } from '../../../src/viewer';

/** Call once per test file. */
export function setUpTimelineTests() {
  // jsdom 26 has no PointerEvent; without one, fireEvent.pointer* drops clientX and pointerId.
  beforeAll(() => {
    if (typeof window.PointerEvent !== 'undefined') return;
    class PointerEventPolyfill extends MouseEvent {
      readonly pointerId: number;
      readonly pointerType: string;
      constructor(type: string, init: PointerEventInit = {}) {
        super(type, init);
        this.pointerId = init.pointerId ?? 0;
        this.pointerType = init.pointerType ?? '';
      }
    }
    Object.defineProperty(window, 'PointerEvent', { value: PointerEventPolyfill, writable: true });
  });

  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}

const TITLES: Record<number, string> = { 2: 'The Third', 5: 'Secret Sixth' };

function makeEpisodes(perSeason: readonly number[]): Episode[] {
  const ids = perSeason.flatMap((count, season) =>
    Array.from({ length: count }, (_, number) => ({ season: String(season + 1), number })),
  );
  return ids.map(({ season, number }, position) => ({
    id: `S${season}E${number + 1}`,
    title: TITLES[position],
    position,
    note: undefined,
    uncovered: false,
    season,
  }));
}

export const TEN = makeEpisodes([10]);
export const TWO_SEASONS = makeEpisodes([5, 5]);
export const COUNTS = [2, 0, 4, 1, 3, 5, 0, 2, 1, 7];

export interface HarnessProps {
  readonly episodes?: readonly Episode[];
  readonly max?: number;
  readonly counts?: readonly number[];
  readonly initial?: number;
  readonly onChange?: (position: number) => void;
}

/** A show with just these episodes, for a real viewer core to drive. */
function timelineOf(episodes: readonly Episode[]) {
  const result = validateGraphData({
    schemaVersion: 1,
    show: { title: 'Harness', sources: [{ id: 's', title: 'Source' }] },
    episodes: episodes.map((episode) => ({
      id: episode.id,
      ...(episode.title ? { title: episode.title } : {}),
    })),
    characters: [],
    relationships: [],
  });
  if (!result.ok) throw new Error('harness episodes do not validate');
  return buildTimeline(result.dataset);
}

/** Drives the Timeline with the viewer core the way the explorer does; onChange sees every move. */
export function Harness({
  episodes = TEN,
  max = 9,
  counts = COUNTS,
  initial = 0,
  onChange,
}: HarnessProps) {
  const [viewer] = useState(() =>
    createViewer(timelineOf(episodes), {
      request: { episode: initial + 1, cap: episodes[max]?.id },
    }),
  );
  const state = useSyncExternalStore(viewer.subscribe, viewer.getState);
  useEffect(() => {
    let last = viewer.getState().episode;
    const unsubscribe = viewer.subscribe(() => {
      const { episode } = viewer.getState();
      if (episode !== last) onChange?.(episode);
      last = episode;
    });
    return unsubscribe;
  }, [viewer, onChange]);
  useEffect(() => () => viewer.destroy(), [viewer]);
  return (
    <Timeline
      episodes={episodes}
      value={state.episode}
      max={state.cap}
      changeCounts={counts}
      onChange={viewer.seek}
      playback={viewerPlayback(viewer, state)}
    />
  );
}

export const slider = () => screen.getByRole('slider', { name: 'Episode' });
export const now = () => Number(slider().getAttribute('aria-valuenow'));
export const press = (key: string) => fireEvent.keyDown(slider(), { key });
export const button = (name: string) => screen.getByRole('button', { name });
