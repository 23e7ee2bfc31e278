// Lays out a cast off the main thread, reporting progress, so no page ever freezes on it:
// the explorer's big casts and the widget's data without baked positions (layoutWorker.ts).
import { computeLayout } from '../model/layout';
import { fromRequest, type LayoutRequest } from '../model/layoutRequest';

export type LayoutMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly positions: [string, { x: number; y: number }][] };

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const post = (message: LayoutMessage) => self.postMessage(message);
  const positions = computeLayout(fromRequest(event.data), {
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
  post({ type: 'done', positions: [...positions] });
};
