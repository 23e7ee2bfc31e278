// The line above a dropped show's explorer: where it came from, that it is not kept, and
// the ways out (save it as a data file, or go back to the shipped shows); below it, what
// was repaired while opening, in a notice the reader can dismiss.
import { useState } from 'react';
import type { GraphData } from '../../model';
import { downloadPlotwebJson } from './plotwebJson';

interface Props {
  /** The dropped files, as the user would name them. */
  readonly label: string;
  readonly data: GraphData;
  readonly onBack: () => void;
  /** "warning: …" and "hint: …" lines from opening the files. */
  readonly warnings?: readonly string[];
}

export function DropWarnings({ lines }: { readonly lines: readonly string[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || lines.length === 0) return null;
  const warned = lines.filter((line) => line.startsWith('warning: ')).length;
  const heading =
    warned === 0
      ? 'Opened, with a suggestion'
      : `Opened with ${warned} repair${warned === 1 ? '' : 's'}: check ${warned === 1 ? 'it' : 'them'}, or turn on Strict to refuse such files`;
  return (
    <section className="drop-warnings" role="status" aria-label="Warnings about your file">
      <p className="drop-warnings-heading">{heading}</p>
      <ul>
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </section>
  );
}

export function DroppedBanner({ label, data, onBack, warnings = [] }: Props) {
  const [refused, setRefused] = useState<string>();
  return (
    <>
      <section className="drop-banner" aria-label="Opened from your computer">
        <p>
          Showing <strong>{label}</strong> from your computer — not saved anywhere.
        </p>
        <div className="drop-banner-actions">
          <button
            type="button"
            className="button"
            onClick={() => setRefused(downloadPlotwebJson(data))}
          >
            Download as Plotweb JSON
          </button>
          <button type="button" className="button" onClick={onBack}>
            Back to the catalogue
          </button>
        </div>
        {refused !== undefined && (
          <p className="drop-refused" role="alert">
            Not saved: {refused}
          </p>
        )}
      </section>
      <DropWarnings lines={warnings} />
    </>
  );
}
