// types.csv rows → type declarations. `directed` reads yes/no (also true/false, 1/0).
import { quote } from '../problems';
import type { GraphData } from '../schema';
import type { RowContext } from './csvRowContext';
import type { CsvRow } from './csvTable';
import { titleCase } from './declareTypes';

type TypeDeclaration = NonNullable<GraphData['types']>[number];

const LINES = ['solid', 'dashed', 'dotted'] as const;
const EMPHASES = ['normal', 'strong'] as const;
const ARROWS = ['filled', 'hollow'] as const;

/** A cell that must be one of a few words: the word, or undefined after a problem. */
function choice<T extends string>(
  row: CsvRow,
  context: RowContext,
  column: string,
  options: readonly T[],
  noun: string,
): T | undefined {
  const cell = row.word(column)?.toLowerCase();
  const found = options.find((option) => option === cell);
  if (cell !== undefined && found === undefined) {
    context.problem(row, column, `${quote(cell)} is not ${noun}`, `write ${options.join(' or ')}`);
  }
  return found;
}

/** A yes/no cell: yes, true or 1; no, false or 0. */
export const YES_NO = new Map<string, boolean>([
  ['yes', true],
  ['true', true],
  ['1', true],
  ['no', false],
  ['false', false],
  ['0', false],
]);

const DIRECTED = new Map<string, boolean>([
  ...YES_NO,
  ['directed', true],
  ['undirected', false],
  ['symmetric', false],
]);

export function typeFromRow(row: CsvRow, context: RowContext): TypeDeclaration | undefined {
  const id = context.need(row, 'id', 'a type id such as "rival"');
  const directedCell = row.word('directed');
  const directed =
    directedCell === undefined ? undefined : DIRECTED.get(directedCell.toLowerCase());
  if (directedCell !== undefined && directed === undefined) {
    context.problem(
      row,
      'directed',
      `${quote(directedCell)} is not yes or no`,
      'write "yes" for a type that points from source to target, "no" for a symmetric one',
    );
  }
  if (id === undefined) return undefined;
  const label = row.text('label');
  const color = row.word('color');
  const lineCell = row.word('line')?.toLowerCase();
  const line = LINES.find((style) => style === lineCell);
  if (lineCell !== undefined && line === undefined) {
    context.problem(
      row,
      'line',
      `${quote(lineCell)} is not a line style`,
      'write solid, dashed or dotted',
    );
  }
  const emphasis = choice(row, context, 'emphasis', EMPHASES, 'an emphasis');
  const arrow = choice(row, context, 'arrow', ARROWS, 'an arrowhead');
  const description = row.text('description');
  return {
    id,
    label: label ?? titleCase(id),
    ...(color === undefined ? {} : { color }),
    ...(line === undefined ? {} : { line }),
    ...(directed === undefined ? {} : { directed }),
    ...(emphasis === undefined ? {} : { emphasis }),
    ...(arrow === undefined ? {} : { arrow }),
    ...(description === undefined ? {} : { description }),
  };
}
