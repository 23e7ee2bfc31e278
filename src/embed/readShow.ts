// A widget's data, from downloaded bytes or snippet text to a checked show, or the box's
// message saying what is wrong: the same steps and words on the page (small files) and in
// the parse worker (parse.worker.ts, big ones).
import {
  buildDataset,
  checkGraphData,
  formatProblems,
  parseJsonText,
  type Dataset,
  type GraphData,
} from '../model';
import { textFromBytes } from './dataText';

/** At most this many problem lines in the box, then "…and N more". */
export const MAX_LISTED_PROBLEMS = 5;

/** What the box says while the data is prepared, in order. */
export type ReadStage = 'read' | 'check' | 'prepare';

export type ReadShow =
  { readonly ok: true; readonly data: GraphData; readonly dataset: Dataset } | Refused;

/** The checked data alone: what the parse worker posts to the page. */
export type ReadData = { readonly ok: true; readonly data: GraphData } | Refused;

type Refused = { readonly ok: false; readonly heading: string; readonly lines: readonly string[] };

export interface ShowSource {
  /** Bytes from a download, or text that came with the snippet. */
  readonly content: Uint8Array | string;
  /** The address as given, for problems with the download itself. */
  readonly src: string;
  /** The file's name, for problems inside the data. */
  readonly name: string;
}

function refused(heading: string, lines: readonly string[]): Refused {
  const more =
    lines.length > MAX_LISTED_PROBLEMS ? [`…and ${lines.length - MAX_LISTED_PROBLEMS} more`] : [];
  return { ok: false, heading, lines: [...lines.slice(0, MAX_LISTED_PROBLEMS), ...more] };
}

/** Reads and checks the data, and builds the Dataset a viewer needs. */
export async function readShow(
  source: ShowSource,
  onStage?: (stage: ReadStage) => void,
): Promise<ReadShow> {
  const read = await readData(source, onStage);
  return read.ok ? { ...read, dataset: buildDataset(read.data) } : read;
}

/** Decodes, parses and checks the data: every refusal in the box's words. */
export async function readData(
  source: ShowSource,
  onStage?: (stage: ReadStage) => void,
): Promise<ReadData> {
  onStage?.('read');
  let text: string;
  if (typeof source.content === 'string') text = source.content;
  else {
    const decoded = textFromBytes(source.content);
    if (!decoded.ok)
      return refused('The graph could not be loaded', [`${source.src}: ${decoded.message}`]);
    text = decoded.text;
  }
  const json = await parseJsonText(text);
  if (!json.ok)
    return refused('This graph’s data has problems', formatProblems(source.name, json.problems));
  onStage?.('check');
  const result = checkGraphData(json.value);
  if (!result.ok)
    return refused('This graph’s data has problems', formatProblems(source.name, result.problems));
  return { ok: true, data: result.data };
}
