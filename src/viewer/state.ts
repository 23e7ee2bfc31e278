// The view state of one mounted view (the explorer or one widget) and its pure transitions.
// Every rule about where the view may go lives here: nothing past the spoiler cap, and no
// selection of a character the story has not reached.
import type { Timeline } from '../model';

export const SPEEDS = [0.5, 1, 2] as const;
export type Speed = (typeof SPEEDS)[number];

export function isSpeed(value: number): value is Speed {
  return (SPEEDS as readonly number[]).includes(value);
}

export interface ViewState {
  /** 0-based position of the episode shown. */
  readonly episode: number;
  /** Highest episode the viewer allows (inclusive); the last episode when no cap is set. */
  readonly cap: number;
  /** True when `cap` is a limit the viewer or the page set, not just the show's end. */
  readonly capped: boolean;
  readonly selected: string | undefined;
  /** Relationship types the viewer turned off. */
  readonly hidden: ReadonlySet<string>;
  /** Draw everything even when the level-of-detail rule would thin the picture. */
  readonly showAll: boolean;
  readonly playing: boolean;
  readonly speed: Speed;
}

export function initialState(timeline: Timeline): ViewState {
  return {
    episode: 0,
    cap: timeline.episodeCount - 1,
    capped: false,
    selected: undefined,
    hidden: new Set(),
    showAll: false,
    playing: false,
    speed: 1,
  };
}

/** Keeps the selection only while its character is in the story at the state's episode. */
function keepSelection(timeline: Timeline, state: ViewState): ViewState {
  const { selected } = state;
  if (selected === undefined || timeline.isPresent(selected, state.episode)) return state;
  return { ...state, selected: undefined };
}

/** To a position, clamped to the reachable episodes; landing on the cap ends playback. */
export function seek(timeline: Timeline, state: ViewState, position: number): ViewState {
  const target = Number.isFinite(position) ? Math.trunc(position) : 0;
  const episode = Math.max(0, Math.min(state.cap, target));
  const playing = state.playing && episode < state.cap;
  if (episode === state.episode && playing === state.playing) return state;
  return keepSelection(timeline, { ...state, episode, playing });
}

/**
 * The spoiler cap: `undefined` lifts it. The episode follows the cap down; the selection
 * goes when its character is not in the story there.
 */
export function setCap(timeline: Timeline, state: ViewState, cap: number | undefined): ViewState {
  const last = timeline.episodeCount - 1;
  const limit = cap === undefined ? last : Math.max(0, Math.min(last, Math.trunc(cap)));
  const episode = Math.min(state.episode, limit);
  return keepSelection(timeline, {
    ...state,
    cap: limit,
    capped: limit < last,
    episode,
    playing: state.playing && episode < limit,
  });
}

export function toggleType(state: ViewState, type: string): ViewState {
  const hidden = new Set(state.hidden);
  if (!hidden.delete(type)) hidden.add(type);
  return { ...state, hidden };
}

/** Selects a character present at this episode; anything else clears the selection. */
export function select(timeline: Timeline, state: ViewState, id: string | undefined): ViewState {
  const selected = id !== undefined && timeline.isPresent(id, state.episode) ? id : undefined;
  return selected === state.selected ? state : { ...state, selected };
}

/** Play at the end means "watch it again": back to the first episode, then play. */
export function play(timeline: Timeline, state: ViewState): ViewState {
  if (state.playing || state.cap <= 0) return state;
  const episode = state.episode >= state.cap ? 0 : state.episode;
  return keepSelection(timeline, { ...state, playing: true, episode });
}

export function pause(state: ViewState): ViewState {
  return state.playing ? { ...state, playing: false } : state;
}
