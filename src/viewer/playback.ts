// Playback rules, for every face: one episode per interval (1.5 s at 1×), the interval
// starting again whenever the episode or the speed changes (a viewer's own step gets a full
// interval), waiting while anything suspends it (a drag, an off-screen widget, a hidden tab),
// and ending on the cap. Time comes from an injected clock so tests drive it.
import type { Speed } from './state';

/** At 1× one episode lasts this long. */
export const BASE_INTERVAL_MS = 1500;

export function intervalFor(speed: Speed): number {
  return BASE_INTERVAL_MS / speed;
}

export interface Clock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Why playback waits; several may hold at once. */
export type Suspension = 'drag' | 'offscreen' | 'hidden-page';

/**
 * One timeout at a time. `sync` is called after every state change with what playback
 * reads; it re-arms only when the episode or speed moved, so unrelated changes (a hover,
 * a filter) do not stretch the interval.
 */
export function createPlaybackTimer(clock: Clock, advance: () => void) {
  let handle: unknown;
  let armedFor: string | undefined;
  const suspended = new Set<Suspension>();
  let lastKey: string | undefined;
  let lastPlaying = false;
  let lastSpeed: Speed = 1;

  function disarm() {
    if (handle !== undefined) clock.clearTimeout(handle);
    handle = undefined;
    armedFor = undefined;
  }

  function arm() {
    if (!lastPlaying || suspended.size > 0) return disarm();
    if (armedFor === lastKey) return;
    disarm();
    armedFor = lastKey;
    handle = clock.setTimeout(() => {
      handle = undefined;
      armedFor = undefined;
      advance();
    }, intervalFor(lastSpeed));
  }

  return {
    sync(playing: boolean, episode: number, speed: Speed) {
      lastPlaying = playing;
      lastSpeed = speed;
      lastKey = `${episode}:${speed}`;
      arm();
    },
    suspend(reason: Suspension, on: boolean) {
      const had = suspended.size > 0;
      if (on) suspended.add(reason);
      else suspended.delete(reason);
      if (had === suspended.size > 0) return;
      // Resuming starts a full interval: the viewer gets to see the episode again.
      disarm();
      arm();
    },
    destroy: disarm,
  };
}
