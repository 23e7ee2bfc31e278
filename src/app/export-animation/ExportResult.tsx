// What an export left: the download and a preview of the file, or why it failed.
import { pageAllowsBlobMedia } from './mediaPolicy';
import type { ExportState } from './useAnimationExport';

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function ExportResult({ state }: { readonly state: ExportState }) {
  if (state.phase === 'failed') {
    return (
      <p role="alert" className="pw-anim-error">
        The export failed: {state.message}
      </p>
    );
  }
  if (state.phase !== 'done') {
    return (
      <p role="status" className="pw-anim-status">
        {state.phase === 'rendering' ? 'Rendering…' : ''}
      </p>
    );
  }
  return (
    <div className="pw-anim-result">
      <p role="status" className="pw-anim-status">
        Done: {state.fileName}, {kilobytes(state.bytes)}.
      </p>
      <a className="button pw-anim-download" href={state.url} download={state.fileName}>
        Download {state.fileName}
      </a>
      <div className="pw-anim-preview">
        {state.format === 'gif' ? (
          <img src={state.url} alt="Preview of the exported animation" />
        ) : pageAllowsBlobMedia(document) ? (
          <video src={state.url} controls loop aria-label="Preview of the exported video" />
        ) : (
          <p className="pw-anim-hint">
            This page’s security policy does not let it play videos it made, so there is no preview
            here; the download plays in any video player or browser tab.
          </p>
        )}
      </div>
    </div>
  );
}
