// Opens dropped or chosen files off the main thread: reading, decoding, parsing, importing
// and validating a 44 MB GEXF or a 200,000-row CSV set take seconds, and the page must stay
// responsive (and cancellable) meanwhile. The page builds the view from what this sends.
import type { GraphData } from '../../model';
import { openFiles, type OpenStage } from './openFiles';

export interface ImportRequest {
  readonly files: readonly { readonly name: string; readonly size: number; readonly blob: Blob }[];
  readonly strict: boolean;
}

export type ImportMessage =
  | { readonly type: 'stage'; readonly stage: OpenStage }
  | {
      readonly type: 'done';
      readonly result:
        | {
            readonly ok: true;
            readonly label: string;
            readonly data: GraphData;
            readonly warnings: readonly string[];
          }
        | { readonly ok: false; readonly label: string; readonly problems: readonly string[] };
    };

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const post = (message: ImportMessage) => self.postMessage(message);
  const { files, strict } = event.data;
  const opened = await openFiles(
    files.map(({ name, size, blob }) => ({ name, size, arrayBuffer: () => blob.arrayBuffer() })),
    { strict, onStage: (stage) => post({ type: 'stage', stage }) },
  );
  // The dataset is rebuilt by the page: its indexes are cheaper to build than to copy.
  post({
    type: 'done',
    result: opened.ok
      ? { ok: true, label: opened.label, data: opened.data, warnings: opened.warnings }
      : opened,
  });
};
