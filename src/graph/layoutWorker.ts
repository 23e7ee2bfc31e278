// Starts the layout worker (layout.worker.ts) for the explorer and the widget (on other
// sites' pages too: startWorker.ts).
import type { Point } from '../model';
import type { LayoutRequest } from '../model/layoutRequest';
import type { LayoutMessage } from './layout.worker';
import workerUrl from './layout.worker.ts?worker&url';
import { startWorker } from './startWorker';

export interface LayoutJob {
  /**
   * Rejects when the worker cannot start or fails (e.g. a page's policy forbids workers),
   * and when the job is cancelled, so nothing waits on it for ever.
   */
  readonly positions: Promise<Map<string, Point>>;
  cancel(): void;
}

export function layoutOffMainThread(
  input: LayoutRequest,
  onProgress?: (share: number) => void,
): LayoutJob {
  let stop: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const positions = new Promise<Map<string, Point>>((resolve, reject) => {
    fail = reject;
    let started: ReturnType<typeof startWorker>;
    try {
      started = startWorker(workerUrl, import.meta.url);
    } catch (error) {
      reject(error instanceof Error ? error : new Error('the layout worker could not start'));
      return;
    }
    const { worker, release } = started;
    stop = () => {
      worker.terminate();
      release();
    };
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress?.(message.done / message.total);
      else {
        stop();
        resolve(new Map(message.positions));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      reject(new Error(event.message || 'the layout worker failed'));
    };
    worker.postMessage(input, [input.ends.buffer]);
  });
  return {
    positions,
    cancel: () => {
      stop();
      fail(new Error('the layout was cancelled'));
    },
  };
}
