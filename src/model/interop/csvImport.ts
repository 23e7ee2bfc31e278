// CSV → graph data. characters.csv and relationships.csv, plus optional episodes.csv and
// types.csv, read with papaparse, then checked by the same validator as JSON files, with
// every problem pointed at `<file>:<row>:<column>`. Columns: csvColumns.ts and the README.
//
// Citations: each distinct source_title (with its source_url) becomes one entry of
// show.sources, with an id made from the title. Rows without a source_title cite a default
// source named after the relationships file, so every relationship still cites a source.
// A row that repeats an earlier row's id and leaves source, target, type and from empty
// adds one more citation to that relationship.
import { MAX_RELATIONSHIPS } from '../jsonText';
import { quote } from '../problems';
import {
  SCHEMA_VERSION,
  type GraphData,
  type GraphDataRelationship,
  type GraphDataSource,
} from '../schema';
import { validateGraphData } from '../validate';
import { characterFromRow } from './csvCharacters';
import {
  CHARACTER_COLUMNS,
  EPISODE_COLUMNS,
  RELATIONSHIP_COLUMNS,
  TYPE_COLUMNS,
} from './csvColumns';
import { csvProblemsFromValidation } from './csvProblemMap';
import { RowContext, type Cell, type EpisodeReference } from './csvRowContext';
import { readCsvTable, type ColumnSpec, type CsvFile, type CsvRow } from './csvTable';
import { typeFromRow, YES_NO } from './csvTypes';
import { withUsedTypes } from './declareTypes';
import { deriveEpisodes } from './deriveEpisodes';
import {
  formatInteropProblem,
  type CsvProblem,
  type ImportOptions,
  type ImportResult,
} from './interopProblem';

export interface CsvImportInput {
  readonly characters: CsvFile;
  readonly relationships: CsvFile;
  readonly episodes?: CsvFile;
  /** Optional declarations of relationship types (label, colour, line, direction). */
  readonly types?: CsvFile;
  readonly title?: string;
}

export const DEFAULT_TITLE = 'Untitled show';

/** Lowercase letters, digits and "-" from a title, for a source id. */
function slug(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const words = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '');
  return words.slice(0, 40).replace(/-+$/, '') || 'source';
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The sources that relationships cite, one per distinct title and url. */
class SourceList {
  readonly sources: GraphDataSource[] = [];
  readonly cells: Cell[] = [];
  private readonly byKey = new Map<string, GraphDataSource>();
  private readonly ids = new Set<string>();

  constructor(private readonly context: RowContext) {}

  cite(row: CsvRow): GraphDataRelationship['sources'][number] {
    const url = row.word('source_url');
    const title = row.text('source_title') ?? url ?? this.context.file.name;
    const key = JSON.stringify([title, url ?? null]);
    let source = this.byKey.get(key);
    if (!source) {
      source = {
        id: uniqueId(slug(title), this.ids),
        title,
        ...(url === undefined ? {} : { url }),
      };
      this.byKey.set(key, source);
      this.sources.push(source);
      const column = row.text('source_title') || url === undefined ? 'source_title' : 'source_url';
      this.cells.push(this.context.cell(row, column));
    }
    const detail = row.text('source_detail');
    return { source: source.id, ...(detail === undefined ? {} : { detail }) };
  }
}

export function importCsv(
  input: CsvImportInput,
  options: ImportOptions = {},
): ImportResult<CsvProblem> {
  const problems: CsvProblem[] = [];
  const references: EpisodeReference[] = [];
  const files = [input.characters, input.relationships, input.episodes, input.types];
  const read = (file: CsvFile, spec: ColumnSpec) => {
    const table = readCsvTable(file, spec);
    problems.push(...table.problems);
    return { rows: table.rows, context: new RowContext(file, problems, references) };
  };
  options.onStage?.('parse');
  const characterTable = read(input.characters, CHARACTER_COLUMNS);
  const relationshipTable = read(input.relationships, RELATIONSHIP_COLUMNS);
  const episodeTable = input.episodes && read(input.episodes, EPISODE_COLUMNS);
  const typeTable = input.types && read(input.types, TYPE_COLUMNS);
  const characterContext = characterTable.context;
  const relationshipContext = relationshipTable.context;
  if (relationshipTable.rows.length > MAX_RELATIONSHIPS) {
    problems.push({
      ...relationshipContext.cell(1, 'source'),
      message: `${relationshipTable.rows.length.toLocaleString('en')} rows, over the ${MAX_RELATIONSHIPS.toLocaleString('en')} relationship limit`,
      fix: 'split the show into several files (e.g. one per season)',
    });
  }
  // Broken headers or quoting would make every row look wrong; report those alone.
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems, files) };

  options.onStage?.('build');
  const episodes = episodeTable?.rows.map((row) => {
    const title = row.text('title');
    const season = row.word('season');
    const note = row.text('note');
    const uncoveredCell = row.word('uncovered');
    const uncovered =
      uncoveredCell === undefined ? undefined : YES_NO.get(uncoveredCell.toLowerCase());
    if (uncoveredCell !== undefined && uncovered === undefined) {
      episodeTable.context.problem(
        row,
        'uncovered',
        `${quote(uncoveredCell)} is not yes or no`,
        'write "yes" for an episode no source covers, or leave the cell empty',
      );
    }
    return {
      id: episodeTable.context.need(row, 'id', 'an episode id such as S1E1') ?? '',
      ...(title === undefined ? {} : { title }),
      ...(season === undefined
        ? {}
        : { season: /^[1-9]\d*$/.test(season) ? Number(season) : season }),
      ...(note === undefined ? {} : { note }),
      ...(uncovered === undefined ? {} : { uncovered }),
    };
  });
  const episodeIds = new Set(episodes?.map((episode) => episode.id.toLowerCase()));

  const characters = [];
  const characterCells: Cell[] = [];
  for (const row of characterTable.rows) {
    const character = characterFromRow(row, characterContext, episodeIds);
    if (character) {
      characters.push(character);
      characterCells.push(characterContext.cell(row, 'id'));
    }
  }

  const sourceList = new SourceList(relationshipContext);
  const relationships: GraphDataRelationship[] = [];
  const relationshipCells: Cell[] = [];
  const relationshipById = new Map<string, GraphDataRelationship>();
  const relationshipIds = new Set(relationshipTable.rows.flatMap((row) => row.word('id') ?? []));
  const typeCells = new Map<string, Cell>();
  for (const row of relationshipTable.rows) {
    const context = relationshipContext;
    const id = row.word('id');
    const earlier = id === undefined ? undefined : relationshipById.get(id);
    const core = ['source', 'target', 'type', 'from'];
    if (earlier && core.every((column) => row.word(column) === undefined)) {
      earlier.sources.push(sourceList.cite(row));
      continue;
    }
    const source = context.need(row, 'source', 'a source character id');
    const target = context.need(row, 'target', 'a target character id');
    const type = context.need(row, 'type', 'a relationship type such as "sibling"');
    const from = context.episode(row, 'from');
    if (from === undefined)
      context.need(row, 'from', 'the episode in which the viewer learns of it');
    const until = context.episode(row, 'until');
    const happened = context.episode(row, 'happened');
    if (source === undefined || target === undefined || type === undefined || from === undefined) {
      continue;
    }
    if (!typeCells.has(type)) typeCells.set(type, context.cell(row, 'type'));
    const note = row.text('note');
    const relationship: GraphDataRelationship = {
      id: id ?? uniqueId(`${source}-${type}-${target}`, relationshipIds),
      source,
      target,
      type,
      from,
      ...(until === undefined ? {} : { until }),
      ...(happened === undefined ? {} : { happened }),
      ...(note === undefined ? {} : { note }),
      sources: [sourceList.cite(row)],
    };
    if (!relationshipById.has(relationship.id)) relationshipById.set(relationship.id, relationship);
    relationships.push(relationship);
    relationshipCells.push(context.cell(row, 'id'));
  }

  const declaredCells: Cell[] = [];
  const declared = typeTable
    ? typeTable.rows.flatMap((row) => {
        const type = typeFromRow(row, typeTable.context);
        if (type) declaredCells.push(typeTable.context.cell(row, 'id'));
        return type ? [type] : [];
      })
    : [];
  const types = withUsedTypes(declared, typeCells.keys());

  const derived = episodes ? undefined : deriveEpisodes(references.map((entry) => entry.ref));
  const { sources } = sourceList;
  if (sources.length === 0)
    sources.push({ id: slug(input.relationships.name), title: input.relationships.name });

  const data: GraphData = {
    schemaVersion: SCHEMA_VERSION,
    show: { title: input.title?.trim() || DEFAULT_TITLE, sources },
    episodes: episodes ?? (derived ?? []).map(({ id }) => ({ id })),
    ...(types.length === 0 ? {} : { types }),
    characters,
    relationships,
  };
  // Rows with problems were left out or completed, so the validator still checks the rest.
  options.onStage?.('check');
  const result = validateGraphData(data, options);
  const automatic = types.slice(declared.length);
  const mapped = csvProblemsFromValidation(result.ok ? result.warnings : result.problems, {
    characters: characterCells,
    relationships: relationshipCells,
    episodes: episodeTable
      ? episodeTable.rows.map((row) => episodeTable.context.cell(row, 'id'))
      : (derived ?? []).map((episode) => references[episode.firstReference]?.at),
    derivedEpisodes: derived !== undefined,
    types: [...declaredCells, ...automatic.map((type) => typeCells.get(type.id))],
    typesFromFile: declared.length,
    sources: sourceList.cells,
    fallback: characterContext.cell(1, 'id'),
  });
  if (result.ok && problems.length === 0) {
    const hints = createdTypesHint(automatic, typeCells, input.types);
    return { ok: true, data: result.data, warnings: sortProblems(mapped, files), hints };
  }
  return { ok: false, problems: sortProblems([...problems, ...mapped], files) };
}

/** Types made up from relationships.csv alone: say that types.csv can name and direct them. */
function createdTypesHint(
  created: readonly NonNullable<GraphData['types']>[number][],
  cells: ReadonlyMap<string, Cell>,
  typesFile: CsvFile | undefined,
): CsvProblem[] {
  const first = created[0];
  const at = first === undefined ? undefined : cells.get(first.id);
  if (first === undefined || at === undefined) return [];
  const described = created
    .map((type) => `${quote(type.id)} (${type.directed ? 'directed' : 'symmetric'})`)
    .join(', ');
  return [
    {
      ...at,
      message: `made ${created.length === 1 ? 'a type' : 'types'} ${described} from the type column; a name such as "friends" or "married" makes a symmetric type, any other a directed one`,
      fix: `${typesFile ? `add rows to ${typesFile.name}` : 'add a types.csv'} with id, label and directed (yes or no) to name them and set their direction`,
    },
  ];
}

/** In file order (characters, relationships, episodes, types), then by row; repeats dropped. */
function sortProblems(
  problems: CsvProblem[],
  files: readonly (CsvFile | undefined)[],
): CsvProblem[] {
  const rank = (problem: CsvProblem) => files.findIndex((file) => file?.name === problem.file);
  // The validator can report one cell twice (e.g. a url failing two checks with one message).
  const lines = new Set<string>();
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        rank(a.problem) - rank(b.problem) || a.problem.row - b.problem.row || a.index - b.index,
    )
    .map(({ problem }) => problem)
    .filter((problem) => {
      const line = formatInteropProblem(problem);
      return !lines.has(line) && Boolean(lines.add(line));
    });
}
