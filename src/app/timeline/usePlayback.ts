// Plays the timeline forward one episode per interval. One timeout at a time, re-armed whenever
// the position changes, so a user's step keeps playing from where they landed.
import { useCallback, useEffect, useRef, useState } from 'react';

export const SPEEDS = [0.5, 1, 2] as const;
export type Speed = (typeof SPEEDS)[number];
/** At 1× one episode lasts this long. */
export const BASE_INTERVAL_MS = 1500;

export function intervalFor(speed: Speed): number {
  return BASE_INTERVAL_MS / speed;
}

interface PlaybackOptions {
  readonly value: number;
  readonly last: number;
  readonly speed: Speed;
  /** True while the user drags the handle: playback waits instead of fighting the pointer. */
  readonly suspended: boolean;
  readonly onChange: (position: number) => void;
}

export interface Playback {
  readonly playing: boolean;
  readonly toggle: () => void;
  readonly pause: () => void;
}

export function usePlayback({
  value,
  last,
  speed,
  suspended,
  onChange,
}: PlaybackOptions): Playback {
  const [playing, setPlaying] = useState(false);
  // The parent may pass a new callback each render; that must not re-arm the timer.
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    if (!playing || suspended) return;
    const timer = setTimeout(() => {
      if (value >= last) {
        setPlaying(false);
        return;
      }
      onChangeRef.current(value + 1);
      if (value + 1 >= last) setPlaying(false);
    }, intervalFor(speed));
    return () => clearTimeout(timer);
  }, [playing, suspended, value, last, speed]);

  const pause = useCallback(() => setPlaying(false), []);
  const toggle = useCallback(() => {
    if (playing) {
      setPlaying(false);
      return;
    }
    if (last <= 0) return;
    // Play at the end means "watch it again", not "do nothing".
    if (value >= last) onChangeRef.current(0);
    setPlaying(true);
  }, [playing, value, last]);

  return { playing, toggle, pause };
}
