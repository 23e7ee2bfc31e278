// "Open file…" in the header: the keyboard (and touch) way to what dropping files does,
// with the strict-mode box that applies to both.
import { useRef } from 'react';
import { ACCEPTED_EXTENSIONS } from './classifyFiles';

interface Props {
  readonly onFiles: (files: File[]) => void;
  /** Given together: shows the "Strict" checkbox. */
  readonly strict?: boolean;
  readonly onStrictChange?: (strict: boolean) => void;
}

export function OpenFileButton({ onFiles, strict, onStrictChange }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        title="Open a Plotweb JSON, a GEXF file, or characters + relationships CSV files from your computer"
        onClick={() => input.current?.click()}
      >
        Open file…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED_EXTENSIONS}
        hidden
        data-testid="open-file-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared, so choosing the same file again (after fixing it) opens it again.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      {strict !== undefined && onStrictChange && (
        <label
          className="field drop-strict"
          title="Refuse files that would need repairs (such as a relationship that starts before one of its characters appears), instead of opening them with warnings"
        >
          <input
            type="checkbox"
            checked={strict}
            onChange={(event) => onStrictChange(event.target.checked)}
          />
          <span>
            Strict<span className="drop-strict-more">: treat warnings as errors</span>
          </span>
        </label>
      )}
    </>
  );
}
