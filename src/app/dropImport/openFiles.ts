// Reading dropped files and turning them into a show: a Plotweb JSON through the validator,
// a GEXF or CSV set through the importers (loaded only now), each problem as one line.
// Warnings (what was repaired) and hints come with the show; strict mode refuses warnings.
import {
  buildDataset,
  formatProblem,
  formatProblems,
  parseJsonText,
  validateGraphData,
  type Dataset,
  type GraphData,
} from '../../model';
import {
  formatInteropHint,
  formatInteropProblem,
  type ImportOptions,
  type ImportStage,
} from '../../model/interop/interopProblem';
import { decodeText } from '../../model/textBytes';
import { classifyFiles, planLabel, type FilePlan, type NamedFile } from './classifyFiles';

/** A file whose bytes can be read; a browser `File` is one. */
export interface ReadableFile extends NamedFile {
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The steps of opening files, in order; 'show' is the page building the view. */
export type OpenStage = 'read' | ImportStage | 'show';

export const OPEN_STAGES: Readonly<Record<OpenStage, { at: number; text: string }>> = {
  read: { at: 0, text: 'Reading the files' },
  parse: { at: 0.1, text: 'Reading the data' },
  build: { at: 0.45, text: 'Building the show' },
  check: { at: 0.6, text: 'Checking the show' },
  show: { at: 0.9, text: 'Drawing the show' },
};

export interface OpenOptions extends ImportOptions {
  readonly onStage?: (stage: OpenStage) => void;
}

export type Opened =
  | {
      readonly ok: true;
      /** The files it came from, as a reader would name them. */
      readonly label: string;
      readonly data: GraphData;
      readonly dataset: Dataset;
      /** What was repaired ("warning: …" lines), then advice ("hint: …" lines). */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly label: string; readonly problems: readonly string[] };

type Texts = { ok: true; texts: Map<ReadableFile, string> } | { ok: false; problems: string[] };

async function readAll(files: readonly ReadableFile[]): Promise<Texts> {
  const texts = new Map<ReadableFile, string>();
  const problems: string[] = [];
  await Promise.all(
    files.map(async (file) => {
      try {
        // Decoded by byte order mark, as the command line tools do; bad UTF-8 is named.
        const decoded = decodeText(await file.arrayBuffer());
        if (decoded.ok) texts.set(file, decoded.text);
        else problems.push(formatProblem(file.name, decoded.problem));
      } catch {
        problems.push(
          formatInteropProblem({
            file: file.name,
            message: 'the browser could not read this file',
            fix: 'check that it still exists and that you may read it, then open it again',
          }),
        );
      }
    }),
  );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, texts };
}

/** "Hamlet" from "Hamlet - characters.csv" and "Hamlet - relationships.csv", if they agree. */
export function titleFromNames(a: string, b: string): string | undefined {
  let length = 0;
  while (length < a.length && a[length]?.toLowerCase() === b[length]?.toLowerCase()) length++;
  // Cut back to a word boundary, so "show_a_…" and "show_b_…" give "show".
  const common = a.slice(0, length).replace(/[A-Za-z0-9]*$/, '');
  const title = common.replace(/[\s_\-.()[\]]+$/, '').trim();
  return title === '' ? undefined : title;
}

type Converted =
  | { ok: true; data: GraphData; dataset?: Dataset; warnings: readonly string[] }
  | { ok: false; problems: readonly string[] };

async function convert(
  plan: FilePlan<ReadableFile>,
  text: (file: ReadableFile) => string,
  options: OpenOptions,
): Promise<Converted> {
  if (plan.kind === 'json') {
    options.onStage?.('parse');
    const json = await parseJsonText(text(plan.file));
    if (!json.ok) return { ok: false, problems: formatProblems(plan.file.name, json.problems) };
    options.onStage?.('check');
    const result = validateGraphData(json.value, options);
    return result.ok
      ? {
          ok: true,
          data: result.data,
          dataset: result.dataset,
          warnings: formatProblems(plan.file.name, result.warnings),
        }
      : { ok: false, problems: formatProblems(plan.file.name, result.problems) };
  }
  const interop = await import('../../model/interop');
  const lines = (result: ReturnType<typeof interop.importGexf>): Converted =>
    result.ok
      ? {
          ok: true,
          data: result.data,
          warnings: [
            ...result.warnings.map(formatInteropProblem),
            ...result.hints.map(formatInteropHint),
          ],
        }
      : { ok: false, problems: result.problems.map(formatInteropProblem) };
  if (plan.kind === 'gexf') {
    return lines(interop.importGexf(text(plan.file), plan.file.name, options));
  }
  const { characters, relationships, episodes, types } = plan.files;
  const csv = (file: ReadableFile) => ({ name: file.name, text: text(file) });
  const title = titleFromNames(characters.name, relationships.name);
  return lines(
    interop.importCsv(
      {
        characters: csv(characters),
        relationships: csv(relationships),
        ...(episodes === undefined ? {} : { episodes: csv(episodes) }),
        ...(types === undefined ? {} : { types: csv(types) }),
        ...(title === undefined ? {} : { title }),
      },
      options,
    ),
  );
}

/** Reads a classified set of files and converts it to a validated show, or lists why not. */
export async function openPlan(
  plan: FilePlan<ReadableFile>,
  options: OpenOptions = {},
): Promise<Opened> {
  const label = planLabel(plan);
  options.onStage?.('read');
  const files = plan.kind === 'csv' ? Object.values(plan.files) : [plan.file];
  const read = await readAll(files);
  if (!read.ok) return { ok: false, label, problems: read.problems };
  let converted: Converted;
  try {
    converted = await convert(plan, (file) => read.texts.get(file) ?? '', options);
  } catch (error) {
    // The importers report problems rather than throw, but loading one can fail (offline
    // after an update); the user still gets a line, never a stuck page.
    const message = error instanceof Error ? error.message : String(error);
    const fix = 'reload the page and try again; if it persists, please report it';
    const problem = `could not be opened (${message})`;
    return {
      ok: false,
      label,
      problems: [formatInteropProblem({ file: label, message: problem, fix })],
    };
  }
  if (!converted.ok) return { ok: false, label, problems: converted.problems };
  // The importers validate what they build, so their data can become a dataset directly.
  const { data, dataset = buildDataset(data), warnings } = converted;
  return { ok: true, label, data, dataset, warnings };
}

/** Dropped or chosen files → a show, refusing unsupported or oversized files before reading. */
export async function openFiles(
  files: readonly ReadableFile[],
  options: OpenOptions = {},
): Promise<Opened> {
  const classified = classifyFiles(files);
  if (!classified.ok) {
    const label = files.length === 1 ? (files[0]?.name ?? '') : `${files.length} files`;
    return { ok: false, label, problems: classified.problems };
  }
  return openPlan(classified.plan, options);
}
