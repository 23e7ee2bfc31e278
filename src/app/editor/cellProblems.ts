// Where each of the validator's problems belongs in the editor: at the cell its JSON path
// names (`$.characters[2].name` → Characters, row 3, Name), at a row, or with the show.
import { formatPath, type Problem } from '../../model';
import { TABLES, type TableName } from './columns';

export interface PlacedProblem {
  readonly problem: Problem;
  readonly table: TableName | undefined;
  readonly row: number | undefined;
  /** The column's field, when the path reaches one the grid shows. */
  readonly field: string | undefined;
}

export function placeProblem(problem: Problem): PlacedProblem {
  const [section, row, field] = problem.path;
  const table = TABLES.find((entry) => entry.name === section);
  if (!table || typeof row !== 'number') {
    return { problem, table: table?.name, row: undefined, field: undefined };
  }
  const column = table.columns.find((entry) => entry.field === field);
  return { problem, table: table.name, row, field: column?.field };
}

export const cellKey = (table: TableName, row: number, field: string | undefined) =>
  `${table}:${row}:${field ?? ''}`;

/** The problems of each cell (and of each row, under the empty field), by cellKey. */
export function problemsByCell(problems: readonly Problem[]): Map<string, Problem[]> {
  const cells = new Map<string, Problem[]>();
  for (const placed of problems.map(placeProblem)) {
    if (placed.table === undefined || placed.row === undefined) continue;
    const key = cellKey(placed.table, placed.row, placed.field);
    cells.set(key, [...(cells.get(key) ?? []), placed.problem]);
  }
  return cells;
}

/** "missing name — every character needs a name", the validator's own words. */
export const problemText = (problem: Problem) => `${problem.message} — ${problem.fix}`;

/** Where a problem is, for the summary: "Characters, row 3, Name" or the JSON path. */
export function problemPlace(placed: PlacedProblem): string {
  const table = TABLES.find((entry) => entry.name === placed.table);
  if (!table || placed.row === undefined) return formatPath(placed.problem.path);
  const column = table.columns.find((entry) => entry.field === placed.field);
  return `${table.label}, row ${placed.row + 1}${column ? `, ${column.label}` : ''}`;
}
