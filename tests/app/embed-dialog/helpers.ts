// Views of the shipped show for the Embed dialog's tests.
import type { ViewState } from '../../../src/app/viewState';
import type { Timeline } from '../../../src/model';
import { episodeAt, shippedTimeline } from '../panels/helpers';

export const SLUG = 'tiny-pretty-things-s1';
export const DATA_FILE = 'tiny-pretty-things-s1.json';

export { episodeAt, shippedTimeline };

/** The explorer's state at an episode, with hidden types and an optional spoiler cap. */
export function viewAt(
  timeline: Timeline,
  episode: string,
  { hidden = [], cap }: { hidden?: readonly string[]; cap?: string } = {},
): ViewState {
  const last = timeline.dataset.episodes.length - 1;
  const capAt = cap === undefined ? last : episodeAt(timeline, cap);
  return {
    episode: episodeAt(timeline, episode),
    cap: capAt,
    capped: capAt < last,
    selected: undefined,
    hidden: new Set(hidden),
  };
}
