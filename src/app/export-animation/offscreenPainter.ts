// Paints export frames from a real graph view: an off-screen container of the frame's size,
// a clock driven by hand, and a header band naming the show and the episode.
import { createGraphView, GRAPH_THEMES, type GraphTheme, type ThemeName } from '../../graph';
import { exportLegendOf, layoutExportLegend } from '../../graph/exportLegend';
import { levelOfDetail, type Point, type Timeline } from '../../model';
import { frameCaption } from './exportOptions';
import type { Frame } from './frameSchedule';
import { createManualScheduler } from './manualScheduler';
import type { FramePainter } from './renderAnimation';

export interface PainterOptions {
  readonly timeline: Timeline;
  readonly positions: ReadonlyMap<string, Point>;
  readonly theme: ThemeName;
  readonly hiddenTypes: ReadonlySet<string>;
  /** The frame canvas, already sized to the export. */
  readonly canvas: HTMLCanvasElement;
  /** Milliseconds the view animates into each episode. */
  readonly transition: number;
  /** The episodes the export covers: its legend keys every type and group they show. */
  readonly episodes: { readonly from: number; readonly to: number };
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** The band's height: about an eighth of the frame, so text scales with the size. */
export const headerHeight = (height: number) => Math.round(height / 8);

function drawHeader(
  context: CanvasRenderingContext2D,
  width: number,
  band: number,
  theme: GraphTheme,
  caption: { title: string; subtitle: string },
) {
  context.fillStyle = theme.background;
  context.fillRect(0, 0, width, band);
  const margin = Math.round(band * 0.35);
  const room = width - margin * 2;
  context.fillStyle = theme.text;
  context.textBaseline = 'alphabetic';
  context.font = `600 ${Math.round(band * 0.36)}px ${FONT}`;
  context.fillText(caption.title, margin, Math.round(band * 0.48), room);
  context.font = `${Math.round(band * 0.26)}px ${FONT}`;
  context.fillText(caption.subtitle, margin, Math.round(band * 0.84), room);
  context.fillStyle = theme.dead;
  context.fillRect(margin, band - 1, room, 1);
}

export function createOffscreenPainter(options: PainterOptions): FramePainter {
  const { timeline, canvas, hiddenTypes } = options;
  const { dataset } = timeline;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas.');
  const theme = GRAPH_THEMES[options.theme];
  const band = headerHeight(canvas.height);
  // One legend for the whole export, under the title band: the graph's box stays the same
  // size from frame to frame and starts below it.
  const { from, to } = options.episodes;
  const snapshots = Array.from(
    { length: Math.max(to - from + 1, 0) },
    (_, index) => levelOfDetail(timeline.snapshotAt(from + index), { hiddenTypes }).snapshot,
  );
  const legend = layoutExportLegend(
    context,
    exportLegendOf(dataset, snapshots, hiddenTypes),
    theme,
    { width: canvas.width, margin: Math.round(band * 0.35), unit: Math.max(band / 64, 0.75) },
  );
  const top = band + legend.height;
  const box = { x: 0, y: top, width: canvas.width, height: Math.max(canvas.height - top, 1) };

  // Laid out (so Cytoscape can size and draw) but out of sight, and out of the way of
  // pointers, the tab order and assistive technology.
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.inert = true;
  container.dataset['testid'] = 'export-offscreen';
  Object.assign(container.style, {
    position: 'fixed',
    left: `${-box.width - 100}px`,
    top: '0',
    width: `${box.width}px`,
    height: `${box.height}px`,
    pointerEvents: 'none',
    overflow: 'hidden',
  });
  document.body.append(container);

  const scheduler = createManualScheduler();
  const view = createGraphView(container, {
    dataset,
    positions: options.positions,
    theme: options.theme,
    scheduler,
    duration: options.transition,
  });
  let entered = 0;

  return {
    async paint(frame: Frame) {
      if (frame.enters) {
        entered = scheduler.now();
        // What the explorer's canvas would draw with nothing selected.
        const snapshot = levelOfDetail(timeline.snapshotAt(frame.episode), { hiddenTypes });
        view.show(snapshot.snapshot, { animate: frame.animate, hiddenTypes });
      }
      scheduler.advanceTo(entered + frame.time);
      drawHeader(
        context,
        canvas.width,
        band,
        theme,
        frameCaption(dataset.show.title, dataset.episodes[frame.episode]),
      );
      if (legend.height > 0) {
        context.fillStyle = theme.background;
        context.fillRect(0, band, canvas.width, legend.height);
        legend.draw(band + Math.round(legend.height * 0.05));
      }
      await view.drawFrame(context, box);
    },
    destroy() {
      view.destroy();
      container.remove();
    },
  };
}
