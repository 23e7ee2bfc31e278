// The widget's layout of data without baked positions, loaded only for such data: in the
// layout worker, so the host page's main thread never runs it. Only on Plotweb's own iframe
// page, whose thread freezes no host, does it lay out on the page when no worker can start.
import type { Dataset, Point } from '../model';
import { layoutRequest } from '../model/layoutRequest';
import { layoutOffMainThread } from '../graph/layoutWorker';

/** Why there are no positions, for the widget's box. */
export interface LayoutProblem {
  readonly heading: string;
  readonly lines: readonly string[];
}

export interface WidgetLayout {
  /** The positions, the problem to show, or undefined once cancelled. */
  readonly positions: Promise<ReadonlyMap<string, Point> | LayoutProblem | undefined>;
  cancel(): void;
}

export function layOutOffPage(
  dataset: Dataset,
  ownPage: boolean,
  onProgress: (share: number) => void,
): WidgetLayout {
  const job = layoutOffMainThread(layoutRequest(dataset), onProgress);
  let cancelled = false;
  const positions = job.positions.catch(async () => {
    // Cancelled (or the widget removed): nothing to say, nothing to draw.
    if (cancelled) return undefined;
    if (ownPage) return (await import('../model/layout')).computeLayout(dataset);
    return {
      heading: 'The graph could not be laid out',
      lines: [
        'This page does not let the widget start a Web Worker for the layout.',
        'Bake positions into the data file with npm run layout, or embed it as an iframe.',
      ],
    };
  });
  return {
    positions,
    cancel() {
      cancelled = true;
      job.cancel();
    },
  };
}
