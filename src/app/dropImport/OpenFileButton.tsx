// "Open file…" in the header: the keyboard (and touch) way to what dropping files does.
import { useRef } from 'react';
import { ACCEPTED_EXTENSIONS } from './classifyFiles';

export function OpenFileButton({ onFiles }: { onFiles: (files: File[]) => void }) {
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
    </>
  );
}
