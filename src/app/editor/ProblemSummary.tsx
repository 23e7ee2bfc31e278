// The count of the validator's problems over the whole show, and each of them as a link
// to its cell, so a problem on another tab (or with the show itself) is never hidden.
import type { Problem } from '../../model';
import { placeProblem, problemPlace, problemText, type PlacedProblem } from './cellProblems';

interface Props {
  readonly problems: readonly Problem[];
  readonly onGoTo: (placed: PlacedProblem) => void;
}

export function ProblemSummary({ problems, onGoTo }: Props) {
  const count = problems.length;
  return (
    <section
      className="editor-summary"
      aria-label="Problems"
      data-ok={count === 0 ? 'true' : undefined}
    >
      <p role="status" className="editor-summary-count">
        {count === 0
          ? 'No problems: the graph shows your changes.'
          : `${count} ${count === 1 ? 'problem' : 'problems'}: the graph shows the last version without problems.`}
      </p>
      {count > 0 && (
        <details open={count <= 5}>
          <summary>List the problems</summary>
          <ul>
            {problems.map(placeProblem).map((placed, index) => (
              <li key={index}>
                {placed.table !== undefined && placed.row !== undefined ? (
                  <button type="button" className="editor-link" onClick={() => onGoTo(placed)}>
                    {problemPlace(placed)}
                  </button>
                ) : (
                  <code>{problemPlace(placed)}</code>
                )}
                : {problemText(placed.problem)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
