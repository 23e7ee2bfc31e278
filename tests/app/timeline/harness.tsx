// Shared by the Timeline tests: hand-built episodes, a stateful harness and a PointerEvent
// for jsdom. Imported only from tests in this folder.
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, vi } from 'vitest';
import { Timeline } from '../../../src/app/timeline/Timeline';
import type { Episode } from '../../../src/model';

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

/** Holds `value` the way the app does, so it follows onChange. */
export function Harness({
  episodes = TEN,
  max = 9,
  counts = COUNTS,
  initial = 0,
  onChange,
}: HarnessProps) {
  const [value, setValue] = useState(initial);
  return (
    <Timeline
      episodes={episodes}
      value={value}
      max={max}
      changeCounts={counts}
      onChange={(position) => {
        onChange?.(position);
        setValue(position);
      }}
    />
  );
}

export const slider = () => screen.getByRole('slider', { name: 'Episode' });
export const now = () => Number(slider().getAttribute('aria-valuenow'));
export const press = (key: string) => fireEvent.keyDown(slider(), { key });
export const button = (name: string) => screen.getByRole('button', { name });
