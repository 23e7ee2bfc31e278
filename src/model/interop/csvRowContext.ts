// What the per-file row readers share: where a cell is, and how to report on it.
import { quote } from '../problems';
import type { EpisodeRef } from '../schema';
import { parseEpisodeRef } from './csvCells';
import type { CsvFile, CsvRow } from './csvTable';
import type { CsvProblem } from './interopProblem';

export type Cell = Omit<CsvProblem, 'message' | 'fix'>;

export interface EpisodeReference {
  readonly ref: EpisodeRef;
  readonly at: Cell;
}

export class RowContext {
  constructor(
    readonly file: CsvFile,
    private readonly problems: CsvProblem[],
    /** Every episode reference read, for deriving episodes and placing their problems. */
    private readonly references: EpisodeReference[],
  ) {}

  /** A cell of a row, or of a line number (1 for the header). */
  cell(row: CsvRow | number, column: string): Cell {
    return { file: this.file.name, row: typeof row === 'number' ? row : row.row, column };
  }

  problem(row: CsvRow, column: string, message: string, fix: string): void {
    this.problems.push({ ...this.cell(row, column), message, fix });
  }

  /** A required cell: ids trimmed, text (`raw`) as written. */
  need(row: CsvRow, column: string, what: string, raw = false): string | undefined {
    const value = raw ? row.text(column) : row.word(column);
    if (value === undefined) {
      this.problem(row, column, `missing ${column}`, `every row needs ${what}; fill in this cell`);
    }
    return value;
  }

  episode(row: CsvRow, column: string): EpisodeRef | undefined {
    const word = row.word(column);
    if (word === undefined) return undefined;
    const ref = parseEpisodeRef(word);
    this.mention(row, column, ref);
    return ref;
  }

  /** Records a reference read from inside a cell (a state's or a note's episode). */
  mention(row: CsvRow, column: string, ref: EpisodeRef): void {
    this.references.push({ ref, at: this.cell(row, column) });
  }

  number(row: CsvRow, column: string): number | undefined {
    const word = row.word(column);
    if (word === undefined) return undefined;
    const value = Number(word);
    if (Number.isFinite(value)) return value;
    this.problem(
      row,
      column,
      `${quote(word)} is not a number`,
      'write a number such as 120 or -35.5',
    );
    return undefined;
  }
}
