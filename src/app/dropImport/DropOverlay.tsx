// The full-window target shown while files are dragged over the app, and a status line
// while dropped files are being read.
import { ImportProgress } from './ImportProgress';
import { useFileDrop } from './useFileDrop';
import type { ImportProgressState } from './useDropImport';
import './dropImport.css';

export const DROP_PROMPT =
  'Drop a Plotweb JSON, a GEXF file, or a characters + relationships CSV pair';

interface Props {
  readonly onFiles: (files: File[]) => void;
  /** The files being read, while they are. */
  readonly opening: ImportProgressState | undefined;
  readonly onCancel: () => void;
}

export function DropOverlay({ onFiles, opening, onCancel }: Props) {
  const dragging = useFileDrop(onFiles);
  return (
    <>
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay">
          <div className="drop-overlay-target">
            <p className="drop-overlay-prompt">{DROP_PROMPT}</p>
            <p>The show opens here, in your browser. Nothing is uploaded.</p>
          </div>
        </div>
      )}
      <ImportProgress opening={opening} onCancel={onCancel} />
    </>
  );
}
