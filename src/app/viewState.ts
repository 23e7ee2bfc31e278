// The explorer's state for one show, resolved from the URL and the remembered spoiler
// cap. Anything that cannot be honoured is dropped with a notice, never a blank page.
import type { Timeline } from '../model';
import { EpisodeResolver } from '../model';
import type { ThemeChoice, UrlState } from './urlState';

export interface ViewState {
  readonly episode: number;
  /** Highest episode the viewer allows (inclusive); the last episode when no cap is set. */
  readonly cap: number;
  readonly capped: boolean;
  readonly selected: string | undefined;
  readonly hidden: ReadonlySet<string>;
}

export interface Resolved {
  readonly state: ViewState;
  readonly notices: readonly string[];
}

export function resolveViewState(
  url: UrlState,
  timeline: Timeline,
  rememberedCap: string | undefined,
): Resolved {
  const { dataset } = timeline;
  const last = dataset.episodes.length - 1;
  const resolver = new EpisodeResolver(dataset.episodes);
  const notices: string[] = [];
  const episodeOf = (ref: string | undefined, what: string): number | undefined => {
    if (ref === undefined) return undefined;
    const resolved = resolver.resolve(ref);
    if ('position' in resolved) return resolved.position;
    notices.push(`The link's ${what} "${ref}" is not an episode of this show, so it was ignored.`);
    return undefined;
  };

  const capRef = url.cap ?? rememberedCap;
  const cap = episodeOf(capRef, 'spoiler limit') ?? last;
  let episode = episodeOf(url.episode, 'episode') ?? 0;
  if (episode > cap) {
    notices.push(
      `The link points past the episode you have watched up to (${dataset.episodes[cap]?.id}); showing that episode instead.`,
    );
    episode = cap;
  }

  let selected = url.selected;
  if (selected !== undefined && !timeline.isPresent(selected, episode)) {
    notices.push(
      'The character chosen in the link is not in the story at this episode, so nothing is selected.',
    );
    selected = undefined;
  }

  const hidden = new Set<string>();
  for (const type of url.hidden) {
    if (dataset.typeById.has(type)) hidden.add(type);
    else notices.push(`The link hides an unknown relationship type, which was ignored.`);
  }
  return { state: { episode, cap, capped: cap < last, selected, hidden }, notices };
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
