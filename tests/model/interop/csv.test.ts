// CSV import and export: what spreadsheets write (quotes, BOM, ";", blank lines, CRLF), the
// cell languages (notes, states), problems as `<file>:<row>:<column>:` lines, round trips.
import { describe, expect, it } from 'vitest';
import { buildDataset, validateGraphData, type GraphData } from '../../../src/model';
import { namesSymmetricRelation } from '../../../src/model/interop/declareTypes';
import {
  exportCsv,
  formatInteropHint,
  formatInteropProblem,
  importCsv,
  type CsvImportInput,
} from '../../../src/model/interop';
import { hostileStrings } from '../../fixtures/corpus';
import { minimalData, shippedDataset } from '../../fixtures/data';

const RELATIONSHIPS = 'source,target,type,from\nbette,cassie,sibling,S1E1\n';

function load(
  characters: string,
  relationships = RELATIONSHIPS,
  more: Partial<CsvImportInput> = {},
) {
  return importCsv({
    characters: { name: 'characters.csv', text: characters },
    relationships: { name: 'relationships.csv', text: relationships },
    ...more,
  });
}

function imported(...args: Parameters<typeof load>): GraphData {
  const result = load(...args);
  if (!result.ok) throw new Error(result.problems.map(formatInteropProblem).join('\n'));
  return result.data;
}

function problemLines(...args: Parameters<typeof load>): string[] {
  const result = load(...args);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(formatInteropProblem);
}

function roundTrip(data: GraphData): GraphData {
  const csv = exportCsv(data);
  return imported(csv.characters, csv.relationships, {
    episodes: { name: 'episodes.csv', text: csv.episodes },
    types: { name: 'types.csv', text: csv.types },
    title: data.show.title,
  });
}

const shipped = () => {
  const result = validateGraphData(shippedDataset());
  if (!result.ok) throw new Error('shipped dataset does not validate');
  return result.data;
};

describe('reading what spreadsheets write', () => {
  it('keeps commas, quotes and line breaks inside quoted cells', () => {
    const data = imported(
      'id,name,notes\r\nbette,"Bette ""B"", the star","line one,\nline two"\r\ncassie,Cassie,\r\n',
    );
    expect(data.characters[0]).toMatchObject({
      name: 'Bette "B", the star',
      notes: [{ from: 1, text: 'line one,\nline two' }],
    });
  });

  it('ignores a UTF-8 byte order mark before the header', () => {
    const data = imported('\uFEFFid,name\nbette,Bette\ncassie,Cassie\n');
    expect(data.characters.map((c) => c.id)).toEqual(['bette', 'cassie']);
    expect(problemLines('\uFEFFid,name\nbette,\ncassie,Cassie\n')).toEqual([
      "characters.csv:2:name: missing name — every row needs the character's name; fill in this cell",
    ]);
  });

  it('detects ";" as the separator, with commas inside cells', () => {
    const data = imported(
      'id;name;notes\nbette;Bette;proud, loyal, tired\ncassie;Cassie;\n',
      'source;target;type;from\nbette;cassie;sibling;S1E1\n',
    );
    expect(data.characters[0]?.notes).toEqual([{ from: 1, text: 'proud, loyal, tired' }]);
    expect(data.relationships[0]).toMatchObject({ source: 'bette', target: 'cassie' });
  });

  it('skips blank lines, lines of spaces and lines of empty cells, yet counts them as rows', () => {
    const text = 'id,name\n\nbette,Bette\n   \n,,\ncassie,\n';
    expect(problemLines(text)).toEqual([
      "characters.csv:6:name: missing name — every row needs the character's name; fill in this cell",
    ]);
    const data = imported('id,name\n\nbette,Bette\n\n,\ncassie,Cassie\n\n');
    expect(data.characters.map((c) => c.id)).toEqual(['bette', 'cassie']);
  });

  it('reads CRLF line ends without leaving "\\r" in cells', () => {
    const data = imported(
      'id,name,group\r\nbette,Bette,school\r\ncassie,Cassie,students\r\n',
      'source,target,type,from,until\r\nbette,cassie,sibling,S1E1,S1E2\r\n',
    );
    expect(data.characters.map((c) => c.group)).toEqual(['school', 'students']);
    expect(data.relationships[0]?.until).toBe('S1E2');
  });

  it('matches headers ignoring case, spaces, "_" and "-", in any order', () => {
    const data = imported(
      ' First Episode ,NAME,Id\nS1E2,Bette,bette\n,Cassie,cassie\n',
      'FROM,Type,TARGET,source\nS1E2,sibling,cassie,bette\n',
    );
    expect(data.characters[0]).toMatchObject({ id: 'bette', name: 'Bette', firstEpisode: 'S1E2' });
    expect(data.relationships[0]).toMatchObject({
      source: 'bette',
      target: 'cassie',
      from: 'S1E2',
    });
  });
});

describe('cells', () => {
  it('reads several notes, several states, and "\\|" as a literal bar', () => {
    const data = imported(
      'id,name,states,notes\n' +
        'cassie,Cassie,in a coma@S1E1 | awake@S1E3,S1E1: falls \\| is pushed | S1E3: wakes\n' +
        'bette,Bette,,S1E3: one note: with a colon\n',
    );
    expect(data.characters[0]).toMatchObject({
      states: [
        { state: 'in a coma', from: 'S1E1' },
        { state: 'awake', from: 'S1E3' },
      ],
      notes: [
        { from: 'S1E1', text: 'falls | is pushed' },
        { from: 'S1E3', text: 'wakes' },
      ],
    });
    expect(data.characters[1]?.notes).toEqual([{ from: 'S1E3', text: 'one note: with a colon' }]);
  });

  it('keeps a plain note exactly, from the first_episode, even with "|" and ":" in it', () => {
    const data = imported(
      'id,name,first_episode,notes\nbette,Bette,S1E2,Note: a | b\ncassie,C,,\n',
      'source,target,type,from\nbette,cassie,sibling,S1E2\n',
    );
    expect(data.characters[0]?.notes).toEqual([{ from: 'S1E2', text: 'Note: a | b' }]);
  });

  it('reads digits as episode positions', () => {
    const data = imported(
      'id,name,first_episode\nbette,Bette,2\ncassie,Cassie,\n',
      'source,target,type,from\nbette,cassie,sibling,3\n',
    );
    expect(data.characters[0]?.firstEpisode).toBe(2);
    expect(data.relationships[0]?.from).toBe(3);
    expect(data.episodes.map((e) => e.id)).toEqual(['S1E1', 'S1E2', 'S1E3']);
  });

  it('drops the leading "\'" that guards formulas, and writes it back on export', () => {
    const data = minimalData();
    data.characters[0] = { id: 'bette', name: '=HYPERLINK("x")', group: "'=already guarded" };
    const csv = exportCsv(data);
    expect(csv.characters).toContain(`"'=HYPERLINK(""x"")"`);
    expect(roundTrip(data).characters[0]).toMatchObject({
      name: '=HYPERLINK("x")',
      group: "'=already guarded",
    });
  });
});

describe('episodes, types and sources', () => {
  it('derives episodes from the references, sorted by season then number', () => {
    const data = imported(
      'id,name,first_episode\nbette,Bette,s02e01\ncassie,Cassie,S1E3\ndelia,Delia,\n',
      'source,target,type,from,happened\nbette,cassie,sibling,S2E4,\ncassie,delia,rival,S1E10,s1e02\n',
    );
    expect(data.episodes.map((e) => e.id)).toEqual(['S1E2', 'S1E3', 'S1E10', 'S2E1', 'S2E4']);
  });

  it('takes episodes, titles and seasons from episodes.csv', () => {
    const data = imported('id,name\nbette,Bette\ncassie,Cassie\n', RELATIONSHIPS, {
      episodes: { name: 'episodes.csv', text: 'id,title,season\nS1E1,Pilot,1\nS1E2,,1\n' },
    });
    expect(data.episodes).toEqual([
      { id: 'S1E1', title: 'Pilot', season: 1 },
      { id: 'S1E2', season: 1 },
    ]);
  });

  it("reads an episode's note and its uncovered mark (yes or no) from episodes.csv", () => {
    const data = imported('id,name\nbette,Bette\ncassie,Cassie\n', RELATIONSHIPS, {
      episodes: {
        name: 'episodes.csv',
        text: 'id,note,uncovered\nS1E1,,no\nS1E2,"No source covers it, yet.",YES\nS1E3,,\n',
      },
    });
    expect(data.episodes).toEqual([
      { id: 'S1E1', uncovered: false },
      { id: 'S1E2', note: 'No source covers it, yet.', uncovered: true },
      { id: 'S1E3' },
    ]);
    const lines = problemLines('id,name\nbette,Bette\ncassie,Cassie\n', RELATIONSHIPS, {
      episodes: { name: 'episodes.csv', text: 'id,uncovered\nS1E1,maybe\n' },
    });
    expect(lines).toEqual([
      'episodes.csv:2:uncovered: "maybe" is not yes or no — write "yes" for an episode no source covers, or leave the cell empty',
    ]);
  });

  it('declares unknown types with Title Case labels, directed unless named symmetric', () => {
    const data = imported(
      'id,name\nbette,Bette\ncassie,Cassie\n',
      'source,target,type,from\nbette,cassie,found-at-scene,1\ncassie,bette,rival,1\nbette,cassie,sibling,1\n',
    );
    expect(data.types).toEqual([
      { id: 'found-at-scene', label: 'Found At Scene', directed: true },
      { id: 'rival', label: 'Rival', directed: false },
    ]);
  });

  it('reads symmetric relations from the name of a made-up type', () => {
    for (const name of ['sibling', 'Married', 'spouse', 'partners', 'best-friends', 'cousin']) {
      expect(namesSymmetricRelation(name)).toBe(true);
    }
    for (const name of ['rivals', 'classmates', 'allies', 'works with', 'Works_With']) {
      expect(namesSymmetricRelation(name)).toBe(true);
    }
    for (const name of ['hired', 'parent', 'kills', 'found-at-scene', 'loves', 'mentor-of']) {
      expect(namesSymmetricRelation(name)).toBe(false);
    }
  });

  it('hints that types.csv can name and direct the types it made up', () => {
    const result = importCsv({
      characters: { name: 'characters.csv', text: 'id,name\nbette,Bette\ncassie,Cassie\n' },
      relationships: {
        name: 'relationships.csv',
        text: 'source,target,type,from\nbette,cassie,hired,1\ncassie,bette,Best Friends,1\n',
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.types).toEqual([
      { id: 'hired', label: 'Hired', directed: true },
      { id: 'Best Friends', label: 'Best Friends', directed: false },
    ]);
    expect(result.hints).toEqual([
      expect.objectContaining({
        file: 'relationships.csv',
        row: 2,
        column: 'type',
        fix: expect.stringContaining('add a types.csv with id, label and directed'),
      }),
    ]);
  });

  it('leaves the colours of automatic types to the palette, beside types.csv ones', () => {
    const data = imported(
      'id,name\nbette,Bette\ncassie,Cassie\n',
      'source,target,type,from\nbette,cassie,parent,1\ncassie,bette,rival,1\n',
      {
        types: { name: 'types.csv', text: `id,label,directed\nparent,Parent of,yes\n` },
      },
    );
    expect(data.types).toEqual([
      { id: 'parent', label: 'Parent of', directed: true },
      { id: 'rival', label: 'Rival', directed: false },
    ]);
  });

  it('makes one source per title and url, and a default one named after the file', () => {
    const data = imported(
      'id,name\nbette,Bette\ncassie,Cassie\ndelia,Delia\n',
      'id,source,target,type,from,source_title,source_url,source_detail\n' +
        'r1,bette,cassie,sibling,1,Ending Explained,https://example.org/a,Intro\n' +
        'r2,bette,delia,sibling,1,Ending Explained,https://example.org/a,\n' +
        'r3,cassie,delia,sibling,1,,,\n' +
        'r1,,,,,Second Recap,,Part 2\n',
    );
    expect(data.show.sources).toEqual([
      { id: 'ending-explained', title: 'Ending Explained', url: 'https://example.org/a' },
      { id: 'relationships-csv', title: 'relationships.csv' },
      { id: 'second-recap', title: 'Second Recap' },
    ]);
    expect(data.relationships.map((r) => r.sources)).toEqual([
      [
        { source: 'ending-explained', detail: 'Intro' },
        { source: 'second-recap', detail: 'Part 2' },
      ],
      [{ source: 'ending-explained' }],
      [{ source: 'relationships-csv' }],
    ]);
  });
});

describe('problems', () => {
  it('names unknown and missing columns on the header row', () => {
    expect(problemLines('id,nmae,colour\nbette,Bette,red\n')).toEqual([
      'characters.csv:1:nmae: unknown column "nmae" in the header row — did you mean "name"?',
      'characters.csv:1:colour: unknown column "colour" in the header row — rename or remove it; the columns here are id, name, actor, group, first_episode, until, spans, states, notes, x, y',
      'characters.csv:1:name: missing column "name" in the header row — add a "name" column; this file needs id, name',
    ]);
  });

  it('points at the row and column of each bad cell, with "did you mean"', () => {
    const characters = 'id,name\ncassie,Cassie\n"bette","Bette\nWhitlaw"\n';
    const relationships =
      'source,target,type,from,until,source_url\n' +
      'bette,casie,sibling,S1E1,,\n' +
      'bette,cassie,,S1E2,,\n' +
      'bette,cassie,suspect,S1E2,S1E1,\n' +
      'bette,cassie,suspect,S1E2,,not a url\n';
    expect(problemLines(characters, relationships)).toEqual([
      'relationships.csv:2:target: unknown character "casie" — did you mean "cassie"?',
      'relationships.csv:3:type: missing type — every row needs a relationship type such as "sibling"; fill in this cell',
      'relationships.csv:4:until: ends in S1E1, before it starts (S1E2) — "until" is the last episode in which it holds; make it the same as "from" or later',
      expect.stringMatching(/^relationships\.csv:5:source_url: .+ — /),
    ]);
  });

  it('counts rows by line, so a row after a two-line cell is reported on its own line', () => {
    const lines = problemLines(
      'id,name\n"bette","Bette\nWhitlaw"\ncassie,Cassie\n',
      'source,target,type,from\n\nbette,cassie,sibling,S1E99\n',
      {
        episodes: { name: 'episodes.csv', text: 'id\nS1E1\n' },
      },
    );
    expect(lines).toEqual([
      expect.stringMatching(/^relationships\.csv:3:from: no episode "S1E99" in this file — /),
    ]);
  });

  it('reports an unclosed quote at its row and column instead of throwing', () => {
    const lines = problemLines('id,name,notes\nbette,Bette,"never closed\ncassie,Cassie,\n');
    expect(lines).toEqual([
      'characters.csv:2:notes: cannot read this row: quoted field unterminated — close every quote that opens a cell, and write a quote inside a quoted cell as ""',
    ]);
  });

  it('reports lists without episodes, and stray cells past the header', () => {
    expect(
      problemLines('id,name,states\nbette,Bette,in a coma | awake@S1E2,extra\ncassie,C,\n'),
    ).toEqual([
      'characters.csv:2:column 4: cell "extra" has no column in the header row — remove it, or quote the cell it belongs to if it holds the separator',
    ]);
    expect(problemLines('id,name,states\nbette,Bette,in a coma | awake@S1E2\ncassie,C,\n')).toEqual(
      [
        'characters.csv:2:states: state "in a coma" has no episode — write each state as state@episode, e.g. "in a coma@S1E1 | awake@S1E9"',
      ],
    );
  });

  it('reports an empty file', () => {
    expect(problemLines('')[0]).toMatch(/^characters\.csv:1:id: the file is empty — /);
  });
});

describe('round trips', () => {
  it('exports the shipped dataset and imports the same show', () => {
    const original = shipped();
    const back = roundTrip(original);
    const before = buildDataset(original);
    const after = buildDataset(back);
    // The notes and states cells hold only an episode and text, so their citations stay
    // behind (README); everything else about a character comes back.
    const characters = (dataset: typeof before) =>
      dataset.characters.map((c) => ({
        ...c,
        notes: c.notes.map(({ from, text }) => ({ from, text })),
        states: c.states.map(({ state, from, marker }) => ({ state, from, marker })),
      }));
    expect(characters(after)).toEqual(characters(before));
    // An episode's note and uncovered mark have columns of their own.
    expect(after.episodes).toEqual(before.episodes);
    expect(after.episodes.find((episode) => episode.uncovered)?.id).toBe('S1E6');
    expect(back.types).toEqual(original.types);
    const relationships = (data: GraphData, dataset: typeof before) =>
      dataset.relationships.map((r) => ({
        ...r,
        sources: r.sources.map((c) => ({
          title: data.show.sources.find((s) => s.id === c.source)?.title,
          detail: c.detail,
        })),
      }));
    expect(relationships(back, after)).toEqual(relationships(original, before));
  });

  it('keeps hostile strings as names, notes, actors, groups, states and citations', () => {
    const strings = hostileStrings();
    const data: GraphData = {
      schemaVersion: 2,
      show: { title: 'Hostile', sources: [{ id: 's', title: 'Source' }] },
      episodes: [{ id: 'S1E1' }, { id: 'S1E2' }],
      characters: strings.map((value, index) => ({
        id: `c${index}`,
        name: value,
        actor: value,
        group: value,
        states: [{ state: value, from: 'S1E2' }],
        notes:
          index % 2 === 0
            ? [{ from: 1, text: value }]
            : [
                { from: 1, text: value },
                { from: 2, text: value },
              ],
      })),
      relationships: strings.map((value, index) => ({
        id: `r${index}`,
        source: `c${index}`,
        target: `c${(index + 1) % strings.length}`,
        type: 'sibling',
        from: 'S1E1',
        note: value,
        sources: [{ source: 's', detail: value }],
      })),
    };
    const back = roundTrip(data);
    expect(back.characters).toEqual(data.characters);
    expect(back.relationships.map((r) => [r.note, r.sources[0]?.detail])).toEqual(
      strings.map((value) => [value, value]),
    );
  });

  it('writes extra citations as rows that repeat the id', () => {
    const data = minimalData();
    data.show.sources.push({ id: 'recap', title: 'Recap', url: 'https://example.org/r' });
    data.relationships[0]?.sources.push({ source: 'recap', detail: 'Part 2' });
    const csv = exportCsv(data);
    expect(csv.relationships.split('\r\n')[2]).toBe('r1,,,,,,,,Recap,https://example.org/r,Part 2');
    expect(roundTrip(data).relationships[0]?.sources).toEqual([
      { source: 'an-article' },
      { source: 'recap', detail: 'Part 2' },
    ]);
  });
});

describe('type looks (format v2)', () => {
  it('writes emphasis and arrow to types.csv and reads them back', () => {
    const data = minimalData();
    data.types = [
      { id: 'parent', label: 'Parent', directed: true, emphasis: 'strong', arrow: 'hollow' },
    ];
    const csv = exportCsv(data);
    expect(csv.types.split('\r\n')[0]).toBe(
      'id,label,color,line,directed,emphasis,arrow,description',
    );
    expect(roundTrip(data).types).toEqual(data.types);
  });

  it('names a cell that is not an emphasis or an arrowhead', () => {
    const lines = problemLines('id,name\nbette,Bette\ncassie,Cassie\n', RELATIONSHIPS, {
      types: { name: 'types.csv', text: 'id,emphasis,arrow\nrival,loud,open\n' },
    });
    expect(lines).toEqual([
      'types.csv:2:emphasis: "loud" is not an emphasis — write normal or strong',
      'types.csv:2:arrow: "open" is not an arrowhead — write filled or hollow',
    ]);
  });
});

describe('repairs and strict mode', () => {
  const characters = 'id,name,first_episode\nbette,Bette,S1E1\ncassie,Cassie,S1E3\n';
  const relationships = 'source,target,type,from,until\nbette,cassie,sibling,S1E1,\n';
  const episodes = { episodes: { name: 'episodes.csv', text: 'id\nS1E1\nS1E2\nS1E3\n' } };

  it('starts a relationship when both characters are present, with a warning at its cell', () => {
    const result = load(characters, relationships, episodes);
    if (!result.ok) throw new Error(result.problems.map(formatInteropProblem).join('\n'));
    expect(result.warnings.map(formatInteropProblem)).toEqual([
      'warning: relationships.csv:2:from: starts in S1E1, before "cassie" is introduced (S1E3) — read as starting in S1E3, when both are present; to keep S1E1, move the character\'s firstEpisode earlier',
    ]);
    expect(result.data.relationships[0]?.from).toBe('S1E3');
  });

  it('refuses it in strict mode, with the fix by hand', () => {
    const result = importCsv(
      {
        characters: { name: 'characters.csv', text: characters },
        relationships: { name: 'relationships.csv', text: relationships },
        ...episodes,
      },
      { strict: true },
    );
    expect(result.ok ? [] : result.problems.map(formatInteropProblem)).toEqual([
      'relationships.csv:2:from: starts in S1E1, before "cassie" is introduced (S1E3) — move the relationship later, or the character\'s firstEpisode earlier',
    ]);
  });

  it('still refuses a relationship that ends before a character arrives', () => {
    expect(
      problemLines(
        characters,
        'source,target,type,from,until\nbette,cassie,sibling,S1E1,S1E2\n',
        episodes,
      ),
    ).toEqual([
      'relationships.csv:2:from: starts in S1E1, before "cassie" is introduced (S1E3) — move the relationship later, or the character\'s firstEpisode earlier',
    ]);
  });

  it('gives types made from the CSV a hint, not a warning', () => {
    const result = load(characters, 'source,target,type,from\nbette,cassie,rival,S1E3\n', episodes);
    if (!result.ok) throw new Error(result.problems.map(formatInteropProblem).join('\n'));
    expect(result.warnings).toEqual([]);
    expect(result.hints.map(formatInteropHint)).toEqual([
      'hint: relationships.csv:2:type: made a type "rival" (symmetric) from the type column; a name such as "friends" or "married" makes a symmetric type, any other a directed one — add a types.csv with id, label and directed (yes or no) to name them and set their direction',
    ]);
  });

  it('keeps hostile ids and names through a repair, quoted visibly in the warning', () => {
    const strings = hostileStrings().filter((value) => value.trim() !== '');
    const cell = (value: string) => `"${value.replace(/"/g, '""')}"`;
    const rows = strings.map((value) => `${cell(value)},${cell(value)},S1E2`).join('\n');
    const rels = strings.map((value) => `${cell('anchor')},${cell(value)},sibling,S1E1`).join('\n');
    const result = load(
      `id,name,first_episode\nanchor,Anchor,S1E1\n${rows}\n`,
      `source,target,type,from\n${rels}\n`,
      {
        episodes: { name: 'episodes.csv', text: 'id\nS1E1\nS1E2\n' },
      },
    );
    if (!result.ok) throw new Error(result.problems.map(formatInteropProblem).join('\n'));
    expect(result.data.characters.slice(1).map((c) => c.name)).toEqual(strings);
    expect(result.data.relationships.map((r) => r.from)).toEqual(strings.map(() => 'S1E2'));
    expect(result.warnings).toHaveLength(strings.length);
    for (const line of result.warnings.map(formatInteropProblem)) {
      expect(line).toMatch(
        /^warning: relationships\.csv:\d+:from: starts in S1E1, before ".*" is introduced \(S1E2\) — /,
      );
      // One line each: line breaks and invisible characters are escaped, never printed.
      expect(line).not.toMatch(/[\n\r\u2028\u202e]/);
    }
  });
});

describe('spans (format v2)', () => {
  it('reads "from..until | from.." into spans and writes them back', () => {
    const data = imported(
      'id,name,spans\nbette,Bette,S1E1..S1E2 | S1E4..\ncassie,Cassie,\n',
      'source,target,type,from,until\nbette,cassie,sibling,S1E1,S1E2\nbette,cassie,sibling,S1E4,\n',
      { episodes: { name: 'episodes.csv', text: 'id\nS1E1\nS1E2\nS1E3\nS1E4\n' } },
    );
    expect(data.characters[0]?.spans).toEqual([{ from: 'S1E1', until: 'S1E2' }, { from: 'S1E4' }]);
    expect(exportCsv(data).characters.split(/\r?\n/)[1]).toBe(
      'bette,Bette,,,,,S1E1..S1E2 | S1E4..,,,,',
    );
    expect(roundTrip(data).characters[0]?.spans).toEqual(data.characters[0]?.spans);
  });

  it('names a span cell that is not from..until, and a relationship in the gap', () => {
    expect(
      problemLines(
        'id,name,spans\nbette,Bette,S1E1 | S1E3..\ncassie,Cassie,\n',
        'source,target,type,from\nbette,cassie,sibling,S1E1\n',
      ),
    ).toEqual([
      'characters.csv:2:spans: span "S1E1" is not "from..until" — write each span as first..last episode, the last one open if it runs to the end, e.g. "S1E1..S1E3 | S1E6.."',
      // The span left is S1E3.., so the relationship would start then.
      'warning: relationships.csv:2:from: starts in S1E1, before "bette" is introduced (S1E3) — read as starting in S1E3, when both are present; to keep S1E1, move the character\'s firstEpisode earlier',
    ]);
    expect(
      problemLines(
        'id,name,spans\nbette,Bette,S1E1..S1E1 | S1E3..\ncassie,Cassie,\n',
        'source,target,type,from\nbette,cassie,sibling,S1E1\n',
        { episodes: { name: 'episodes.csv', text: 'id\nS1E1\nS1E2\nS1E3\n' } },
      ),
    ).toEqual([
      'relationships.csv:2:from: holds in S1E2, while "bette" is out of the story (between its spans) — split it into one relationship per span, or extend the character\'s spans',
    ]);
  });
});

describe('real-world spreadsheet exports', () => {
  it('reads BOM, ";" separators, trailing empty columns, CRLF and mixed-case headers together', () => {
    const characters =
      '\uFEFFID;Name;First Episode;;\r\nbette;Bette;S1E1;;\r\ncassie;Cassie;S1E2;;\r\n;;;;\r\n';
    const relationships =
      '\uFEFFSource;TARGET;Type;From;Until;Note;\r\nbette;cassie;sibling;1;;"twins; rivals"\r\n';
    const data = imported(characters, relationships);
    expect(data.characters.map((c) => [c.id, c.name, c.firstEpisode])).toEqual([
      ['bette', 'Bette', 'S1E1'],
      ['cassie', 'Cassie', 'S1E2'],
    ]);
    expect(data.relationships[0]).toMatchObject({ source: 'bette', note: 'twins; rivals' });
  });

  it('repairs an early start in such a file, pointing at the cell', () => {
    const result = load(
      '\uFEFFId;Name;First_Episode;\r\nbette;Bette;S1E1;\r\ncassie;Cassie;S1E2;\r\n',
      'Source;Target;Type;From;\r\nbette;cassie;sibling;S1E1;\r\n',
    );
    if (!result.ok) throw new Error(result.problems.map(formatInteropProblem).join('\n'));
    expect(result.warnings.map(formatInteropProblem)).toEqual([
      'warning: relationships.csv:2:from: starts in S1E1, before "cassie" is introduced (S1E2) — read as starting in S1E2, when both are present; to keep S1E1, move the character\'s firstEpisode earlier',
    ]);
  });
});
