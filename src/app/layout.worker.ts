// Lays out a big cast off the main thread, reporting progress, so the page never freezes.
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
