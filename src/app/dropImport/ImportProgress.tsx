// While files are being opened: which ones, a progress bar through the steps, and Cancel.
// The work runs in a worker, so the page (and this button) stay responsive throughout.
import { OPEN_STAGES } from './openFiles';
import type { ImportProgressState } from './useDropImport';

interface Props {
  readonly opening: ImportProgressState | undefined;
  readonly onCancel: () => void;
}

export function ImportProgress({ opening, onCancel }: Props) {
  if (opening === undefined) return <p className="drop-opening" role="status" />;
  const { at, text } = OPEN_STAGES[opening.stage];
  const percent = Math.round(at * 100);
  return (
    <div className="drop-opening" role="status" aria-live="polite">
      <span className="drop-opening-text">
        Opening {opening.label}… {text} ({percent}%)
      </span>
      <progress
        className="drop-opening-bar"
        max={100}
        value={percent}
        aria-label={`Opening ${opening.label}`}
      />
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
