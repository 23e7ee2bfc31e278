// A request for a view, from wherever it comes: the explorer's URL, a widget's attributes,
// the iframe page's query. Resolving it applies the spoiler rules once for every face:
// nothing past the stricter of the page's cap and the viewer's own, and anything that
// cannot be honoured is dropped with a notice instead of failing.
import { EpisodeResolver, type Timeline } from '../model';
import type { ViewState } from './state';

export interface ViewRequest {
  /** An episode id ("S1E3") or a 1-based position. */
  readonly episode?: string | number | undefined;
  /** The link's or the page's spoiler cap. */
  readonly cap?: string | undefined;
  /** The limit the viewer set on this device; a link never lifts it. */
  readonly savedCap?: string | undefined;
  readonly selected?: string | undefined;
  /** Types to hide (the explorer's links). */
  readonly hidden?: readonly string[] | undefined;
  /** Types to show, all others hidden (a widget's `types`). */
  readonly shown?: readonly string[] | undefined;
}

export interface ResolvedRequest {
  readonly episode: number;
  readonly cap: number;
  readonly capped: boolean;
  readonly selected: string | undefined;
  readonly hidden: ReadonlySet<string>;
  readonly notices: readonly string[];
  /** A later cap the link asked for and the saved limit held back: the viewer may take it. */
  readonly offeredCap: number | undefined;
}

export function resolveRequest(timeline: Timeline, request: ViewRequest): ResolvedRequest {
  const { dataset } = timeline;
  const last = dataset.episodes.length - 1;
  const resolver = new EpisodeResolver(dataset.episodes);
  const notices: string[] = [];
  const episodeOf = (ref: string | number | undefined, what: string): number | undefined => {
    if (ref === undefined) return undefined;
    const resolved = resolver.resolve(ref);
    if ('position' in resolved) return resolved.position;
    notices.push(`${what} "${String(ref)}" is not an episode of this show, so it was ignored.`);
    return undefined;
  };

  const linkCap = episodeOf(request.cap, "The link's spoiler limit");
  const savedCap = episodeOf(request.savedCap, 'Your saved spoiler limit');
  let cap = Math.min(linkCap ?? last, savedCap ?? last);
  const offeredCap =
    savedCap !== undefined && linkCap !== undefined && linkCap > savedCap ? linkCap : undefined;
  if (offeredCap !== undefined) {
    notices.push(
      `This link shows up to ${dataset.episodes[offeredCap]?.id}, but you have watched up to ${dataset.episodes[savedCap ?? 0]?.id}; your limit still applies.`,
    );
  }
  cap = Math.max(0, cap);

  let episode = episodeOf(request.episode, "The link's episode") ?? 0;
  if (episode > cap) {
    notices.push(
      `The link points past the episode you have watched up to (${dataset.episodes[cap]?.id}); showing that episode instead.`,
    );
    episode = cap;
  }

  let selected = request.selected;
  if (selected !== undefined && !timeline.isPresent(selected, episode)) {
    notices.push(
      'The character chosen in the link is not in the story at this episode, so nothing is selected.',
    );
    selected = undefined;
  }

  const hidden = new Set<string>();
  for (const type of request.hidden ?? []) {
    if (dataset.typeById.has(type)) hidden.add(type);
    else notices.push('The link hides an unknown relationship type, which was ignored.');
  }
  if (request.shown) {
    const shown = new Set(request.shown);
    for (const type of dataset.types) if (!shown.has(type.id)) hidden.add(type.id);
  }
  return { episode, cap, capped: cap < last, selected, hidden, notices, offeredCap };
}

/** The state a resolved request describes; playback stops, speed and "show all" stay. */
export function applyResolved(state: ViewState, resolved: ResolvedRequest): ViewState {
  return {
    ...state,
    episode: resolved.episode,
    cap: resolved.cap,
    capped: resolved.capped,
    selected: resolved.selected,
    hidden: resolved.hidden,
    playing: false,
  };
}
