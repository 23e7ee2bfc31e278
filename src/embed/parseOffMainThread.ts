// Runs readShow in the parse worker for a big data file and rebuilds the show's indexes on
// the page in slices, so neither step holds the host page up; Cancel (or removing the
// widget) terminates the worker at once. Used for files of WORKER_FROM_BYTES or more.
import {
  datasetSteps,
  runSliced,
  timelineSteps,
  type Dataset,
  type GraphData,
  type Timeline,
} from '../model';
import { startWorker, type StartedWorker } from '../graph/startWorker';
import type { ParseMessage } from './parse.worker';
import { readShow, type ReadShow, type ReadStage, type ShowSource } from './readShow';
import workerUrl from './parse.worker.ts?worker&url';

export interface ParseJob {
  /** The checked show or the box's message; undefined once cancelled. */
  readonly result: Promise<ReadShow | undefined>;
  cancel(): void;
}

/**
 * A big show's timeline, built in slices between which the page keeps answering; here,
 * not in mount.ts, so the slicing loads with the worker instead of with every widget.
 */
export const timelineInSlices = (dataset: Dataset, cancelled: () => boolean) =>
  runSliced<Timeline>(timelineSteps(dataset), { cancelled });

export function parseOffMainThread(
  source: ShowSource & { readonly content: Uint8Array },
  onStage: (stage: ReadStage) => void,
): ParseJob {
  let cancelled = false;
  let started: StartedWorker | undefined;
  let settle: (read: ReadShow | undefined) => void = () => undefined;
  const stop = () => {
    started?.worker.terminate();
    started?.release();
    started = undefined;
  };
  const result = new Promise<ReadShow | undefined>((resolve) => {
    settle = resolve;
    // A page whose policy forbids workers still gets the graph, read on its own thread.
    const onPage = () => {
      stop();
      void readShow(source, onStage).then((read) => resolve(cancelled ? undefined : read));
    };
    try {
      started = startWorker(workerUrl, import.meta.url);
    } catch {
      onPage();
      return;
    }
    const parts: GraphData['relationships'][] = [];
    started.worker.onmessage = (event: MessageEvent<ParseMessage>) => {
      const message = event.data;
      if (message.type === 'stage') onStage(message.stage);
      else if (message.type === 'part') parts.push(message.relationships);
      else if (message.type === 'refused') {
        stop();
        resolve({ ok: false, heading: message.heading, lines: message.lines });
      } else {
        stop();
        onStage('prepare');
        const data: GraphData = { ...message.data, relationships: parts.flat() };
        void runSliced(datasetSteps(data), { cancelled: () => cancelled }).then(
          (dataset) => resolve(dataset ? { ok: true, data, dataset } : undefined),
          () => resolve(undefined),
        );
      }
    };
    started.worker.onerror = (event) => {
      event.preventDefault();
      onPage();
    };
    // Copied, not moved: if the worker fails to start, the page still has the bytes.
    started.worker.postMessage(source);
  });
  return {
    result,
    cancel() {
      cancelled = true;
      stop();
      settle(undefined);
    },
  };
}
