// A problem in an imported CSV or GEXF file, printed on one line like the validator's:
// `<file>:<row>:<column>: <what is wrong> — <how to fix>`. CSV rows are line numbers (the
// header is row 1) and columns are header names; XML positions are line and column numbers.
// A warning (something repaired, see ../problems.ts) starts with "warning: "; a hint (advice,
// nothing wrong) with "hint: ".
import { WARNING_PREFIX, escapeInvisible, isWarning, type Severity } from '../problems';
import type { GraphData } from '../schema';

export interface InteropProblem {
  readonly file: string;
  /** Line number in the file (1-based); absent when the whole file is meant. */
  readonly row?: number;
  /** A CSV column's header name, or a 1-based character column in XML. */
  readonly column?: string | number;
  readonly message: string;
  readonly fix: string;
  /** Absent means "error". */
  readonly severity?: Severity;
}

export interface CsvProblem extends InteropProblem {
  readonly row: number;
  readonly column: string;
}

function located(problem: InteropProblem): string {
  const where =
    problem.row === undefined
      ? ''
      : `:${problem.row}${problem.column === undefined ? '' : `:${problem.column}`}`;
  return escapeInvisible(`${problem.file}${where}: ${problem.message} — ${problem.fix}`);
}

export function formatInteropProblem(problem: InteropProblem): string {
  return `${isWarning(problem) ? WARNING_PREFIX : ''}${located(problem)}`;
}

export const HINT_PREFIX = 'hint: ';

/** Advice about an import that is not a problem, such as how to name automatic types. */
export function formatInteropHint(hint: InteropProblem): string {
  return `${HINT_PREFIX}${located(hint)}`;
}

/** The steps of an import, in order, for a progress bar. */
export type ImportStage = 'parse' | 'build' | 'check';

export interface ImportOptions {
  /** Treat warnings as errors: refuse the files rather than repair them. */
  readonly strict?: boolean;
  /** Called as each step starts. */
  readonly onStage?: (stage: ImportStage) => void;
}

export type ImportResult<P extends InteropProblem> =
  | {
      readonly ok: true;
      readonly data: GraphData;
      /** What was repaired, one per cell or element. */
      readonly warnings: readonly P[];
      /** Advice that needs no change, such as naming automatic types in types.csv. */
      readonly hints: readonly InteropProblem[];
    }
  | {
      readonly ok: false;
      /** Errors and any warnings; at least one is an error. */
      readonly problems: readonly P[];
    };

/** 1-based line and column of a character offset, for parsers that report offsets. */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    // "\r\n" counts once; a lone "\r" (old Mac files) ends a line too.
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  };
}
