// The editor's four tables and their columns: which field of the v2 file each cell holds,
// what its input is (text, a picker of episodes, characters or types, a fixed choice, a
// checkbox) and the name a screen reader announces for it.
import type { GraphData } from '../../model';

export type TableName = 'episodes' | 'characters' | 'relationships' | 'types';

export type CellKind =
  | { readonly kind: 'text'; readonly required: boolean }
  /** A whole number ≥ 1 or text, as `season` allows. */
  | { readonly kind: 'season' }
  | { readonly kind: 'episode'; readonly required: boolean }
  | { readonly kind: 'character' }
  | { readonly kind: 'type' }
  | { readonly kind: 'choice'; readonly options: readonly string[] }
  | { readonly kind: 'flag' }
  /** The first citation of a relationship: a picker of the show's sources. */
  | { readonly kind: 'citation' };

export type Column = CellKind & {
  /** The field in the data file; problems name it in their JSON path. */
  readonly field: string;
  /** The accessible name of every input in the column, and its header. */
  readonly label: string;
};

export interface Table {
  readonly name: TableName;
  readonly label: string;
  /** "character", for "Add character" and "Delete character 3". */
  readonly singular: string;
  readonly columns: readonly Column[];
  /** What the grid does not edit, kept as it is in the file. */
  readonly kept?: string;
}

const text = (field: string, label: string, required = false): Column => ({
  field,
  label,
  kind: 'text',
  required,
});
const episode = (field: string, label: string, required = false): Column => ({
  field,
  label,
  kind: 'episode',
  required,
});

export const TABLES: readonly Table[] = [
  {
    name: 'episodes',
    label: 'Episodes',
    singular: 'episode',
    columns: [
      text('id', 'ID', true),
      text('title', 'Title'),
      { field: 'season', label: 'Season', kind: 'season' },
      text('note', 'Note'),
      { field: 'uncovered', label: 'No source covers it', kind: 'flag' },
    ],
  },
  {
    name: 'characters',
    label: 'Characters',
    singular: 'character',
    columns: [
      text('id', 'ID', true),
      text('name', 'Name', true),
      text('actor', 'Actor'),
      text('group', 'Group'),
      episode('firstEpisode', 'First episode'),
      episode('until', 'Until'),
    ],
    kept: 'States, notes and baked positions are kept as they are; edit them in the JSON file.',
  },
  {
    name: 'relationships',
    label: 'Relationships',
    singular: 'relationship',
    columns: [
      text('id', 'ID', true),
      { field: 'source', label: 'Source', kind: 'character' },
      { field: 'target', label: 'Target', kind: 'character' },
      { field: 'type', label: 'Type', kind: 'type' },
      episode('from', 'From', true),
      episode('until', 'Until'),
      episode('happened', 'Happened'),
      text('note', 'Note'),
      { field: 'sources', label: 'Cited source', kind: 'citation' },
    ],
    kept: 'Further citations and their details are kept as they are; edit them in the JSON file.',
  },
  {
    name: 'types',
    label: 'Types',
    singular: 'type',
    columns: [
      text('id', 'ID', true),
      text('label', 'Label', true),
      text('color', 'Colour'),
      { field: 'line', label: 'Line', kind: 'choice', options: ['solid', 'dashed', 'dotted'] },
      { field: 'directed', label: 'Directed', kind: 'flag' },
      { field: 'emphasis', label: 'Emphasis', kind: 'choice', options: ['normal', 'strong'] },
      { field: 'arrow', label: 'Arrow', kind: 'choice', options: ['filled', 'hollow'] },
      text('description', 'Description'),
    ],
  },
];

export function tableNamed(name: TableName): Table {
  const table = TABLES.find((entry) => entry.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
}

/** A row as the grid reads it: the file's object, field by field. */
export type RowValues = Readonly<Record<string, unknown>>;

export function rowsOf(data: GraphData, table: TableName): readonly RowValues[] {
  return (table === 'types' ? (data.types ?? []) : data[table]) as readonly RowValues[];
}

/** The text a cell shows for its field's value. */
export function cellText(row: RowValues, column: Column): string {
  if (column.kind === 'citation') {
    const [first] = (row.sources as readonly { source?: unknown }[] | undefined) ?? [];
    return typeof first?.source === 'string' ? first.source : '';
  }
  const value = row[column.field];
  return value === undefined || value === null ? '' : String(value);
}
