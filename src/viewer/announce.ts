// What the view says in words: the slider's value text and the graph's accessible name.
// The explorer and the widget both read these, so a screen reader hears the same story.
import type { Episode, Snapshot } from '../model';

export function changesText(count: number): string {
  if (count === 0) return 'no changes';
  return count === 1 ? '1 change' : `${count} changes`;
}

/**
 * e.g. `S1E3 “Pilot” — episode 3 of 10 — 4 changes`; "of" counts only the reachable episodes.
 * An episode no source covers says so, so its silence is not read as a quiet episode.
 */
export function valueText(
  episode: Episode | undefined,
  position: number,
  last: number,
  count: number,
): string {
  const name = episode ? `${episode.id}${episode.title ? ` “${episode.title}”` : ''} — ` : '';
  const uncovered = episode?.uncovered ? ', no source covers it' : '';
  return `${name}episode ${position + 1} of ${last + 1} — ${changesText(count)}${uncovered}`;
}

/** e.g. `S1E3 — Pilot`: the stepper's readout. */
export function episodeText(episode: Episode | undefined): string {
  return episode ? `${episode.id}${episode.title ? ` — ${episode.title}` : ''}` : '';
}

/** The canvas's accessible name: where the story is and how much it shows. */
export function graphLabel(episode: Episode | undefined, snapshot: Snapshot): string {
  return `Relationship graph at ${episode?.id ?? ''}: ${snapshot.characters.length} characters, ${snapshot.relationships.length} relationships`;
}
