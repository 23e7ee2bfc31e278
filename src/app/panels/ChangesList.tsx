import { useId } from 'react';
import type { Dataset, Diff } from '../../model';
import { describeChanges, type ChangeTarget } from './describeChanges';
import './panels.css';

export interface ChangesListProps {
  readonly dataset: Dataset;
  /** The diff into the current episode (from the previous one); undefined when there is none. */
  readonly diff: Diff | undefined;
  readonly onFocus: (target: ChangeTarget) => void;
}

/** "What changed in this episode": one button per change, which focuses it in the graph. */
export function ChangesList({ dataset, diff, onFocus }: ChangesListProps) {
  const baseId = useId();
  const changes = diff === undefined ? [] : describeChanges(dataset, diff);
  return (
    <section className="pw-panel pw-changes" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`} className="pw-panel-title">
        What changed in this episode
      </h2>
      {changes.length === 0 ? (
        <p className="pw-muted">Nothing changes in this episode.</p>
      ) : (
        <ul className="pw-change-list">
          {changes.map((change) => (
            <li key={change.id} className="pw-change" data-kind={change.kind}>
              <button
                type="button"
                className="pw-change-button"
                onClick={() => onFocus(change.target)}
              >
                {change.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
