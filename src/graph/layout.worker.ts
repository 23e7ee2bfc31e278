// Lays out a cast off the main thread, reporting progress, so no page ever freezes on it:
// the explorer's big casts and the widget's data without baked positions (layoutWorker.ts).
import { computeLayout, type LayoutInput } from '../model/layout';

export type LayoutMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly positions: [string, { x: number; y: number }][] };

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  const post = (message: LayoutMessage) => self.postMessage(message);
  const positions = computeLayout(event.data, {
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
  post({ type: 'done', positions: [...positions] });
};
