// A request for a view, from wherever it comes: the explorer's URL, a widget's attributes,
// the iframe page's query. Resolving it applies the spoiler rules once for every face:
// nothing past the stricter of the page's cap and the viewer's own, and anything that
// cannot be honoured is dropped with a notice instead of failing.
import { EpisodeResolver, quote, type Timeline } from '../model';
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
    notices.push(
      `${what} ${quote(String(ref))} is not an episode of this show, so it was ignored.`,
    );
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
  const unknown: string[] = [];
  for (const type of request.hidden ?? []) {
    if (dataset.typeById.has(type)) hidden.add(type);
    else unknown.push(type);
  }
  const unknownNotice = hiddenNotFound(unknown);
  if (unknownNotice) notices.push(unknownNotice);
  if (request.shown) {
    const shown = new Set(request.shown);
    for (const type of dataset.types) if (!shown.has(type.id)) hidden.add(type.id);
  }
  return {
    episode,
    cap,
    capped: cap < last,
    selected,
    hidden,
    notices: mergeNotices(notices),
    offeredCap,
  };
}

const LISTED_TYPES = 5;

/** One notice for every hidden type the show does not have, however many the link names. */
function hiddenNotFound(unknown: readonly string[]): string | undefined {
  if (unknown.length === 0) return undefined;
  const distinct = [...new Set(unknown)];
  const names = distinct.slice(0, LISTED_TYPES).map((type) => quote(type, 40));
  const more = distinct.length > LISTED_TYPES ? ` and ${distinct.length - LISTED_TYPES} more` : '';
  const list = `${names.join(', ')}${more}`;
  return unknown.length === 1
    ? `The link hides a relationship type this show does not have (${list}), so it was ignored.`
    : `${unknown.length} hidden types were not found: ${list}; they were ignored.`;
}

/** Identical notices shown once, with how often they came, in the order they first came. */
export function mergeNotices(notices: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const notice of notices) counts.set(notice, (counts.get(notice) ?? 0) + 1);
  return [...counts].map(([notice, count]) =>
    count === 1 ? notice : `${notice} (${count} times)`,
  );
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
