// Pictures of the view: a PNG to share (png.ts), and frames drawn straight from
// Cytoscape's canvases for video export.
import type { Core } from 'cytoscape';
import type { PngOptions } from './png';
import type { GraphTheme } from './theme';

export interface FrameBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ViewExport {
  png(options: PngOptions): Promise<Blob>;
  drawFrame(context: CanvasRenderingContext2D, box: FrameBox): Promise<void>;
}

export function createExport(
  cy: Core,
  container: HTMLElement | undefined,
  headless: boolean,
  theme: () => GraphTheme,
): ViewExport {
  return {
    // Loaded when asked for: the widget never exports, and its first paint should not wait.
    png: async (options) => (await import('./png')).renderPng(cy, theme(), options),
    drawFrame(context, box) {
      // Waits for Cytoscape's own next render, then composites its layer canvases: measured
      // 2–5 times cheaper per frame than cy.png, which encodes a PNG only to decode it again.
      return new Promise((resolve) => {
        const draw = () => {
          context.fillStyle = theme().background;
          context.fillRect(box.x, box.y, box.width, box.height);
          const layers = [...(container?.querySelectorAll('canvas') ?? [])];
          layers.sort((a, b) => Number(a.style.zIndex) - Number(b.style.zIndex));
          for (const layer of layers) context.drawImage(layer, box.x, box.y, box.width, box.height);
          resolve();
        };
        if (headless || !container) return draw();
        cy.one('render', draw);
        cy.forceRender();
      });
    },
  };
}
