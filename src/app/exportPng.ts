// Saves the graph view as a PNG file named after the show and episode.
import type { ExportLegend, GraphView } from '../graph';
import { saveBlob } from './saveBlob';

export async function downloadPng(
  view: GraphView,
  options: { title: string; subtitle: string; file: string; legend: ExportLegend },
) {
  const { title, subtitle, legend } = options;
  const blob = await view.png({ title, subtitle, legend });
  saveBlob(blob, options.file);
}
