// The view's state in the query string (?show=…&ep=…&sel=…&hide=…&cap=…&theme=…), so a
// link reproduces what the sender saw. Parsing never throws: unknown values are dropped,
// and the app explains what it ignored.
export type ThemeChoice = 'system' | 'light' | 'dark';

export interface UrlState {
  readonly show: string | undefined;
  readonly episode: string | undefined;
  readonly selected: string | undefined;
  readonly hidden: readonly string[];
  readonly cap: string | undefined;
  readonly theme: ThemeChoice | undefined;
}

export const EMPTY_URL_STATE: UrlState = {
  show: undefined,
  episode: undefined,
  selected: undefined,
  hidden: [],
  cap: undefined,
  theme: undefined,
};

const nonEmpty = (value: string | null) => (value === null || value === '' ? undefined : value);

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  return {
    show: nonEmpty(params.get('show')),
    episode: nonEmpty(params.get('ep')),
    selected: nonEmpty(params.get('sel')),
    // One parameter per type: type ids may contain commas.
    hidden: params.getAll('hide').filter((value) => value !== ''),
    cap: nonEmpty(params.get('cap')),
    theme: theme === 'light' || theme === 'dark' || theme === 'system' ? theme : undefined,
  };
}

export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.show) params.set('show', state.show);
  if (state.episode) params.set('ep', state.episode);
  if (state.selected) params.set('sel', state.selected);
  for (const type of state.hidden) params.append('hide', type);
  if (state.cap) params.set('cap', state.cap);
  if (state.theme && state.theme !== 'system') params.set('theme', state.theme);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * Writes the state to the address bar. A run of the same kind of change (dragging or
 * playing through episodes, toggling filters) shares one history entry; a different kind
 * of change, or the same after a pause, gets its own, so Back steps through what the user
 * actually looked at. The first write replaces the entry the page was opened with: it only
 * spells out defaults, and pushing it would make Back return to the same view forever.
 * Writes that name the same `run` (playback) share one entry however slowly they come.
 */
export function createHistoryWriter(pauseMs = 800, now: () => number = () => Date.now()) {
  let last: { state: UrlState; time: number; kind: string; run: string | undefined } | undefined;
  return (state: UrlState, run?: string) => {
    const url = `${window.location.pathname}${formatUrlState(state)}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`)
      return;
    const time = now();
    const kind = last ? changedFields(last.state, state) : '';
    const sameRun = run !== undefined && last?.run === run;
    if (last && !sameRun && (kind !== last.kind || time - last.time > pauseMs)) {
      window.history.pushState(null, '', url);
    } else {
      window.history.replaceState(null, '', url);
    }
    last = { state, time, kind, run };
  };
}

function changedFields(before: UrlState, after: UrlState): string {
  return (Object.keys(after) as (keyof UrlState)[])
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .join(',');
}
