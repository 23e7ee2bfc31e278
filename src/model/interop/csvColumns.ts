// The columns of each CSV file, shared by the importer and the exporter. The README's
// "CSV import and export" section documents them.
import type { ColumnSpec } from './csvTable';

export const CHARACTER_COLUMNS: ColumnSpec = {
  columns: [
    'id',
    'name',
    'actor',
    'group',
    'first_episode',
    'until',
    'spans',
    'states',
    'notes',
    'x',
    'y',
  ],
  required: ['id', 'name'],
};

export const RELATIONSHIP_COLUMNS: ColumnSpec = {
  columns: [
    'id',
    'source',
    'target',
    'type',
    'from',
    'until',
    'happened',
    'note',
    'source_title',
    'source_url',
    'source_detail',
  ],
  required: ['source', 'target', 'type', 'from'],
};

export const EPISODE_COLUMNS: ColumnSpec = {
  columns: ['id', 'title', 'season', 'note', 'uncovered'],
  required: ['id'],
};

export const TYPE_COLUMNS: ColumnSpec = {
  columns: ['id', 'label', 'color', 'line', 'directed', 'emphasis', 'arrow', 'description'],
  required: ['id'],
};

/** The column holding each field of the JSON format, for pointing validation problems at cells. */
export const CHARACTER_FIELD_COLUMN: ReadonlyMap<string, string> = new Map(
  Object.entries({
    id: 'id',
    name: 'name',
    actor: 'actor',
    group: 'group',
    firstEpisode: 'first_episode',
    until: 'until',
    spans: 'spans',
    states: 'states',
    notes: 'notes',
    position: 'x',
  }),
);

export const RELATIONSHIP_FIELD_COLUMN: ReadonlyMap<string, string> = new Map(
  Object.entries({
    id: 'id',
    source: 'source',
    target: 'target',
    type: 'type',
    from: 'from',
    until: 'until',
    happened: 'happened',
    note: 'note',
    sources: 'source_title',
  }),
);

export const SOURCE_FIELD_COLUMN: ReadonlyMap<string, string> = new Map(
  Object.entries({
    id: 'source_title',
    title: 'source_title',
    url: 'source_url',
  }),
);
