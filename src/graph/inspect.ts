// What a page tells browser tests (and the curious) about its canvas: window.plotweb.
// The explorer and the iframe widget both set it, so one test can compare the two faces.
import type { GraphView } from './graphView';
import type { ViewSample } from './viewMetrics';

export interface CanvasInspector {
  drawn(): { nodes: string[]; edges: string[] };
  /** Characters and their labels as drawn, in rendered px (viewMetrics.ts reads it). */
  sample(): Promise<ViewSample>;
  readonly animating: boolean;
}

declare global {
  interface Window {
    plotweb?: CanvasInspector;
  }
}

export function inspectorOf(
  view: Pick<GraphView, 'drawn' | 'sample' | 'animating'>,
): CanvasInspector {
  return {
    drawn: () => view.drawn(),
    sample: () => view.sample(),
    get animating() {
      return view.animating;
    },
  };
}
