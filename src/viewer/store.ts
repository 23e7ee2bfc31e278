// The viewer: one store per mounted view, framework-free (the explorer subscribes with
// useSyncExternalStore; the widget drives it directly). It holds the view state, applies
// every transition through the pure rules in state.ts, runs playback, and hands out the
// derived frame.
import type { Timeline } from '../model';
import { createFrameDeriver, type ViewFrame } from './frame';
import { createPlaybackTimer, systemClock, type Clock, type Suspension } from './playback';
import { applyResolved, resolveRequest, type ViewRequest } from './request';
import * as rules from './state';
import type { Speed, ViewState } from './state';

export interface ViewerOptions {
  readonly request?: ViewRequest;
  readonly clock?: Clock;
  /** Called when the viewer changes the spoiler cap (the explorer remembers it per device). */
  readonly onCapChange?: (episodeId: string | undefined) => void;
}

export interface Viewer {
  readonly timeline: Timeline;
  getState(): ViewState;
  /** The derived frame; the same object until the state changes (safe for useSyncExternalStore). */
  getFrame(): ViewFrame;
  subscribe(listener: () => void): () => void;
  /** Notices from the last request applied (bad link parameters, a limit that still holds). */
  readonly notices: readonly string[];
  /** From the last request: a later cap the link asked for that the saved limit held back. */
  readonly offeredCap: number | undefined;
  seek(position: number): void;
  step(delta: number): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: Speed): void;
  suspend(reason: Suspension, on: boolean): void;
  /** `undefined` lifts the cap. */
  setCap(cap: number | undefined): void;
  toggleType(type: string): void;
  select(id: string | undefined): void;
  setShowAll(showAll: boolean): void;
  /** Applies a URL or attributes; returns its notices. */
  apply(request: ViewRequest): readonly string[];
  /** Stops the playback timer; subscribers unsubscribe themselves. */
  destroy(): void;
}

export function createViewer(timeline: Timeline, options: ViewerOptions = {}): Viewer {
  const derive = createFrameDeriver(timeline);
  const listeners = new Set<() => void>();
  let notices: readonly string[] = [];
  let offeredCap: number | undefined;
  let state = rules.initialState(timeline);
  if (options.request) {
    const resolved = resolveRequest(timeline, options.request);
    state = applyResolved(state, resolved);
    ({ notices, offeredCap } = resolved);
  }

  const timer = createPlaybackTimer(options.clock ?? systemClock, () =>
    update(rules.seek(timeline, state, state.episode + 1)),
  );

  function update(next: ViewState) {
    if (next === state) return;
    state = next;
    timer.sync(state.playing, state.episode, state.speed);
    for (const listener of [...listeners]) listener();
  }

  return {
    timeline,
    getState: () => state,
    getFrame: () => derive(state),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get notices() {
      return notices;
    },
    get offeredCap() {
      return offeredCap;
    },
    seek: (position) => update(rules.seek(timeline, state, position)),
    step: (delta) => update(rules.seek(timeline, state, state.episode + delta)),
    play: () => update(rules.play(timeline, state)),
    pause: () => update(rules.pause(state)),
    togglePlay: () => update(state.playing ? rules.pause(state) : rules.play(timeline, state)),
    setSpeed: (speed) => update(speed === state.speed ? state : { ...state, speed }),
    suspend: (reason, on) => timer.suspend(reason, on),
    setCap(cap) {
      const next = rules.setCap(timeline, state, cap);
      options.onCapChange?.(next.capped ? timeline.dataset.episodes[next.cap]?.id : undefined);
      update(next);
    },
    toggleType: (type) => update(rules.toggleType(state, type)),
    select: (id) => update(rules.select(timeline, state, id)),
    setShowAll: (showAll) => update(showAll === state.showAll ? state : { ...state, showAll }),
    apply(request) {
      const resolved = resolveRequest(timeline, request);
      ({ notices, offeredCap } = resolved);
      update(applyResolved(state, resolved));
      return notices;
    },
    destroy: () => timer.destroy(),
  };
}
