// Which show a set of files asks for, from names and sizes alone (nothing is read).
import { describe, expect, it } from 'vitest';
import { classifyFiles, planLabel } from '../../../src/app/dropImport/classifyFiles';
import { MAX_FILE_BYTES } from '../../../src/model';

const file = (name: string, size = 100) => ({ name, size });

function problems(...files: { name: string; size: number }[]): readonly string[] {
  const result = classifyFiles(files);
  if (result.ok) throw new Error(`expected problems, got ${result.plan.kind}`);
  return result.problems;
}

describe('classifyFiles', () => {
  it('opens one JSON or one GEXF file as a whole show, whatever the case of its extension', () => {
    const json = file('Show.JSON');
    expect(classifyFiles([json])).toEqual({ ok: true, plan: { kind: 'json', file: json } });
    const gexf = file('graph.gexf');
    expect(classifyFiles([gexf])).toEqual({ ok: true, plan: { kind: 'gexf', file: gexf } });
  });

  it('pairs a characters CSV with a relationships CSV by name, in any order and case', () => {
    const characters = file('Hamlet - Characters.csv');
    const relationships = file('hamlet_RELATIONSHIPS.csv');
    const result = classifyFiles([relationships, characters]);
    expect(result).toEqual({
      ok: true,
      plan: { kind: 'csv', files: { characters, relationships } },
    });
    if (result.ok)
      expect(planLabel(result.plan)).toBe(`${characters.name} and ${relationships.name}`);
  });

  it('adds episodes and types CSVs to the set; "relationship_types" is the types table', () => {
    const set = [
      file('episodes.csv'),
      file('relationship_types.csv'),
      file('characters.csv'),
      file('relationships.csv'),
    ];
    const result = classifyFiles(set);
    expect(result).toEqual({
      ok: true,
      plan: {
        kind: 'csv',
        files: { characters: set[2], relationships: set[3], episodes: set[0], types: set[1] },
      },
    });
    if (result.ok)
      expect(planLabel(result.plan)).toBe(
        'characters.csv, relationships.csv, episodes.csv and relationship_types.csv',
      );
  });

  it('names the missing file when a CSV comes alone', () => {
    expect(problems(file('characters.csv'))).toEqual([
      'characters.csv: the relationships CSV is missing — open it together with the show\'s relationships file (a .csv whose name contains "relationships")',
    ]);
    expect(problems(file('relationships.csv'), file('episodes.csv'))).toEqual([
      'relationships.csv: the characters CSV is missing — open it together with the show\'s characters file (a .csv whose name contains "characters")',
    ]);
  });

  it('says which CSV it cannot place, and what is then missing', () => {
    expect(problems(file('characters.csv'), file('links.csv'))).toEqual([
      'links.csv: cannot tell which table this CSV holds — put "characters", "relationships", "episodes" or "types" in its name (e.g. relationships.csv)',
      'characters.csv: the relationships CSV is missing — open it together with the show\'s relationships file (a .csv whose name contains "relationships")',
    ]);
  });

  it('refuses ambiguous names and two files for one table', () => {
    expect(
      problems(file('character_episodes.csv'), file('characters.csv'), file('relationships.csv')),
    ).toEqual([
      'character_episodes.csv: the name mentions "characters" and "episodes", so it is unclear which table it holds — rename it so that only one of them appears (e.g. characters.csv)',
    ]);
    expect(
      problems(file('characters.csv'), file('characters (1).csv'), file('relationships.csv')),
    ).toEqual([
      'characters.csv, characters (1).csv: 2 files look like the characters table — drop one characters CSV per show',
    ]);
  });

  it('refuses files it cannot open, and more than one show at a time', () => {
    expect(problems(file('photo.png'), file('notes'))).toEqual([
      'photo.png: Plotweb cannot open this kind of file — drop a Plotweb .json file, a .gexf file, or a characters + relationships CSV pair',
      'notes: Plotweb cannot open this kind of file — drop a Plotweb .json file, a .gexf file, or a characters + relationships CSV pair',
    ]);
    expect(problems(file('a.json'), file('b.json'))).toEqual([
      'a.json, b.json: one show opens at a time, and a .json or .gexf file holds a whole show — drop a single .json or .gexf file, or only the CSV files of one show',
    ]);
    expect(problems(file('a.json'), file('characters.csv'))).toHaveLength(1);
    expect(problems()).toHaveLength(1);
  });

  it('refuses a file over the size limit from its size, before anything is read', () => {
    expect(problems(file('huge.json', MAX_FILE_BYTES + 1))).toEqual([
      'huge.json: file is 50.0 MB, over the 50 MB limit; it was not read — split the show into one file per season, or remove unused fields',
    ]);
    expect(classifyFiles([file('big.json', MAX_FILE_BYTES)]).ok).toBe(true);
    expect(problems(file('characters.csv'), file('relationships.csv', 3 * MAX_FILE_BYTES))).toEqual(
      [expect.stringMatching(/^relationships\.csv: file is 150\.0 MB, over the 50 MB limit/)],
    );
  });
});
