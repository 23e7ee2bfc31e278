// PNG export of the current view, with the show and episode drawn above the graph so the
// picture still says what it shows once it is shared on its own.
import type { Core } from 'cytoscape';
import { layoutExportLegend, type ExportLegend } from './exportLegend';
import type { GraphTheme } from './theme';

export interface PngOptions {
  readonly title: string;
  readonly subtitle: string;
  readonly scale?: number;
  /** The types and groups in the picture, keyed under the title so shared copies decode. */
  readonly legend?: ExportLegend;
}

export async function renderPng(cy: Core, theme: GraphTheme, options: PngOptions): Promise<Blob> {
  const scale = options.scale ?? 2;
  const graph = await cy.png({
    output: 'blob-promise',
    bg: theme.background,
    full: true,
    scale,
    maxWidth: 4096,
    maxHeight: 4096,
  });
  const image = await createImageBitmap(graph);
  const title = Math.round(64 * scale);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(image.width, Math.round(480 * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas available');
  // The band grows by the legend's rows, so the graph below it is never covered.
  const legend = layoutExportLegend(context, options.legend ?? { types: [], groups: [] }, theme, {
    width: canvas.width,
    margin: 16 * scale,
    unit: scale,
  });
  const header = title + legend.height;
  // Resizing clears the context's state, so size first and draw after.
  canvas.height = image.height + header;
  context.fillStyle = theme.background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = theme.text;
  context.textBaseline = 'top';
  const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
  context.font = `600 ${Math.round(22 * scale)}px ${font}`;
  context.fillText(options.title, 16 * scale, 12 * scale, canvas.width - 32 * scale);
  context.font = `${Math.round(15 * scale)}px ${font}`;
  context.fillText(options.subtitle, 16 * scale, 40 * scale, canvas.width - 32 * scale);
  legend.draw(title - 4 * scale);
  context.drawImage(image, Math.round((canvas.width - image.width) / 2), header);
  image.close();
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    );
  });
}
