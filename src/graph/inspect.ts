// What a page tells browser tests (and the curious) about its canvas: window.plotweb.
// The explorer and the iframe widget both set it, so one test can compare the two faces.
import type { GraphView } from './graphView';

export interface CanvasInspector {
  drawn(): { nodes: string[]; edges: string[] };
  readonly animating: boolean;
}

declare global {
  interface Window {
    plotweb?: CanvasInspector;
  }
}

export function inspectorOf(view: Pick<GraphView, 'drawn' | 'animating'>): CanvasInspector {
  return {
    drawn: () => view.drawn(),
    get animating() {
      return view.animating;
    },
  };
}
