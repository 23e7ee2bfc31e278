// Positions for the graph: baked ones from the file, a quick layout on the spot for small
// casts, or the layout worker with progress for big ones (src/graph/layoutWorker.ts).
import { useEffect, useMemo, useState } from 'react';
import { layoutOffMainThread } from '../graph/layoutWorker';
import type { Dataset, Point } from '../model';
import { computeLayout } from '../model/layout';
import { layoutRequest } from '../model/layoutRequest';

/** Casts this small lay out in a few milliseconds: no worker needed. */
const IN_PAGE_LIMIT = 400;

export type LayoutState =
  | { readonly ready: true; readonly positions: ReadonlyMap<string, Point> }
  | { readonly ready: false; readonly progress: number; readonly error?: string };

export function useLayout(dataset: Dataset): LayoutState {
  const baked = dataset.characters.every((character) => character.position !== undefined);
  const inPage = baked || dataset.characters.length <= IN_PAGE_LIMIT;
  const immediate = useMemo(() => (inPage ? computeLayout(dataset) : undefined), [dataset, inPage]);
  const [worked, setWorked] = useState<{ dataset: Dataset; state: LayoutState }>();

  useEffect(() => {
    if (inPage) return;
    let live = true;
    const job = layoutOffMainThread(layoutRequest(dataset), (progress) => {
      if (live) setWorked({ dataset, state: { ready: false, progress } });
    });
    job.positions.then(
      (positions) => {
        if (live) setWorked({ dataset, state: { ready: true, positions } });
      },
      () => {
        if (live) {
          setWorked({
            dataset,
            state: { ready: false, progress: 0, error: 'The layout could not be computed.' },
          });
        }
      },
    );
    return () => {
      live = false;
      job.cancel();
    };
  }, [dataset, inPage]);

  if (immediate) return { ready: true, positions: immediate };
  return worked && worked.dataset === dataset ? worked.state : { ready: false, progress: 0 };
}
