// What the preview keeps when the edited show changes under it: the episode, selection,
// filters and cap, wherever they still exist in the new data (else the default).
import type { Timeline } from '../../model';
import { DROPPED_SLUG } from '../dropImport/droppedUrl';
import { EMPTY_URL_STATE, type UrlState } from '../urlState';

export function keptView(view: UrlState | undefined, timeline: Timeline): UrlState {
  if (!view) return { ...EMPTY_URL_STATE, show: DROPPED_SLUG };
  const { dataset } = timeline;
  const position = dataset.episodes.findIndex((episode) => episode.id === view.episode);
  const cap = dataset.episodes.findIndex((episode) => episode.id === view.cap);
  const types = new Set(dataset.types.map((type) => type.id));
  // A selection is kept only where the character is in the story at the kept episode, so
  // the preview never raises a notice at each keystroke.
  const present =
    position >= 0 &&
    view.selected !== undefined &&
    timeline.snapshotAt(position).characters.some((entry) => entry.character.id === view.selected);
  return {
    ...EMPTY_URL_STATE,
    show: DROPPED_SLUG,
    episode: position >= 0 && (cap < 0 || position <= cap) ? view.episode : undefined,
    selected: present ? view.selected : undefined,
    hidden: view.hidden.filter((type) => types.has(type)),
    cap: cap >= 0 ? view.cap : undefined,
  };
}
