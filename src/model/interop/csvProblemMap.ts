// Points the validator's problems (JSON paths into the built file) back at CSV cells.
import { formatPath, type JsonPath, type Problem } from '../problems';
import {
  CHARACTER_FIELD_COLUMN,
  RELATIONSHIP_FIELD_COLUMN,
  SOURCE_FIELD_COLUMN,
} from './csvColumns';
import type { Cell } from './csvRowContext';
import type { CsvProblem } from './interopProblem';

/** The cell each built item came from; its column is used when no field says better. */
export interface CsvOrigins {
  readonly characters: readonly Cell[];
  readonly relationships: readonly Cell[];
  /** Rows of episodes.csv, or for derived episodes the cell that first named each. */
  readonly episodes: readonly (Cell | undefined)[];
  readonly derivedEpisodes: boolean;
  /** Rows of types.csv, then for automatic declarations the first cell using each type. */
  readonly types: readonly (Cell | undefined)[];
  readonly typesFromFile: number;
  readonly sources: readonly Cell[];
  /** Where problems that belong to no row go (the first file's header). */
  readonly fallback: Cell;
}

function columnOf(section: string, field: string | undefined, rest: JsonPath): string | undefined {
  if (field === undefined) return undefined;
  if (section === 'characters') return CHARACTER_FIELD_COLUMN.get(field);
  if (section === 'relationships') {
    return field === 'sources' && rest[1] === 'detail'
      ? 'source_detail'
      : RELATIONSHIP_FIELD_COLUMN.get(field);
  }
  // episodes.csv and types.csv columns have the names of the fields they fill.
  return field;
}

export function locateCsvProblem(path: JsonPath, origins: CsvOrigins): Cell | undefined {
  const [section, index, field, ...rest] = path;
  if (section === 'show' && index === 'sources' && typeof field === 'number') {
    const origin = origins.sources[field];
    const column = typeof rest[0] === 'string' ? SOURCE_FIELD_COLUMN.get(rest[0]) : undefined;
    return origin && { ...origin, column: column ?? origin.column };
  }
  if (typeof section !== 'string' || typeof index !== 'number') return undefined;
  const items =
    section === 'characters' ||
    section === 'relationships' ||
    section === 'episodes' ||
    section === 'types'
      ? origins[section]
      : [];
  const origin = items[index];
  if (!origin) return undefined;
  const column = columnOf(section, typeof field === 'string' ? field : undefined, rest);
  // Derived episodes and automatic types point at the cell that named them, whatever the field.
  const fixedColumn =
    (section === 'episodes' && origins.derivedEpisodes) ||
    (section === 'types' && index >= origins.typesFromFile);
  return { ...origin, column: fixedColumn ? origin.column : (column ?? origin.column) };
}

export function csvProblemsFromValidation(
  problems: readonly Problem[],
  origins: CsvOrigins,
): CsvProblem[] {
  return problems.map((problem) => ({
    ...(locateCsvProblem(problem.path, origins) ?? {
      ...origins.fallback,
      column: formatPath(problem.path),
    }),
    message: problem.message,
    fix: problem.fix,
    ...(problem.severity === undefined ? {} : { severity: problem.severity }),
  }));
}
