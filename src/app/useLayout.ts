// Positions for the graph: baked ones from the file, a quick layout on the spot for small
// casts, or a Web Worker with progress for big ones.
import { useEffect, useMemo, useState } from 'react';
import type { Dataset, Point } from '../model';
import { computeLayout, type LayoutInput } from '../model/layout';
import type { LayoutMessage } from './layout.worker';

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
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        setWorked({ dataset, state: { ready: false, progress: message.done / message.total } });
      } else {
        setWorked({ dataset, state: { ready: true, positions: new Map(message.positions) } });
        worker.terminate();
      }
    };
    worker.onerror = () =>
      setWorked({
        dataset,
        state: { ready: false, progress: 0, error: 'The layout could not be computed.' },
      });
    const input: LayoutInput = {
      characters: dataset.characters.map(({ id, name, group, position, spans }) => ({
        id,
        name,
        group,
        position,
        spans,
      })),
      relationships: dataset.relationships.map(({ source, target }) => ({ source, target })),
    };
    worker.postMessage(input);
    return () => worker.terminate();
  }, [dataset, inPage]);

  if (immediate) return { ready: true, positions: immediate };
  return worked && worked.dataset === dataset ? worked.state : { ready: false, progress: 0 };
}
