// Loading a widget's show, one attempt at a time: read the data (carried by the embed or
// fetched), check it (in the parse worker when it is big), build its timeline, and place its
// characters (baked into the data, or in the layout worker). Each attempt has a number; once
// Cancel or a newer attempt took over, an older attempt's late results go nowhere. Problems
// are shown in the widget's box, never thrown.
import { bakedPositions, buildTimeline, type Point, type Timeline } from '../model';
import { fetchDataBytes } from './fetchData';
import type { EmbedOptions } from './options';
import type { ProgressStage } from './progress';
import type { ReadShow, ShowSource } from './readShow';

/** A show carried by the embed itself instead of a data file on a server. */
export type EmbeddedShow =
  /** JSON text, e.g. from a child <script type="application/json"> of the element. */
  | { readonly kind: 'json'; readonly text: string }
  /** Packed with packShow, e.g. from the iframe page's #data= fragment. */
  | { readonly kind: 'packed'; readonly packed: string };

/** Data files this big are read in a worker (parse.worker.ts), with a progress bar. */
export const WORKER_FROM_BYTES = 1024 * 1024;

const readInWorker = (source: ShowSource): source is ShowSource & { content: Uint8Array } =>
  typeof source.content !== 'string' && source.content.length >= WORKER_FROM_BYTES;

/** What the loader needs of the widget it loads for. */
export interface LoadHost {
  readonly options: EmbedOptions;
  readonly embedded: EmbeddedShow | undefined;
  /**
   * The widget is alone on Plotweb's own iframe page, where laying out on the page's thread
   * cannot freeze a host: it does so when the page (a sandboxed frame) cannot start a worker.
   */
  readonly ownPage: boolean;
  /** Aborts the download when the widget is removed. */
  readonly signal: AbortSignal;
  /** The box's status line, which a long attempt turns into a progress bar with Cancel. */
  readonly message: HTMLElement;
  /** Shows a problem or a notice in the box, with a Retry button when `retry` is given. */
  showMessage(
    kind: 'error' | 'info',
    heading: string,
    lines?: readonly string[],
    retry?: () => void,
  ): void;
  /** Starts the attempt again (the box's Retry). */
  retry(): void;
  /** The graph is drawn: no progress bar comes over it. */
  drawn(): boolean;
}

export interface Loaded {
  readonly timeline: Timeline;
  readonly positions: ReadonlyMap<string, Point>;
}

export interface Loader {
  /**
   * A new attempt, which ends any earlier one. `onTimeline` runs as soon as the timeline is
   * built (the widget can name the show while its characters are placed). Undefined when the
   * attempt failed (its problem is shown), was cancelled, or another took over.
   */
  load(onTimeline: (timeline: Timeline) => void): Promise<Loaded | undefined>;
  /** Ends the current attempt and stops its workers (the widget is removed). */
  stop(): void;
}

export function createLoader(host: LoadHost): Loader {
  const { options, embedded, message } = host;
  let attempt = 0;
  let stopped = false;
  let cancelLayout: (() => void) | undefined;
  let cancelParse: (() => void) | undefined;
  const current = (mine: number) => !stopped && attempt === mine;
  const stopWorkers = () => {
    cancelParse?.();
    cancelLayout?.();
  };

  // The checker (the schema and its messages) loads while the data downloads: it is not
  // part of the widget's first script, which stays small.
  const reading = import('./readShow');

  /**
   * Attempt `mine`'s progress box (progress.ts, loaded with the workers). The attempt is
   * the one that started the work, not the one current when a late callback runs: a
   * cancelled attempt's stage must not cover "Loading stopped".
   */
  const progress = (mine: number, stage: ProgressStage, share = 0) => {
    void import('./progress').then((box) => {
      // Not after Cancel, nor over a graph already drawn.
      if (!current(mine) || host.drawn()) return;
      box.showProgress(message, stage, share, () => {
        attempt++;
        stopWorkers();
        host.showMessage('info', 'Loading stopped', [], host.retry);
      });
    });
  };

  /** The data and the names its problems are reported under, or undefined on failure. */
  async function readSource(): Promise<ShowSource | undefined> {
    // Data inside the snippet is as untrusted as data from a server: same caps, same validator.
    const inline = (content: string) => ({ content, src: 'embedded data', name: 'embedded data' });
    if (embedded?.kind === 'json') return inline(embedded.text);
    if (embedded?.kind === 'packed') {
      const { unpackShow } = await import('../model/dataCodec');
      const unpacked = await unpackShow(embedded.packed);
      if (unpacked.ok) return inline(unpacked.text);
      host.showMessage('error', 'The graph could not be loaded', [
        `embedded data: ${unpacked.message} — ${unpacked.fix}`,
      ]);
      return undefined;
    }
    if (options.src === '') {
      host.showMessage('error', 'No data file given', [
        'Set the src attribute to a Plotweb JSON file.',
      ]);
      return undefined;
    }
    const fetched = await fetchDataBytes(options.src, document.baseURI, host.signal);
    if (fetched.ok)
      return {
        content: fetched.bytes,
        src: options.src,
        name: options.src.split('/').pop() ?? options.src,
      };
    if (fetched.reason === 'aborted') return undefined;
    host.showMessage(
      'error',
      fetched.reason === 'timeout'
        ? 'The data file did not arrive'
        : 'The graph could not be loaded',
      [`${options.src}: ${fetched.message}`],
      host.retry,
    );
    return undefined;
  }

  /** Small data is read here at once; a big file in the parse worker, with progress. */
  async function readData(source: ShowSource, mine: number): Promise<ReadShow | undefined> {
    if (!readInWorker(source)) return (await reading).readShow(source);
    progress(mine, 'read');
    const { parseOffMainThread } = await import('./parseOffMainThread');
    // Cancelled while the worker's script loaded: start nothing.
    if (!current(mine)) return undefined;
    const job = parseOffMainThread(source, (stage) => progress(mine, stage));
    cancelParse = job.cancel;
    try {
      return await job.result;
    } finally {
      cancelParse = undefined;
    }
  }

  /** Baked data (every catalogue show) is placed at once; other data in the layout worker. */
  async function place(dataset: Timeline['dataset'], mine: number) {
    const baked = bakedPositions(dataset.characters);
    if (baked) return baked;
    const { layOutOffPage } = await import('./layOut');
    if (!current(mine)) return undefined;
    const job = layOutOffPage(dataset, host.ownPage, (share) => progress(mine, 'layout', share));
    cancelLayout = job.cancel;
    const placed = await job.positions;
    cancelLayout = undefined;
    if (!placed || !current(mine)) return undefined;
    if (!('heading' in placed)) return placed;
    host.showMessage('error', placed.heading, placed.lines);
    return undefined;
  }

  return {
    async load(onTimeline) {
      const mine = ++attempt;
      const source = await readSource();
      if (!source || !current(mine)) return undefined;
      const read = await readData(source, mine);
      if (!read || !current(mine)) return undefined;
      if (!read.ok) {
        host.showMessage('error', read.heading, read.lines);
        return undefined;
      }
      // A big show's timeline is built in slices too, between which the page keeps answering.
      const timeline = readInWorker(source)
        ? await (
            await import('./parseOffMainThread')
          ).timelineInSlices(read.dataset, () => !current(mine))
        : buildTimeline(read.dataset);
      if (!timeline || !current(mine)) return undefined;
      onTimeline(timeline);
      const positions = await place(timeline.dataset, mine);
      if (!positions || !current(mine)) return undefined;
      return { timeline, positions };
    },
    stop() {
      stopped = true;
      stopWorkers();
    },
  };
}
