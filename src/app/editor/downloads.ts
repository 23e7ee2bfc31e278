// Saving the edited show as files: Plotweb JSON (as a dropped show is saved), the four CSV
// tables and GEXF, each through the model's own exporter, as a Blob URL download. A file
// larger than the app, `validate` and `import` read is refused before it is saved.
import { checkWrittenSize, formatProblem, type GraphData } from '../../model';
import { jsonFileName, schemaAddress, toPlotwebJson } from '../dropImport/plotwebJson';
import { saveBlob } from '../saveBlob';

export type DownloadKind = 'json' | 'characters' | 'relationships' | 'episodes' | 'types' | 'gexf';

export interface DownloadFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

const WHAT: Record<DownloadKind, string> = {
  json: "the show's JSON",
  characters: 'the characters table',
  relationships: 'the relationships table',
  episodes: 'the episodes table',
  types: 'the types table',
  gexf: 'the GEXF file',
};

/** A download Plotweb would not read back: its message says how big and what to do. */
export class RefusedDownload extends Error {
  override readonly name = 'RefusedDownload';
}

/**
 * The file for one kind of download; the CSV and GEXF exporters load on demand. Throws
 * `RefusedDownload` when the file would be over the size limit every reader shares.
 */
export async function downloadFile(data: GraphData, kind: DownloadKind): Promise<DownloadFile> {
  const file = await buildFile(data, kind);
  const tooBig = checkWrittenSize(new Blob([file.text]).size, WHAT[kind]);
  if (tooBig) throw new RefusedDownload(formatProblem(file.name, tooBig));
  return file;
}

async function buildFile(data: GraphData, kind: DownloadKind): Promise<DownloadFile> {
  const base = jsonFileName(data.show.title).replace(/\.json$/, '');
  if (kind === 'json')
    return {
      name: `${base}.json`,
      type: 'application/json',
      text: toPlotwebJson(data, schemaAddress()),
    };
  const interop = await import('../../model/interop');
  if (kind === 'gexf')
    return { name: `${base}.gexf`, type: 'application/xml', text: interop.exportGexf(data) };
  return { name: `${base}-${kind}.csv`, type: 'text/csv', text: interop.exportCsv(data)[kind] };
}

export function saveFile(file: DownloadFile): void {
  saveBlob(new Blob([file.text], { type: file.type }), file.name);
}
