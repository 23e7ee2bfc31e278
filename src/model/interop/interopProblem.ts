// A problem in an imported CSV or GEXF file, printed on one line like the validator's:
// `<file>:<row>:<column>: <what is wrong> — <how to fix>`. CSV rows are line numbers (the
// header is row 1) and columns are header names; XML positions are line and column numbers.
import type { GraphData } from '../schema';

export interface InteropProblem {
  readonly file: string;
  /** Line number in the file (1-based); absent when the whole file is meant. */
  readonly row?: number;
  /** A CSV column's header name, or a 1-based character column in XML. */
  readonly column?: string | number;
  readonly message: string;
  readonly fix: string;
}

export interface CsvProblem extends InteropProblem {
  readonly row: number;
  readonly column: string;
}

export function formatInteropProblem(problem: InteropProblem): string {
  const where =
    problem.row === undefined
      ? ''
      : `:${problem.row}${problem.column === undefined ? '' : `:${problem.column}`}`;
  return `${problem.file}${where}: ${problem.message} — ${problem.fix}`;
}

export type ImportResult<P extends InteropProblem> =
  | {
      readonly ok: true;
      readonly data: GraphData;
      /** Notes on what the import decided for the author, worth a look but not wrong. */
      readonly hints?: readonly P[];
    }
  | { readonly ok: false; readonly problems: readonly P[] };

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
