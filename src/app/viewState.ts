// Between the address bar and the viewer core: what a link asks the core for, and what the
// core's state writes back into the link. The rules themselves live in src/viewer.
import type { Timeline } from '../model';
import type { ViewRequest, ViewState as CoreState } from '../viewer';
import type { ThemeChoice, UrlState } from './urlState';

/** The part of the view a link carries (what the Embed dialog reproduces, too). */
export type ViewState = Pick<CoreState, 'episode' | 'cap' | 'capped' | 'selected' | 'hidden'>;

/** A link's request; the limit saved on this device comes along, and a link never lifts it. */
export function requestFromUrl(url: UrlState, savedCap: string | undefined): ViewRequest {
  return {
    episode: url.episode,
    cap: url.cap,
    savedCap,
    selected: url.selected,
    hidden: url.hidden,
  };
}

export function toUrlState(
  slug: string,
  state: ViewState,
  timeline: Timeline,
  theme: ThemeChoice,
): UrlState {
  const episodes = timeline.dataset.episodes;
  return {
    show: slug,
    episode: episodes[state.episode]?.id,
    selected: state.selected,
    hidden: [...state.hidden],
    cap: state.capped ? episodes[state.cap]?.id : undefined,
    theme,
  };
}
