// Reading files and converting them to a validated show, or to problem lines that point at
// each mistake (CSV row and column, JSON path, GEXF line).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  openFiles,
  titleFromNames,
  type ReadableFile,
} from '../../../src/app/dropImport/openFiles';
import { MAX_FILE_BYTES } from '../../../src/model';
import { CORPUS_EXPECTED, corpusBytes } from '../../fixtures/corpus';

/** A file as the browser hands it over; `read` counts how often it was read. */
function fakeFile(name: string, text: string, size = text.length) {
  const reads = { count: 0 };
  const file: ReadableFile = {
    name,
    size,
    arrayBuffer: () => {
      reads.count++;
      return Promise.resolve(new TextEncoder().encode(text).buffer);
    },
  };
  return Object.assign(file, { reads });
}

const CHARACTERS =
  'id,name,group\nbette,Bette,students\ncassie,Cassie,students\nramon,Ramon,staff\n';
const RELATIONSHIPS =
  'source,target,type,from,note\nbette,cassie,sibling,S1E1,rivals too\nramon,cassie,suspect,S1E3,\n';

describe('openFiles', () => {
  it('converts a characters + relationships CSV pair into a show', async () => {
    const opened = await openFiles([
      fakeFile('Dance - relationships.csv', RELATIONSHIPS),
      fakeFile('Dance - characters.csv', CHARACTERS),
    ]);
    if (!opened.ok) throw new Error(opened.problems.join('\n'));
    expect(opened.label).toBe('Dance - characters.csv and Dance - relationships.csv');
    expect(opened.data.show.title).toBe('Dance');
    // Without an episodes CSV, the episodes are the ones the rows name.
    expect(opened.data.episodes.map((episode) => episode.id)).toEqual(['S1E1', 'S1E3']);
    expect(opened.dataset.characters.map((character) => character.name)).toEqual([
      'Bette',
      'Cassie',
      'Ramon',
    ]);
    expect(
      opened.dataset.relationships.map((r) => `${r.source}-${r.type}-${r.target}@${r.from}`),
    ).toEqual(['bette-sibling-cassie@0', 'ramon-suspect-cassie@1']);
  });

  it('points each problem of a broken CSV at its file, row and column', async () => {
    const opened = await openFiles([
      fakeFile('characters.csv', CHARACTERS),
      fakeFile(
        'relationships.csv',
        'source,target,type,from\nbette,cassie,sibling,S1E1\nbette,,sibling,S1E2\nramon,casie,suspect,S1E3\n',
      ),
    ]);
    if (opened.ok) throw new Error('expected problems');
    expect(opened.label).toBe('characters.csv and relationships.csv');
    expect(opened.problems).toEqual([
      expect.stringMatching(/^relationships\.csv:3:target: missing target — /),
      expect.stringMatching(
        /^relationships\.csv:4:target: unknown character "casie" — did you mean "cassie"\?/,
      ),
    ]);
  });

  it('validates a Plotweb JSON with the real validator, with a did-you-mean', async () => {
    const text = readFileSync('graph-data/tiny-pretty-things-s1.json', 'utf8').replace(
      '"target": "cassie"',
      '"target": "casie"',
    );
    const opened = await openFiles([fakeFile('mine.json', text)]);
    if (opened.ok) throw new Error('expected problems');
    expect(opened.label).toBe('mine.json');
    expect(opened.problems).toEqual([
      expect.stringMatching(
        /^mine\.json:\$\.relationships\[\d+\]\.target: unknown character "casie" — did you mean "cassie"\?/,
      ),
    ]);
  });

  it('opens a valid JSON and reports a syntax error by line and column', async () => {
    const text = readFileSync('graph-data/tiny-pretty-things-s1.json', 'utf8');
    const opened = await openFiles([fakeFile('tiny.json', text)]);
    expect(opened.ok && opened.dataset.show.title).toBe('Tiny Pretty Things');
    const broken = await openFiles([fakeFile('broken.json', '{\n  "schemaVersion": 1,\n}')]);
    expect(broken.ok ? [] : broken.problems).toEqual([
      expect.stringMatching(/^broken\.json:3:1: /),
    ]);
  });

  it('imports a GEXF file and reports its problems by file', async () => {
    const gexf = (edges: string) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="undirected">\n<nodes><node id="a" label="Ann"/><node id="b" label="Bob"/></nodes>\n<edges>${edges}</edges>\n</graph>\n</gexf>\n`;
    const opened = await openFiles([
      fakeFile('friends.gexf', gexf('<edge source="a" target="b"/>')),
    ]);
    if (!opened.ok) throw new Error(opened.problems.join('\n'));
    expect(opened.dataset.characters.map((character) => character.name)).toEqual(['Ann', 'Bob']);
    expect(opened.dataset.relationships).toHaveLength(1);
    const broken = await openFiles([
      fakeFile('broken.gexf', gexf('<edge source="a" target="z"/>')),
    ]);
    expect(broken.ok ? [] : broken.problems).toEqual([expect.stringMatching(/^broken\.gexf:5:/)]);
  });

  it('refuses an oversized or unsupported file without reading it', async () => {
    const huge = fakeFile('huge.json', '{}', MAX_FILE_BYTES + 1);
    const png = fakeFile('photo.png', 'x');
    const opened = await openFiles([huge]);
    expect(opened.ok ? [] : opened.problems).toEqual([
      expect.stringMatching(/^huge\.json: file is 50\.0 MB, over the 50 MB limit; it was not read/),
    ]);
    expect((await openFiles([png])).ok).toBe(false);
    expect(huge.reads.count + png.reads.count).toBe(0);
  });

  it('reports a file the browser cannot read', async () => {
    const gone: ReadableFile = {
      name: 'gone.json',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotFoundError')),
    };
    const opened = await openFiles([gone]);
    expect(opened.ok ? [] : opened.problems).toEqual([
      expect.stringMatching(/^gone\.json: the browser could not read this file — /),
    ]);
  });
});

describe('openFiles with warnings', () => {
  const characters = 'id,name,first_episode\nbette,Bette,S1E1\ncassie,Cassie,S1E3\n';
  const relationships = 'source,target,type,from\nbette,cassie,sibling,S1E1\n';
  const episodes = 'id\nS1E1\nS1E2\nS1E3\n';
  const files = () => [
    fakeFile('characters.csv', characters),
    fakeFile('relationships.csv', relationships),
    fakeFile('episodes.csv', episodes),
  ];
  const warning =
    'warning: relationships.csv:2:from: starts in S1E1, before "cassie" is introduced (S1E3) — read as starting in S1E3, when both are present; to keep S1E1, move the character\'s firstEpisode earlier';

  it('opens a CSV set that needs a repair, repaired, with the warning', async () => {
    const opened = await openFiles(files());
    if (!opened.ok) throw new Error(opened.problems.join('\n'));
    expect(opened.warnings).toEqual([warning]);
    expect(opened.dataset.relationships[0]?.from).toBe(2);
  });

  it('refuses it in strict mode, the warning now an error', async () => {
    const opened = await openFiles(files(), { strict: true });
    expect(opened.ok ? [] : opened.problems).toEqual([
      'relationships.csv:2:from: starts in S1E1, before "cassie" is introduced (S1E3) — move the relationship later, or the character\'s firstEpisode earlier',
    ]);
  });

  it('repairs a Plotweb JSON the same way, pointing at the JSON path', async () => {
    const json = JSON.stringify({
      schemaVersion: 2,
      show: { title: 'T', sources: [{ id: 's', title: 'S' }] },
      episodes: [{ id: 'S1E1' }, { id: 'S1E2' }],
      characters: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B', firstEpisode: 'S1E2' },
      ],
      relationships: [
        { id: 'r', source: 'a', target: 'b', type: 'sibling', from: 1, sources: [{ source: 's' }] },
      ],
    });
    const opened = await openFiles([fakeFile('show.json', json)]);
    if (!opened.ok) throw new Error(opened.problems.join('\n'));
    expect(opened.warnings).toEqual([
      'warning: show.json:$.relationships[0].from: starts in S1E1, before "b" is introduced (S1E2) — read as starting in S1E2, when both are present; to keep S1E1, move the character\'s firstEpisode earlier',
    ]);
    expect((await openFiles([fakeFile('show.json', json)], { strict: true })).ok).toBe(false);
  });

  it('adds a hint for types made from the CSV, without a warning', async () => {
    const opened = await openFiles([
      fakeFile('characters.csv', CHARACTERS),
      fakeFile('relationships.csv', 'source,target,type,from\nbette,cassie,rival,S1E1\n'),
    ]);
    if (!opened.ok) throw new Error(opened.problems.join('\n'));
    expect(opened.warnings).toEqual([
      'hint: relationships.csv:2:type: made a type "rival" (symmetric) from the type column; a name such as "friends" or "married" makes a symmetric type, any other a directed one — add a types.csv with id, label and directed (yes or no) to name them and set their direction',
    ]);
  });
});

describe('titleFromNames', () => {
  it('takes the words the two file names share, or nothing', () => {
    expect(titleFromNames('Hamlet - characters.csv', 'Hamlet - relationships.csv')).toBe('Hamlet');
    expect(titleFromNames('show_a_characters.csv', 'show_b_relationships.csv')).toBe('show');
    expect(titleFromNames('characters.csv', 'relationships.csv')).toBeUndefined();
    expect(titleFromNames('cast.csv', 'characters.csv')).toBeUndefined();
  });
});

describe('openFiles when something unexpected fails', () => {
  it('turns a failure while converting into a problem line instead of a rejection', async () => {
    const file = fakeFile('x.json', '{}');
    // A step that throws stands for any failure inside the conversion.
    const opened = await openFiles([file], {
      onStage: (stage) => {
        if (stage === 'check') throw new Error('boom');
      },
    });
    expect(opened.ok ? [] : opened.problems).toEqual([
      expect.stringMatching(/^x\.json: could not be opened \(.+\) — reload the page/),
    ]);
  });
});

describe('openFiles on the malformed-input corpus', () => {
  // The same files, the same lines as `npm run validate` (tests/cli/exactErrors.test.ts).
  for (const [name, expected] of CORPUS_EXPECTED) {
    it(`${name}: ${expected.length === 0 ? 'opens' : 'the same lines as the command line'}`, async () => {
      const bytes = corpusBytes(name);
      const file: ReadableFile = {
        name,
        size: bytes.length,
        arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer),
      };
      const opened = await openFiles([file]);
      if (expected.length === 0) {
        expect(opened.ok ? [] : opened.problems).toEqual([]);
        return;
      }
      const lines = opened.ok ? [] : opened.problems;
      expect(lines).toHaveLength(expected.length);
      expected.forEach((pattern, index) => {
        expect(lines[index]?.startsWith(`${name}:`)).toBe(true);
        expect(lines[index]).toMatch(pattern);
      });
    });
  }

  it('refuses a GEXF external entity at its line, as the command line does', async () => {
    const name = 'xxe-external-entity.gexf';
    const bytes = corpusBytes(name);
    const opened = await openFiles([
      {
        name,
        size: bytes.length,
        arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer),
      },
    ]);
    expect(opened.ok ? [] : opened.problems).toEqual([
      `${name}:3:3: cannot read the XML: the DOCTYPE declares an external entity "&xxe;" (SYSTEM); Plotweb never loads entities from a DTD or another file — delete the <!DOCTYPE …> block and write the text itself where "&xxe;" is used`,
    ]);
  });
});
