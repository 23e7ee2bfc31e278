// Opens dropped or chosen files off the main thread: reading, decoding, parsing, importing
// and validating a 44 MB GEXF or a 200,000-row CSV set take seconds, and the page must stay
// responsive (and cancellable) meanwhile. The page builds the view from what this sends.
import { messageParts, type GraphData } from '../../model';
import { openFiles, type OpenStage } from './openFiles';

export interface ImportRequest {
  readonly files: readonly { readonly name: string; readonly size: number; readonly blob: Blob }[];
  readonly strict: boolean;
}

export type ImportMessage =
  | { readonly type: 'stage'; readonly stage: OpenStage }
  /** Some of the show's relationships, in file order; 'done' follows with the rest of it. */
  | { readonly type: 'part'; readonly relationships: GraphData['relationships'] }
  | {
      readonly type: 'done';
      readonly result:
        | {
            readonly ok: true;
            readonly label: string;
            /** The show without its relationships, which came in the parts before. */
            readonly data: Omit<GraphData, 'relationships'>;
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
  if (!opened.ok) {
    post({ type: 'done', result: opened });
    return;
  }
  // The dataset is rebuilt by the page: its indexes are cheaper to build than to copy.
  const { relationships, ...rest } = opened.data;
  for (const part of messageParts(relationships)) post({ type: 'part', relationships: part });
  post({
    type: 'done',
    result: { ok: true, label: opened.label, data: rest, warnings: opened.warnings },
  });
};
