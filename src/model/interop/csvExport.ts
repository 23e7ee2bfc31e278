// Graph data → the CSV files importCsv reads (characters, relationships, episodes, types),
// written with papaparse. Cells that a spreadsheet would run as a formula get a leading `'`,
// which importCsv drops again. Source fields other than title and url (published, author,
// publisher), show-level fields other than the title, and the sources of character notes
// and states (their cells hold only episode and text) have no column and are not written.
import Papa from 'papaparse';
import { EpisodeResolver } from '../episodeRef';
import type { EpisodeRef, GraphData } from '../schema';
import {
  formatEpisodeRef,
  formatNoteList,
  formatStates,
  guardFormula,
  isNoteList,
} from './csvCells';
import {
  CHARACTER_COLUMNS,
  EPISODE_COLUMNS,
  RELATIONSHIP_COLUMNS,
  TYPE_COLUMNS,
} from './csvColumns';

export interface CsvExport {
  readonly characters: string;
  readonly relationships: string;
  readonly episodes: string;
  readonly types: string;
}

type Row = Readonly<Record<string, string | number | boolean | undefined>>;

function table(columns: readonly string[], rows: readonly Row[]): string {
  const cells = rows.map((row) =>
    columns.map((column) => {
      const value = row[column];
      return typeof value === 'string'
        ? guardFormula(value)
        : value === undefined
          ? ''
          : String(value);
    }),
  );
  return `${Papa.unparse({ fields: [...columns], data: cells }, { newline: '\r\n' })}\r\n`;
}

export function exportCsv(data: GraphData): CsvExport {
  const resolver = new EpisodeResolver(data.episodes);
  const position = (ref: EpisodeRef | undefined) => {
    if (ref === undefined) return undefined;
    const resolved = resolver.resolve(ref);
    return 'position' in resolved ? resolved.position : undefined;
  };
  // In CSV a cell "3" is a position, so an id made of digits is written as its position.
  const ref = (value: EpisodeRef | undefined) =>
    value === undefined
      ? undefined
      : typeof value === 'string' && /^\d+$/.test(value)
        ? String((position(value) ?? 0) + 1)
        : formatEpisodeRef(value);
  const episodeIds = new Set(data.episodes.map((episode) => episode.id.toLowerCase()));

  const characters = data.characters.map<Row>((character) => {
    const notes = character.notes ?? [];
    const only = notes[0];
    // One note from the character's first episode is written as plain text, exactly as it is.
    const plain =
      notes.length === 1 &&
      only !== undefined &&
      position(only.from) ===
        (position(character.firstEpisode ?? character.spans?.[0]?.from) ?? 0) &&
      !isNoteList(only.text, episodeIds);
    return {
      id: character.id,
      name: character.name,
      actor: character.actor,
      group: character.group,
      first_episode: ref(character.firstEpisode),
      until: ref(character.until),
      spans: character.spans
        ?.map((span) => `${ref(span.from) ?? ''}..${ref(span.until) ?? ''}`)
        .join(' | '),
      states: formatStates(
        (character.states ?? []).map((s) => ({ state: s.state, from: ref(s.from) ?? '' })),
      ),
      notes: plain
        ? only.text
        : formatNoteList(notes.map((n) => ({ from: ref(n.from) ?? '', text: n.text }))),
      x: character.position?.x,
      y: character.position?.y,
    };
  });

  const sourceById = new Map(data.show.sources.map((source) => [source.id, source]));
  const relationships = data.relationships.flatMap<Row>((relationship) => {
    const citationCells = (citation: (typeof relationship.sources)[number] | undefined) => {
      const source = citation && sourceById.get(citation.source);
      return {
        source_title: source?.title,
        source_url: source?.url,
        source_detail: citation?.detail,
      };
    };
    const [first, ...more] = relationship.sources;
    return [
      {
        id: relationship.id,
        source: relationship.source,
        target: relationship.target,
        type: relationship.type,
        from: ref(relationship.from),
        until: ref(relationship.until),
        happened: ref(relationship.happened),
        note: relationship.note,
        ...citationCells(first),
      },
      // Further citations go on rows of their own that repeat only the id.
      ...more.map((citation) => ({ id: relationship.id, ...citationCells(citation) })),
    ];
  });

  const episodes = data.episodes.map<Row>((episode) => ({
    ...episode,
    uncovered: episode.uncovered === undefined ? undefined : episode.uncovered ? 'yes' : 'no',
  }));
  const types = (data.types ?? []).map<Row>((type) => ({
    ...type,
    directed: type.directed === undefined ? undefined : type.directed ? 'yes' : 'no',
  }));

  return {
    characters: table(CHARACTER_COLUMNS.columns, characters),
    relationships: table(RELATIONSHIP_COLUMNS.columns, relationships),
    episodes: table(EPISODE_COLUMNS.columns, episodes),
    types: table(TYPE_COLUMNS.columns, types),
  };
}
