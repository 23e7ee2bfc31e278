// The import and export commands as a user runs them: real files, exit codes, one line per
// problem and never a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGraphData } from '../../src/model';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'plotweb-interop-'));
const SHIPPED = 'graph-data/tiny-pretty-things-s1.json';

function run(command: 'import' | 'export', ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', `src/cli/${command}.ts`, ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, out: result.stdout + result.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function expectValidDataFile(path: string) {
  const text = readFileSync(path, 'utf8');
  expect(
    text.startsWith('{\n  "$schema": "../public/schema/v2.json",\n  "schemaVersion": 2,'),
  ).toBe(true);
  expect(validateGraphData(JSON.parse(text)).ok).toBe(true);
}

const NO_STACK = /\n\s+at |Error:|node:internal/;

describe('npm run import', () => {
  it('turns CSV files into a data file that validates', () => {
    const characters = file(
      'characters.csv',
      'id,name,first_episode\ncassie,Cassie,S1E1\nbette,Bette,S1E2\n',
    );
    const relationships = file(
      'relationships.csv',
      'source,target,type,from\nbette,cassie,rival,S1E2\n',
    );
    const out = join(dir, 'show.json');
    const { status, out: output } = run(
      'import',
      '--characters',
      characters,
      '--relationships',
      relationships,
      '--title',
      'My show',
      '-o',
      out,
    );
    // "rival" was made up from the type column: symmetric by its name, and a hint says so.
    expect(output.trim().split('\n')).toEqual([
      `hint: ${relationships}:2:type: made a type "rival" (symmetric) from the type column; a name such as "friends" or "married" makes a symmetric type, any other a directed one — add a types.csv with id, label and directed (yes or no) to name them and set their direction`,
      `ok: wrote ${out} (2 episodes, 2 characters, 1 relationships) from ${characters}, ${relationships}`,
    ]);
    expect(status).toBe(0);
    expectValidDataFile(out);
    expect(JSON.parse(readFileSync(out, 'utf8')).show.title).toBe('My show');
  });

  it('fails on a broken CSV with one row:column line per problem and no stack trace', () => {
    const characters = file('broken-characters.csv', 'id;name\ncassie;Cassie\nbette;\n');
    const relationships = file(
      'broken-relationships.csv',
      'source,target,type,from\nbette,casie,rival,S1E1\n',
    );
    const out = join(dir, 'never.json');
    const { status, out: output } = run(
      'import',
      '--characters',
      characters,
      '--relationships',
      relationships,
      '-o',
      out,
    );
    expect(status).toBe(1);
    expect(output.trim().split('\n')).toEqual([
      `${characters}:3:name: missing name — every row needs the character's name; fill in this cell`,
      `${relationships}:2:target: unknown character "casie" — did you mean "cassie"?`,
      `2 problems; ${out} was not written`,
    ]);
    expect(output).not.toMatch(NO_STACK);
    expect(existsSync(out)).toBe(false);
  });

  it('explains bad usage without a stack trace', () => {
    const { status, out } = run('import', '--characters', 'c.csv');
    expect(status).toBe(2);
    expect(out).toMatch(/^-o show\.json is required\nusage: npm run import/);
    expect(out).not.toMatch(NO_STACK);
  });

  it('reports malformed GEXF at its line and column', () => {
    const gexf = file('broken.gexf', '<gexf>\n<graph>\n</gexf>\n');
    const { status, out } = run('import', gexf, '-o', join(dir, 'never.json'));
    expect(status).toBe(1);
    expect(out).toMatch(new RegExp(`^${gexf.replace(/[.]/g, '\\.')}:3:\\d+: malformed XML: `));
    expect(out).not.toMatch(NO_STACK);
  });

  it('imports an early start with a warning (exit 0), and refuses it with --strict (exit 1)', () => {
    const characters = file(
      'early-characters.csv',
      'id,name,first_episode\ncassie,Cassie,S1E1\nbette,Bette,S1E3\n',
    );
    const relationships = file(
      'early-relationships.csv',
      'source,target,type,from\nbette,cassie,sibling,S1E1\n',
    );
    const episodes = file('early-episodes.csv', 'id\nS1E1\nS1E2\nS1E3\n');
    const out = join(dir, 'early.json');
    const args = ['--characters', characters, '--relationships', relationships];
    const withEpisodes = [...args, '--episodes', episodes];
    const warning = `warning: ${relationships}:2:from: starts in S1E1, before "bette" is introduced (S1E3) — read as starting in S1E3, when both are present; to keep S1E1, move the character's firstEpisode earlier`;
    const lenient = run('import', ...withEpisodes, '-o', out);
    expect(lenient.status).toBe(0);
    expect(lenient.out.trim().split('\n')).toEqual([
      warning,
      `ok: wrote ${out} (3 episodes, 2 characters, 1 relationships, 1 warning (repaired as shown)) from ${characters}, ${relationships}, ${episodes}`,
    ]);
    expect(JSON.parse(readFileSync(out, 'utf8')).relationships[0].from).toBe('S1E3');

    const refused = join(dir, 'early-strict.json');
    const strict = run('import', '--strict', ...withEpisodes, '-o', refused);
    expect(strict.status).toBe(1);
    expect(strict.out.trim().split('\n')).toEqual([
      `${relationships}:2:from: starts in S1E1, before "bette" is introduced (S1E3) — move the relationship later, or the character's firstEpisode earlier`,
      `1 problem; ${refused} was not written`,
    ]);
    expect(existsSync(refused)).toBe(false);
  });

  it('imports a GEXF edge that starts before its node with a warning at the element; --strict refuses it', () => {
    const gexf = file(
      'early.gexf',
      [
        '<gexf version="1.3"><graph mode="dynamic" timeformat="integer">',
        '<nodes><node id="a" start="1"/><node id="b" start="3"/></nodes>',
        '<edges>',
        '<edge source="a" target="b" start="1"/>',
        '</edges></graph></gexf>',
      ].join('\n'),
    );
    const out = join(dir, 'early-gexf.json');
    const lenient = run('import', gexf, '-o', out);
    expect(lenient.status).toBe(0);
    expect(lenient.out.trim().split('\n')[0]).toBe(
      `warning: ${gexf}:4:1: edge starts at "1", before node "b" is there — read as starting at "3", when both nodes are there; to keep the earlier start, start the node earlier`,
    );
    expect(JSON.parse(readFileSync(out, 'utf8')).relationships[0].from).toBe('S1E3');
    const strict = run('import', '--strict', gexf, '-o', join(dir, 'never.json'));
    expect(strict.status).toBe(1);
    expect(strict.out.trim().split('\n')[0]).toMatch(
      new RegExp(
        `^${gexf.replace(/[.]/g, '\\.')}:4:1: edge starts at "1", before node "b" is there — give the edge a start`,
      ),
    );
  });
});

describe('npm run export', () => {
  it('writes the CSV files, which import back to a valid file', () => {
    const folder = join(dir, 'csv');
    const exported = run('export', '--to', 'csv', SHIPPED, '-o', folder);
    expect(exported.status).toBe(0);
    expect(exported.out.trim().split('\n')).toHaveLength(1);
    const paths = ['characters', 'relationships', 'episodes', 'types'].map((name) =>
      join(folder, `${name}.csv`),
    );
    for (const path of paths) expect(existsSync(path)).toBe(true);
    const [characters, relationships, episodes, types] = paths as [string, string, string, string];
    const out = join(dir, 'from-csv.json');
    const back = run(
      'import',
      '--characters',
      characters,
      '--relationships',
      relationships,
      '--episodes',
      episodes,
      '--types',
      types,
      '-o',
      out,
    );
    expect(back.status).toBe(0);
    expectValidDataFile(out);
  });

  it('writes GEXF, which imports back to a valid file', () => {
    const gexf = join(dir, 'show.gexf');
    const exported = run('export', '--to', 'gexf', SHIPPED, '-o', gexf);
    expect(exported.status).toBe(0);
    expect(readFileSync(gexf, 'utf8')).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<gexf /,
    );
    const out = join(dir, 'from-gexf.json');
    const back = run('import', gexf, '-o', out);
    expect(back.out.trim()).toMatch(
      /^ok: wrote .* \(10 episodes, 35 characters, 86 relationships\) from /,
    );
    expect(back.status).toBe(0);
    expectValidDataFile(out);
  });

  it('writes Cytoscape JSON for one episode, to standard output or a file', () => {
    const printed = run('export', '--to', 'cytoscape', SHIPPED, '--episode', 'S1E5');
    expect(printed.status).toBe(0);
    const json = JSON.parse(printed.stdout) as {
      data: { episode: string };
      elements: { nodes: unknown[] };
    };
    expect(json.data.episode).toBe('S1E5');
    expect(json.elements.nodes.length).toBeGreaterThan(0);
    const path = join(dir, 'show.cyjs');
    const written = run('export', '--to', 'cytoscape', SHIPPED, '--episode', '5', '-o', path);
    expect(written.status).toBe(0);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(json);
  });

  it('fails cleanly on an unknown episode and on an invalid data file', () => {
    const episode = run('export', '--to', 'cytoscape', SHIPPED, '--episode', 'S1E55');
    expect(episode.status).toBe(1);
    expect(episode.out.trim()).toBe(
      `${SHIPPED}: --episode S1E55: no episode "S1E55" in this file — use one of the episode ids ("S1E1" … "S1E10") or a position between 1 and 10`,
    );
    const broken = file('broken.json', '{"schemaVersion": 1}');
    const invalid = run('export', '--to', 'gexf', broken);
    expect(invalid.status).toBe(1);
    expect(invalid.out.split('\n')[0]).toBe(
      `${broken}:$.show: missing required field "show" — add "show": an object { … }`,
    );
    expect(invalid.out).not.toMatch(NO_STACK);
  });
});
