// Saving an opened show as a Plotweb data file: formatted JSON with "$schema" first, so an
// editor offers completion at once, named after the show's title.
import { checkWrittenSize, formatProblem, SCHEMA_URL, type GraphData } from '../../model';
import { saveBlob } from '../saveBlob';

/** The text of a data file; a `$schema` the file already had is kept. */
export function toPlotwebJson(data: GraphData, schemaUrl: string): string {
  return `${JSON.stringify({ $schema: schemaUrl, ...data }, null, 2)}\n`;
}

/** "tiny-pretty-things.json" from "Tiny Pretty Things"; "show.json" when nothing is left. */
export function jsonFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'show'}.json`;
}

/** The published JSON Schema, as an absolute address that works wherever the file is saved. */
export function schemaAddress(): string {
  return new URL(`${import.meta.env.BASE_URL}${SCHEMA_URL.slice(1)}`, window.location.href).href;
}

/**
 * Saves the show through a Blob URL: nothing leaves the browser. A file over the size the
 * app and `validate` read is not saved: the problem line says how big it would be.
 */
export function downloadPlotwebJson(data: GraphData): string | undefined {
  const name = jsonFileName(data.show.title);
  const blob = new Blob([toPlotwebJson(data, schemaAddress())], { type: 'application/json' });
  const tooBig = checkWrittenSize(blob.size);
  if (tooBig) return formatProblem(name, tooBig);
  saveBlob(blob, name);
  return undefined;
}
