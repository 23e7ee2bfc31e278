// What the canvas leaves out of a huge episode, and the way to draw it all; and the
// progress of a big cast's layout.
import type { Detail } from '../model';
import type { LayoutState } from './useLayout';

const format = (value: number) => value.toLocaleString('en');

export function DetailNotice(props: {
  readonly detail: Detail;
  readonly showAll: boolean;
  readonly onShowAll: (showAll: boolean) => void;
}) {
  const { detail, showAll, onShowAll } = props;
  const all = detail.total.characters + detail.total.relationships;
  if (!detail.reduced && !showAll) return null;
  if (showAll) {
    return (
      <div className="detail-notice" role="status">
        Drawing everything: {format(all)} elements.{' '}
        <button type="button" className="button" onClick={() => onShowAll(false)}>
          Back to the readable view
        </button>
      </div>
    );
  }
  const drawn = detail.snapshot.characters.length + detail.snapshot.relationships.length;
  return (
    <div className="detail-notice" role="status">
      Showing the {format(detail.snapshot.characters.length)} most connected of{' '}
      {format(detail.total.characters)} characters ({format(drawn)} of {format(all)} elements).
      Search, the text view and the counts cover everyone.{' '}
      <button type="button" className="button" onClick={() => onShowAll(true)}>
        Show all ({format(all)} elements, slower)
      </button>
    </div>
  );
}

export function LayoutProgress({
  characters,
  state,
}: {
  readonly characters: number;
  readonly state: LayoutState;
}) {
  if (state.ready) return null;
  const percent = Math.round(state.progress * 100);
  return (
    <div className="layout-progress">
      {state.error ? (
        <p role="alert">{state.error}</p>
      ) : (
        <>
          <p id="layout-progress-label">Laying out {format(characters)} characters…</p>
          <progress aria-labelledby="layout-progress-label" max={100} value={percent}>
            {percent}%
          </progress>
          <p className="pw-muted">
            Tip: `npm run layout` bakes the positions into the file so this step disappears.
          </p>
        </>
      )}
    </div>
  );
}
