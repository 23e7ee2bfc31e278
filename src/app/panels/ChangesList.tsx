import { useId, useMemo } from 'react';
import type { Dataset, Diff, Episode } from '../../model';
import { describeChanges, type ChangeTarget } from './describeChanges';
import { ShowMore, useShownRows } from './ShowMore';
import './panels.css';

export interface ChangesListProps {
  readonly dataset: Dataset;
  /** The diff into the current episode (from the previous one); undefined when there is none. */
  readonly diff: Diff | undefined;
  /** The current episode: its note, if the file gives one, is shown above its changes. */
  readonly episode?: Episode | undefined;
  readonly onFocus: (target: ChangeTarget) => void;
  /** What the canvas highlights (hovered there or here): its rows are marked. */
  readonly highlighted?: ChangeTarget | undefined;
  /** A row is hovered or focused (its target), or left (undefined). */
  readonly onHighlight?: (target: ChangeTarget | undefined) => void;
}

/** What the panel says about the episode itself: the author's note, or that no source covers it. */
export function episodeNote(episode: Episode | undefined): string | undefined {
  if (episode === undefined) return undefined;
  return episode.note ?? (episode.uncovered ? 'No source covers this episode.' : undefined);
}

const same = (a: ChangeTarget | undefined, b: ChangeTarget) =>
  a !== undefined && a.kind === b.kind && a.id === b.id;

/**
 * "What changed in this episode": one button per change, which focuses it in the graph.
 * Hovering or focusing a row highlights its character or relationship on the canvas, and
 * rows about what the canvas highlights are marked. The episode's note (text, never HTML)
 * comes first; for an episode no source covers, it stands in for "Nothing changes".
 */
export function ChangesList({
  dataset,
  diff,
  episode,
  onFocus,
  highlighted,
  onHighlight,
}: ChangesListProps) {
  const baseId = useId();
  // Described once per episode, not at every hover: a big show's episode has thousands.
  const changes = useMemo(
    () => (diff === undefined ? [] : describeChanges(dataset, diff)),
    [dataset, diff],
  );
  const [shown, showMore] = useShownRows(diff);
  const leave = () => onHighlight?.(undefined);
  const note = episodeNote(episode);
  return (
    <section className="pw-panel pw-changes" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`} className="pw-panel-title">
        What changed in this episode
      </h2>
      {note !== undefined && (
        <p className="pw-episode-note" data-uncovered={episode?.uncovered ? 'true' : undefined}>
          {note}
        </p>
      )}
      {changes.length === 0 ? (
        episode?.uncovered ? null : (
          <p className="pw-muted">Nothing changes in this episode.</p>
        )
      ) : (
        <ul className="pw-change-list">
          {changes.slice(0, shown).map((change) => {
            const marked = same(highlighted, change.target);
            return (
              <li
                key={change.id}
                className="pw-change"
                data-kind={change.kind}
                data-highlighted={marked ? 'true' : undefined}
              >
                <button
                  type="button"
                  className="pw-change-button"
                  aria-current={marked ? 'true' : undefined}
                  onClick={() => onFocus(change.target)}
                  onMouseEnter={() => onHighlight?.(change.target)}
                  onMouseLeave={leave}
                  onFocus={() => onHighlight?.(change.target)}
                  onBlur={leave}
                >
                  {change.text}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ShowMore total={changes.length} shown={shown} onMore={showMore} noun="changes" />
    </section>
  );
}
