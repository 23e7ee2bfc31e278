// One attempt at opening files, run in a Web Worker (import.worker.ts) so the page never
// freezes, with its steps reported for a progress bar and a Cancel that stops the work at
// once (the worker is terminated). Where workers do not exist (tests), it runs in the page.
import { datasetSteps, runSliced, type GraphData } from '../../model';
import { formatInteropProblem } from '../../model/interop/interopProblem';
import type { ImportMessage, ImportRequest } from './import.worker';
import { openFiles, type OpenStage, type Opened, type ReadableFile } from './openFiles';

export interface ImportJob {
  /** The opened show or its problems; undefined once cancelled. */
  readonly result: Promise<Opened | undefined>;
  cancel(): void;
}

export interface ImportJobOptions {
  readonly strict: boolean;
  readonly onStage?: (stage: OpenStage) => void;
}

const asBlob = async (file: ReadableFile): Promise<Blob> =>
  file instanceof Blob ? file : new Blob([await file.arrayBuffer()]);

function failed(label: string, message: string): Opened {
  return {
    ok: false,
    label,
    problems: [
      formatInteropProblem({
        file: label,
        message: `could not be opened (${message})`,
        fix: 'reload the page and try again; if it persists, please report it',
      }),
    ],
  };
}

/**
 * Runs `then` once the page has painted what was just set: the frame after next, since a
 * frame callback runs before its paint. A hidden page paints nothing, so a timer bounds it.
 */
function afterPaint(then: () => void) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    then();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 250);
}

export function startImport(files: readonly ReadableFile[], options: ImportJobOptions): ImportJob {
  const label = files.map((file) => file.name).join(', ');
  let cancelled = false;
  if (typeof Worker !== 'function') {
    const result = openFiles(files, options).then((opened) => (cancelled ? undefined : opened));
    return { result, cancel: () => (cancelled = true) };
  }
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let settle: (opened: Opened | undefined) => void = () => undefined;
  const result = new Promise<Opened | undefined>((resolve) => (settle = resolve));
  const parts: GraphData['relationships'][] = [];
  worker.onmessage = (event: MessageEvent<ImportMessage>) => {
    const message = event.data;
    if (message.type === 'stage') {
      options.onStage?.(message.stage);
      return;
    }
    if (message.type === 'part') {
      parts.push(message.relationships);
      return;
    }
    worker.terminate();
    const opened = message.result;
    if (!opened.ok) {
      settle(opened);
      return;
    }
    options.onStage?.('show');
    const data: GraphData = { ...opened.data, relationships: parts.flat() };
    parts.length = 0;
    // Let the bar paint its last step, then build the indexes in slices between which the
    // page keeps answering (and Cancel still works).
    afterPaint(() => {
      if (cancelled) return;
      runSliced(datasetSteps(data), { cancelled: () => cancelled }).then(
        (dataset) => {
          if (dataset && !cancelled) settle({ ...opened, data, dataset });
        },
        (error: unknown) =>
          settle(failed(opened.label, error instanceof Error ? error.message : String(error))),
      );
    });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    settle(failed(label, event.message || 'the import could not start'));
  };
  void Promise.all(files.map(asBlob)).then(
    (blobs) => {
      const request: ImportRequest = {
        files: files.map((file, index) => ({
          name: file.name,
          size: file.size,
          blob: blobs[index] as Blob,
        })),
        strict: options.strict,
      };
      if (!cancelled) worker.postMessage(request);
    },
    () => settle(failed(label, 'the browser could not read the files')),
  );
  return {
    result,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      worker.terminate();
      settle(undefined);
    },
  };
}
