// "Download": the edited show as Plotweb JSON (at any time, problems and all), or, once it
// is valid, as the four CSV tables or GEXF, which the exporters can only write from valid data.
import { useState } from 'react';
import type { GraphData } from '../../model';
import { downloadFile, RefusedDownload, saveFile, type DownloadKind } from './downloads';

const CHOICES: readonly { kind: DownloadKind; label: string; needsValid: boolean }[] = [
  { kind: 'json', label: 'Plotweb JSON', needsValid: false },
  { kind: 'characters', label: 'characters.csv', needsValid: true },
  { kind: 'relationships', label: 'relationships.csv', needsValid: true },
  { kind: 'episodes', label: 'episodes.csv', needsValid: true },
  { kind: 'types', label: 'types.csv', needsValid: true },
  { kind: 'gexf', label: 'GEXF (Gephi)', needsValid: true },
];

export function DownloadMenu({ data, valid }: { data: GraphData; valid: boolean }) {
  const [failed, setFailed] = useState<string>();
  return (
    <details className="editor-menu">
      <summary className="button">Download</summary>
      <div className="editor-menu-items" role="group" aria-label="Download as">
        {CHOICES.map((choice) => (
          <button
            key={choice.kind}
            type="button"
            className="button"
            disabled={choice.needsValid && !valid}
            onClick={() => {
              setFailed(undefined);
              downloadFile(data, choice.kind).then(saveFile, (error: unknown) =>
                setFailed(
                  error instanceof RefusedDownload
                    ? error.message
                    : `The download failed (${error instanceof Error ? error.message : String(error)}); please try again.`,
                ),
              );
            }}
          >
            {choice.label}
          </button>
        ))}
        {!valid && <p className="editor-menu-note">CSV and GEXF need the problems fixed first.</p>}
        {failed && <p role="alert">{failed}</p>}
      </div>
    </details>
  );
}
