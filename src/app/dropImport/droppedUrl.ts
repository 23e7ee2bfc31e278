// The address bar around a dropped show. The show lives in memory only, so its URL state
// (`?show=dropped&ep=…`) restores a view within this page but not after a reload.
import { EMPTY_URL_STATE, formatUrlState, type UrlState } from '../urlState';

/** The explorer's slug for a dropped show, so its URL state never names a catalogue show. */
export const DROPPED_SLUG = 'dropped';

/**
 * A new history entry for a freshly opened dropped show, so Back returns to what was open
 * before; the explorer then fills in the rest of its view.
 */
export function pushDroppedView(): UrlState {
  const state: UrlState = { ...EMPTY_URL_STATE, show: DROPPED_SLUG };
  window.history.pushState(null, '', `${window.location.pathname}${formatUrlState(state)}`);
  return state;
}

/** A catalogue show's view: a dropped show's episode, selection or filters never carry over. */
export function catalogueView(state: UrlState): UrlState {
  return state.show === DROPPED_SLUG ? { ...EMPTY_URL_STATE, theme: state.theme } : state;
}

/**
 * What the app says when the address bar names a dropped show that is no longer here (after
 * a reload, or in a shared link), or undefined for any other missing show.
 */
export function droppedShowGoneNotice(requested: string, fallbackTitle: string) {
  return requested === DROPPED_SLUG
    ? `A show opened from your computer is not kept after a reload or in a link (nothing was saved or uploaded); showing ${fallbackTitle} instead. Open the file again to see it.`
    : undefined;
}
