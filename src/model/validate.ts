// One entry point for the CLI and the app: text in, a dataset or every problem out.
import * as v from 'valibot';
import { buildDataset, type Dataset } from './dataset';
import { parseJsonText } from './jsonText';
import { meaningProblems } from './meaningProblems';
import { formatProblem, type JsonPath, type Problem } from './problems';
import { characterSchema, graphDataSchema, relationshipSchema, type GraphData } from './schema';
import { shapeProblems } from './shapeProblems';

export type ValidationResult =
  | { readonly ok: true; readonly data: GraphData; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly Problem[] };

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

function comparePaths(a: JsonPath, b: JsonPath): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'string' && typeof y === 'string') {
      const section = i === 0 ? undefined : a[0];
      return fieldRank(section, x) - fieldRank(section, y);
    }
    return 0;
  }
  return a.length - b.length;
}

/** Validates already-parsed JSON: its shape, then its meaning, all problems in file order. */
export function validateGraphData(raw: unknown): ValidationResult {
  const parsed = v.safeParse(graphDataSchema, raw);
  const problems = [
    ...(parsed.success ? [] : shapeProblems(graphDataSchema, parsed.issues)),
    ...meaningProblems(raw),
  ];
  if (problems.length > 0 || !parsed.success) {
    return { ok: false, problems: problems.sort((a, b) => comparePaths(a.path, b.path)) };
  }
  return { ok: true, data: parsed.output, dataset: buildDataset(parsed.output) };
}

/** Parses and validates a data file's text. */
export async function validateGraphDataText(text: string): Promise<ValidationResult> {
  const json = await parseJsonText(text);
  return json.ok ? validateGraphData(json.value) : json;
}

export function formatProblems(file: string, problems: readonly Problem[]): string[] {
  return problems.map((problem) => formatProblem(file, problem));
}
