// "Import…": replaces the open show's data with a Plotweb JSON, a CSV set or a GEXF file,
// read by the same code as a dropped file. Undo brings the previous data back.
import { useRef } from 'react';
import { ACCEPTED_EXTENSIONS } from '../dropImport/classifyFiles';

export function ImportButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        title="Replace this show's data with a Plotweb JSON, a GEXF file, or characters + relationships CSV files"
        onClick={() => input.current?.click()}
      >
        Import…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED_EXTENSIONS}
        hidden
        data-testid="editor-import-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
