// Saves the graph view as a PNG file named after the show and episode.
import type { ExportLegend, GraphView } from '../graph';

export async function downloadPng(
  view: GraphView,
  options: { title: string; subtitle: string; file: string; legend: ExportLegend },
) {
  const { title, subtitle, legend } = options;
  const blob = await view.png({ title, subtitle, legend });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = options.file;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
