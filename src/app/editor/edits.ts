// The editor's changes to a show, as pure functions from one immutable GraphData to the
// next. Cells may hold what the validator refuses (an empty name, an unknown episode):
// the grid shows the validator's problems rather than blocking the keystroke.
import type { GraphData } from '../../model';
import { rowsOf, type Column, type RowValues, type TableName } from './columns';

type MutableRow = Record<string, unknown>;

/** The row without one field (the format has no `null`: an absent optional field is unset). */
const without = (row: RowValues, field: string): MutableRow =>
  Object.fromEntries(Object.entries(row).filter(([key]) => key !== field));

/** The row's field set to what was typed or picked; an empty optional field is removed. */
function withCell(row: RowValues, column: Column, input: string | boolean): MutableRow {
  if (column.kind === 'citation') {
    const next: MutableRow = { ...row };
    const sources = (row.sources as readonly MutableRow[] | undefined) ?? [];
    const [first = {}, ...rest] = sources;
    next.sources = [{ ...first, source: String(input) }, ...rest];
    return next;
  }
  if (column.kind === 'flag') {
    // `directed: false` is the default, so unticking removes the field.
    return input === true ? { ...row, [column.field]: true } : without(row, column.field);
  }
  const value = String(input);
  const required =
    (column.kind === 'text' || column.kind === 'episode') && column.required
      ? true
      : column.kind === 'character' || column.kind === 'type';
  if (value === '' && !required) return without(row, column.field);
  const season = column.kind === 'season' && /^\d+$/.test(value) && Number(value) >= 1;
  return { ...row, [column.field]: season ? Number(value) : value };
}

function withRows(data: GraphData, table: TableName, rows: readonly RowValues[]): GraphData {
  if (table === 'types') {
    const next: MutableRow = { ...data };
    if (rows.length === 0) delete next.types;
    else next.types = rows;
    return next as GraphData;
  }
  return { ...data, [table]: rows } as GraphData;
}

export function editCell(
  data: GraphData,
  table: TableName,
  index: number,
  column: Column,
  input: string | boolean,
): GraphData {
  const rows = rowsOf(data, table);
  const row = rows[index];
  if (!row) return data;
  const edited = withRows(
    data,
    table,
    rows.map((entry, at) => (at === index ? withCell(row, column, input) : entry)),
  );
  if (column.field !== 'id' || table === 'relationships') return edited;
  // Renaming an id renames what refers to it, unless the old id was not unique or the
  // new one is taken: then the validator's problems show what to fix.
  const before = String(row.id);
  const after = String(input);
  const ids = rows.map((entry) => String(entry.id));
  const fold = (id: string) => (table === 'episodes' ? id.toLowerCase() : id);
  const count = (id: string) => ids.filter((other) => fold(other) === fold(id)).length;
  if (after === '' || count(before) !== 1 || count(after) !== 0) return edited;
  return renameReferences(edited, table, before, after);
}

const renamed = <T>(value: T, before: string, after: string): T =>
  (value === before ? after : value) as T;

function renameReferences(
  data: GraphData,
  table: 'episodes' | 'characters' | 'types',
  before: string,
  after: string,
): GraphData {
  const rename = <T>(value: T) => renamed(value, before, after);
  if (table === 'characters')
    return {
      ...data,
      relationships: data.relationships.map((relationship) =>
        relationship.source === before || relationship.target === before
          ? {
              ...relationship,
              source: rename(relationship.source),
              target: rename(relationship.target),
            }
          : relationship,
      ),
    };
  if (table === 'types')
    return {
      ...data,
      relationships: data.relationships.map((relationship) =>
        relationship.type === before ? { ...relationship, type: after } : relationship,
      ),
    };
  // Episodes: every reference written as the id itself (positions and "E3" forms stay).
  const optional = <R extends object, K extends keyof R>(record: R, keys: readonly K[]): R => {
    if (!keys.some((key) => record[key] === before)) return record;
    const next = { ...record };
    for (const key of keys) next[key] = rename(next[key]);
    return next;
  };
  return {
    ...data,
    characters: data.characters.map((character) => {
      const next = optional(character, ['firstEpisode', 'until'] as const);
      const states = character.states?.map((state) => optional(state, ['from'] as const));
      const notes = character.notes?.map((note) => optional(note, ['from'] as const));
      const changed =
        states?.some((state, at) => state !== character.states?.[at]) ||
        notes?.some((note, at) => note !== character.notes?.[at]);
      return changed ? { ...next, ...(states && { states }), ...(notes && { notes }) } : next;
    }),
    relationships: data.relationships.map((relationship) =>
      optional(relationship, ['from', 'until', 'happened'] as const),
    ),
  };
}

export function deleteRow(data: GraphData, table: TableName, index: number): GraphData {
  const rows = rowsOf(data, table);
  if (index < 0 || index >= rows.length) return data;
  return withRows(
    data,
    table,
    rows.filter((_, at) => at !== index),
  );
}

/** `base`, or `base-2`, `base-3`… whichever no row has yet (ids compared as the file does). */
export function uniqueId(base: string, taken: Iterable<string>, ignoreCase = false): string {
  const fold = (id: string) => (ignoreCase ? id.toLowerCase() : id);
  const used = new Set([...taken].map(fold));
  if (!used.has(fold(base))) return base;
  for (let n = 2; ; n++) if (!used.has(fold(`${base}-${n}`))) return `${base}-${n}`;
}

/** The next episode id after the last one: S1E4 after S1E3, E8 after E7, else "E<n>". */
export function nextEpisodeId(data: GraphData): string {
  const ids = data.episodes.map((entry) => entry.id);
  const last = ids[ids.length - 1] ?? '';
  const match = /^(.*?)(\d+)$/.exec(last);
  const base = match ? `${match[1]}${Number(match[2]) + 1}` : `E${ids.length + 1}`;
  return uniqueId(base, ids, true);
}

function newRow(data: GraphData, table: TableName): RowValues {
  const ids = rowsOf(data, table).map((row) => String(row.id));
  switch (table) {
    case 'episodes':
      return { id: nextEpisodeId(data) };
    case 'characters':
      return { id: uniqueId('new-character', ids), name: 'New character' };
    case 'types':
      return { id: uniqueId('new-type', ids), label: 'New type' };
    case 'relationships': {
      // Filled with the first of everything, so a new row is valid at once where it can be.
      const [first, second] = data.characters;
      const firstEpisode = data.episodes[0]?.id ?? '';
      const source = data.show.sources[0]?.id ?? '';
      return {
        id: uniqueId('new-relationship', ids),
        source: first?.id ?? '',
        target: second?.id ?? first?.id ?? '',
        type: data.types?.[0]?.id ?? 'sibling',
        from: firstEpisode,
        sources: [{ source }],
      };
    }
  }
}

/** Adds a row at the end of the table; returns the new data and the row's index. */
export function addRow(
  data: GraphData,
  table: TableName,
): { readonly data: GraphData; readonly index: number } {
  const rows = rowsOf(data, table);
  return { data: withRows(data, table, [...rows, newRow(data, table)]), index: rows.length };
}

export function setTitle(data: GraphData, title: string): GraphData {
  return { ...data, show: { ...data.show, title } };
}
