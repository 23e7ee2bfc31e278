// The line above a dropped show's explorer: where it came from, that it is not kept, and
// the ways out (save it as a data file, or go back to the shipped shows).
import type { GraphData } from '../../model';
import { downloadPlotwebJson } from './plotwebJson';

interface Props {
  /** The dropped files, as the user would name them. */
  readonly label: string;
  readonly data: GraphData;
  readonly onBack: () => void;
}

export function DroppedBanner({ label, data, onBack }: Props) {
  return (
    <section className="drop-banner" aria-label="Opened from your computer">
      <p>
        Showing <strong>{label}</strong> from your computer — not saved anywhere.
      </p>
      <div className="drop-banner-actions">
        <button type="button" className="button" onClick={() => downloadPlotwebJson(data)}>
          Download as Plotweb JSON
        </button>
        <button type="button" className="button" onClick={onBack}>
          Back to the catalogue
        </button>
      </div>
    </section>
  );
}
