// A problem in a data file, and the one-line form every tool prints:
// `<file>:<JSON path>: <what is wrong> — <how to fix>`.
// Most problems are errors: the file is refused. A warning is a problem the validator has
// repaired (see repair.ts): the file loads as repaired, and the warning says what changed.
// Strict mode (`--strict`, the app's "Strict" checkbox) turns warnings back into errors.

export type JsonPath = readonly (string | number)[];

export type Severity = 'error' | 'warning';

/** A change that repairs a warning: the value at `path` becomes `value`. */
export interface Repair {
  readonly path: JsonPath;
  readonly value: string | number;
}

export interface Problem {
  readonly path: JsonPath;
  readonly message: string;
  readonly fix: string;
  /** Absent means "error"; a warning always carries its repair. */
  readonly severity?: Severity;
  readonly repair?: Repair;
  /** A warning's fix when strict mode refuses it, so nothing is repaired. */
  readonly strictFix?: string;
  /** Set for malformed JSON, where a JSON path cannot exist yet. */
  readonly line?: number;
  readonly column?: number;
}

export const severityOf = (problem: { readonly severity?: Severity }): Severity =>
  problem.severity ?? 'error';

export const isWarning = (problem: { readonly severity?: Severity }): boolean =>
  problem.severity === 'warning';

/** A warning as the error strict mode makes of it: not repaired, with a fix by hand. */
export function asError<P extends Problem>(problem: P): P {
  if (!isWarning(problem)) return problem;
  const refused: P = { ...problem, severity: 'error', fix: problem.strictFix ?? problem.fix };
  delete (refused as { repair?: Repair }).repair;
  delete (refused as { strictFix?: string }).strictFix;
  return refused;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(path: JsonPath): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += `.${key}`;
    else out += `[${quote(key)}]`;
  }
  return out;
}

/** The one-line form; a warning's line starts with "warning: ", an error's with the file. */
export function formatProblem(file: string, problem: Problem): string {
  const where =
    problem.line !== undefined
      ? `${problem.line}:${problem.column ?? 1}`
      : formatPath(problem.path);
  return `${isWarning(problem) ? WARNING_PREFIX : ''}${escapeInvisible(file)}:${where}: ${escapeInvisible(problem.message)} — ${escapeInvisible(problem.fix)}`;
}

export const WARNING_PREFIX = 'warning: ';

// Invisible and direction-changing characters would make a printed id lie about itself.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Text with each invisible or control character written as \\uXXXX, so a line cannot hide one. */
export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A value as a short, visibly escaped JSON-ish literal, safe to print on one line. */
export function quote(value: unknown, max = 60): string {
  let text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  if (text.length > max) text = `${text.slice(0, max)}…`;
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return typeof value === 'string' ? `"${escaped}"` : escaped;
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= t.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[s.length] as number[])[t.length] as number;
}

/** The closest candidate, when it is close enough to be a likely typo. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = value.length < 3 ? 0 : Math.max(1, Math.min(3, Math.floor(value.length / 3)));
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - value.length) > limit) continue;
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** "did you mean "x"?" when a candidate is close, otherwise the given advice. */
export function suggest(value: string, candidates: Iterable<string>, otherwise: string): string {
  const match = closest(value, candidates);
  return match === undefined ? otherwise : `did you mean ${quote(match)}?`;
}
