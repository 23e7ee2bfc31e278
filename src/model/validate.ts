// One entry point for the CLI and the app: text in, a dataset or every problem out.
import * as v from 'valibot';
import { buildDataset, type Dataset } from './dataset';
import { parseJsonText } from './jsonText';
import { meaningProblems } from './meaningProblems';
import { migrateV1 } from './migrate';
import { asError, formatProblem, isWarning, quote, type JsonPath, type Problem } from './problems';
import { repairWarnings } from './repair';
import {
  characterSchema,
  graphDataSchema,
  relationshipSchema,
  SCHEMA_VERSION,
  type GraphData,
} from './schema';
import { graphDataSchemaV1, SCHEMA_VERSION_V1 } from './schemaV1';
import { shapeProblems } from './shapeProblems';

/** A file checked, without the indexes a viewer needs (checkGraphData). */
export type CheckResult =
  | {
      readonly ok: true;
      /** The data as loaded: with every warning's repair applied. */
      readonly data: GraphData;
      /** What was repaired, in file order; empty for a clean file. */
      readonly warnings: readonly Problem[];
    }
  | {
      readonly ok: false;
      /** Errors and warnings, in file order; at least one is an error. */
      readonly problems: readonly Problem[];
    };

/** A file checked, and on success its Dataset built (validateGraphData). */
export type ValidationResult =
  | (Extract<CheckResult, { ok: true }> & { readonly dataset: Dataset })
  | Extract<CheckResult, { ok: false }>;

export interface ValidationOptions {
  /** Treat warnings as errors: refuse the file rather than repair it. */
  readonly strict?: boolean;
}

// Problems are listed in the order an author reads the file: sections, items, then fields
// in the order the format documents them.
const FIELD_ORDER: Record<string, readonly string[]> = {
  characters: Object.keys(characterSchema.entries),
  relationships: Object.keys(relationshipSchema.entries),
};
const TOP_LEVEL_ORDER = Object.keys(graphDataSchema.entries);
const fieldRank = (section: string | number | undefined, key: string) => {
  const order = (typeof section === 'string' ? FIELD_ORDER[section] : undefined) ?? TOP_LEVEL_ORDER;
  const rank = order.indexOf(key);
  return rank === -1 ? order.length : rank;
};

/** File order: fields as written in the file; a missing field where the format documents it. */
function pathOrder(raw: unknown) {
  // Each object's field positions, as written (JSON.parse keeps the order, but for number-like keys).
  const positions = new WeakMap<object, ReadonlyMap<string, number>>();
  const written = (path: JsonPath, depth: number) => {
    let value = raw;
    for (let i = 0; i < depth; i++) {
      if (typeof value !== 'object' || value === null) return undefined;
      value = (value as Record<string | number, unknown>)[path[i] as string | number];
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    let known = positions.get(value);
    if (!known) {
      known = new Map(Object.keys(value).map((key, index) => [key, index]));
      positions.set(value, known);
    }
    return known;
  };
  return (a: JsonPath, b: JsonPath): number => {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
      const x = a[i] as string | number;
      const y = b[i] as string | number;
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      if (typeof x === 'string' && typeof y === 'string') {
        const order = written(a, i);
        const wx = order?.get(x);
        const wy = order?.get(y);
        if (wx !== undefined && wy !== undefined) return wx - wy;
        const section = i === 0 ? undefined : a[0];
        return fieldRank(section, x) - fieldRank(section, y);
      }
      return 0;
    }
    return a.length - b.length;
  };
}

function describeTopLevel(raw: unknown): string | undefined {
  if (Array.isArray(raw)) return 'a list [ … ]';
  if (raw === null) return 'null';
  if (typeof raw === 'string') return 'a text in double quotes';
  if (typeof raw === 'number') return 'a number';
  if (typeof raw === 'boolean') return `${raw}`;
  return typeof raw === 'object' ? undefined : typeof raw;
}

const V2_ONLY_FIELDS = new Set(['emphasis', 'arrow', 'marker', 'spans', 'groups']);

/** Whether a field at this path exists only in v2; `note` and `sources` exist in v1 elsewhere. */
function isV2Field(path: JsonPath): boolean {
  const field = path[path.length - 1];
  if (typeof field !== 'string') return false;
  if (V2_ONLY_FIELDS.has(field)) return true;
  if (field === 'note' || field === 'uncovered') return path.length === 3 && path[0] === 'episodes';
  return (
    field === 'sources' &&
    path.length === 5 &&
    path[0] === 'characters' &&
    (path[2] === 'notes' || path[2] === 'states')
  );
}

/** In a v1 file, a field that only v2 defines: say how to use it rather than only to remove it. */
function v1Hint(problem: Problem): Problem {
  const field = problem.path[problem.path.length - 1];
  if (typeof field !== 'string' || !isV2Field(problem.path)) return problem;
  if (problem.message !== `unknown field ${quote(field)}`) return problem;
  return {
    ...problem,
    message: `field ${quote(field)} needs format v${SCHEMA_VERSION}`,
    fix: `set "schemaVersion": ${SCHEMA_VERSION} at the top of the file, or remove it`,
  };
}

/**
 * Validates already-parsed JSON: its shape, then its meaning, all problems in file order.
 * A v1 file is checked against the v1 shape and then migrated, so `data` is always current.
 * A file whose only problems are warnings loads repaired, unless `strict` says to refuse it.
 */
export function validateGraphData(raw: unknown, options: ValidationOptions = {}): ValidationResult {
  const checked = checkGraphData(raw, options);
  return checked.ok ? { ...checked, dataset: buildDataset(checked.data) } : checked;
}

/**
 * validateGraphData without building the Dataset: for a reader that hands the data on
 * (the widget's parse worker posts it to the page, which builds its own).
 */
export function checkGraphData(raw: unknown, options: ValidationOptions = {}): CheckResult {
  const topLevel = describeTopLevel(raw);
  if (topLevel !== undefined) {
    return {
      ok: false,
      problems: [
        {
          path: [],
          message: `the top level is ${topLevel}, not an object`,
          fix: `a data file is one object: { "schemaVersion": ${SCHEMA_VERSION}, "show": …, "episodes": […], "characters": […], "relationships": […] }`,
        },
      ],
    };
  }
  const comparePaths = pathOrder(raw);
  const isV1 =
    typeof raw === 'object' &&
    raw !== null &&
    (raw as { schemaVersion?: unknown }).schemaVersion === SCHEMA_VERSION_V1;
  const parsed = isV1 ? v.safeParse(graphDataSchemaV1, raw) : v.safeParse(graphDataSchema, raw);
  const shape = parsed.success
    ? []
    : isV1
      ? shapeProblems(graphDataSchemaV1, parsed.issues).map(v1Hint)
      : shapeProblems(graphDataSchema, parsed.issues);
  const found = [...shape, ...meaningProblems(raw)];
  const problems = options.strict ? found.map(asError) : found;
  if (problems.some((problem) => !isWarning(problem)) || !parsed.success) {
    return { ok: false, problems: problems.sort((a, b) => comparePaths(a.path, b.path)) };
  }
  const current =
    parsed.output.schemaVersion === SCHEMA_VERSION_V1 ? migrateV1(parsed.output) : parsed.output;
  const { data, warnings } = repairWarnings<GraphData>(
    current,
    problems.sort((a, b) => comparePaths(a.path, b.path)),
  );
  return { ok: true, data, warnings };
}

/** Parses and validates a data file's text. */
export async function validateGraphDataText(
  text: string,
  options: ValidationOptions = {},
): Promise<ValidationResult> {
  const json = await parseJsonText(text);
  return json.ok ? validateGraphData(json.value, options) : json;
}

/** One line per problem; a warning's line starts with "warning: " (see formatProblem). */
export function formatProblems(file: string, problems: readonly Problem[]): string[] {
  return problems.map((problem) => formatProblem(file, problem));
}
