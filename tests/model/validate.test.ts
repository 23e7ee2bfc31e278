import { describe, expect, it } from 'vitest';
import {
  checkGraphData,
  formatProblems,
  MAX_RELATIONSHIPS,
  validateGraphData,
  validateGraphDataText,
  type GraphData,
} from '../../src/model';
import { minimalData, shippedDataset } from '../fixtures/data';

/** The one-line messages for a data object changed by `edit`. */
function problemsAfter(edit: (data: GraphData) => void): string[] {
  const data = minimalData();
  edit(data);
  const result = validateGraphData(data);
  return result.ok ? [] : formatProblems('show.json', result.problems);
}

describe('validation of a data file', () => {
  it('accepts the minimal file and the shipped dataset', () => {
    expect(validateGraphData(minimalData()).ok).toBe(true);
    expect(validateGraphData(shippedDataset())).toMatchObject({ ok: true });
  });

  it('checks without building a Dataset, with the same data, warnings and problems', () => {
    const checked = checkGraphData(shippedDataset());
    const validated = validateGraphData(shippedDataset());
    if (!checked.ok || !validated.ok) throw new Error('the shipped dataset should load');
    expect(checked).not.toHaveProperty('dataset');
    expect(checked.data).toEqual(validated.data);
    expect(checked.warnings).toEqual(validated.warnings);
    const broken = minimalData();
    (broken.relationships[0] as { target: string }).target = 'nobody';
    expect(checkGraphData(broken)).toEqual(validateGraphData(broken));
  });

  it('names an unknown character and suggests the near miss', () => {
    const lines = problemsAfter((data) => {
      (data.relationships[0] as { target: string }).target = 'delai';
    });
    expect(lines).toEqual([
      'show.json:$.relationships[0].target: unknown character "delai" — did you mean "delia"?',
    ]);
  });

  it('reports duplicate ids with where the first one is', () => {
    const lines = problemsAfter((data) => {
      data.characters.push({ id: 'bette', name: 'Another Bette' });
    });
    expect(lines).toEqual([
      'show.json:$.characters[3].id: duplicate character id "bette" (first used at $.characters[0]) — give each character its own id',
    ]);
  });

  it('reports an episode that does not exist', () => {
    const lines = problemsAfter((data) => {
      (data.relationships[0] as { from: string }).from = 'S9E99';
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^show\.json:\$\.relationships\[0\]\.from: no episode "S9E99" in this file — use one of the episode ids/,
    );
  });

  it('checks meaning: until before from, self-loops, happened after from, unknown type and source', () => {
    const lines = problemsAfter((data) => {
      data.relationships.push({
        id: 'r3',
        source: 'cassie',
        target: 'cassie',
        type: 'sibbling',
        from: 'S1E3',
        until: 'S1E2',
        happened: 3,
        sources: [{ source: 'artcle' }],
      });
      data.relationships.push({
        id: 'r4',
        source: 'bette',
        target: 'cassie',
        type: 'affair',
        from: 1,
        happened: 2,
        sources: [{ source: 'article' }],
      });
    });
    expect(lines).toEqual([
      'show.json:$.relationships[2].target: relationship joins "cassie" to itself — point the target at another character',
      'show.json:$.relationships[2].type: unknown relationship type "sibbling" — did you mean "sibling"?',
      'show.json:$.relationships[2].until: ends in S1E2, before it starts (S1E3) — "until" is the last episode in which it holds; make it the same as "from" or later',
      'show.json:$.relationships[2].sources[0].source: unknown source "artcle" — did you mean "article"?',
      'show.json:$.relationships[3].happened: happened in S1E2, after the viewer learns of it (S1E1) — "happened" is for events revealed later; it must not be after "from"',
    ]);
  });

  it('refuses a directed declaration of a symmetric built-in type', () => {
    const lines = problemsAfter((data) => {
      data.types?.push({ id: 'sibling', label: 'Sibling of', directed: true });
    });
    expect(lines).toEqual([
      'show.json:$.types[1].directed: built-in type "sibling" is symmetric and cannot be directed — remove "directed", or declare a new type with another id (e.g. "sibling-of")',
    ]);
  });

  it('refuses a relationship without sources', () => {
    const lines = problemsAfter((data) => {
      (data.relationships[0] as { sources: unknown[] }).sources = [];
    });
    expect(lines).toEqual([
      'show.json:$.relationships[0].sources: needs at least one source — cite where this comes from: { "source": "<id from show.sources>", "detail": "…" }',
    ]);
  });

  it('starts a relationship before a character is introduced when both are present, with a warning', () => {
    const data = minimalData();
    (data.relationships[0] as { from: string }).from = 'S1E1';
    const result = validateGraphData(data);
    if (!result.ok) throw new Error('expected the file to load, repaired');
    expect(formatProblems('show.json', result.warnings)).toEqual([
      'warning: show.json:$.relationships[0].from: starts in S1E1, before "delia" is introduced (S1E2) — read as starting in S1E2, when both are present; to keep S1E1, move the character\'s firstEpisode earlier',
    ]);
    expect(result.data.relationships[0]?.from).toBe('S1E2');
    expect(result.dataset.relationships[0]?.from).toBe(1);
    // The file passed in is not changed.
    expect(data.relationships[0]?.from).toBe('S1E1');
  });

  it('refuses a relationship before a character is introduced in strict mode', () => {
    const data = minimalData();
    (data.relationships[0] as { from: string }).from = 'S1E1';
    const result = validateGraphData(data, { strict: true });
    expect(result.ok ? [] : formatProblems('show.json', result.problems)).toEqual([
      'show.json:$.relationships[0].from: starts in S1E1, before "delia" is introduced (S1E2) — move the relationship later, or the character\'s firstEpisode earlier',
    ]);
  });

  it('still refuses a relationship that ends before its character is introduced', () => {
    const lines = problemsAfter((data) => {
      Object.assign(data.relationships[0] as object, { from: 'S1E1', until: 'S1E1' });
    });
    expect(lines).toEqual([
      'show.json:$.relationships[0].from: starts in S1E1, before "delia" is introduced (S1E2) — move the relationship later, or the character\'s firstEpisode earlier',
    ]);
  });

  it('lists warnings beside errors when the file is refused for another reason', () => {
    const lines = problemsAfter((data) => {
      (data.relationships[0] as { from: string }).from = 'S1E1';
      (data.relationships[1] as { type: string }).type = 'sibbling';
    });
    expect(lines).toEqual([
      'warning: show.json:$.relationships[0].from: starts in S1E1, before "delia" is introduced (S1E2) — read as starting in S1E2, when both are present; to keep S1E1, move the character\'s firstEpisode earlier',
      'show.json:$.relationships[1].type: unknown relationship type "sibbling" — did you mean "sibling"?',
    ]);
  });

  it('checks spans: no firstEpisode beside them, in order, and no relationship in a gap', () => {
    const lines = problemsAfter((data) => {
      data.characters[0] = {
        id: 'bette',
        name: 'Bette',
        firstEpisode: 'S1E1',
        spans: [{ from: 'S1E2', until: 'S1E2' }, { from: 'S1E2' }],
      };
    });
    expect(lines).toEqual([
      'show.json:$.characters[0].firstEpisode: "firstEpisode" beside "spans" — give either "spans" or firstEpisode and until; the spans already say when the character is in the story',
      'show.json:$.characters[0].spans[1].from: span starts in S1E2, not after the previous span ends (S1E2) — list spans in episode order, each starting after the one before ends',
      // r2 (bette–cassie, S1E1–S1E2) starts before Bette's first span: repaired.
      'warning: show.json:$.relationships[1].from: starts in S1E1, before "bette" is introduced (S1E2) — read as starting in S1E2, when both are present; to keep S1E1, move the character\'s firstEpisode earlier',
    ]);
    const gap = problemsAfter((data) => {
      data.characters[0] = {
        id: 'bette',
        name: 'Bette',
        spans: [{ from: 'S1E1', until: 'S1E1' }, { from: 'S1E3' }],
      };
    });
    expect(gap).toContain(
      'show.json:$.relationships[1].until: holds in S1E2, while "bette" is out of the story (between its spans) — split it into one relationship per span, or extend the character\'s spans',
    );
  });

  it('asks a v1 file that uses spans to say schemaVersion 2', () => {
    const lines = problemsAfter((data) => {
      (data as { schemaVersion: number }).schemaVersion = 1;
      data.characters[0] = { id: 'bette', name: 'Bette', spans: [{ from: 'S1E1' }] };
    });
    expect(lines).toEqual([
      'show.json:$.characters[0].spans: field "spans" needs format v2 — set "schemaVersion": 2 at the top of the file, or remove it',
    ]);
  });

  it('refuses states out of episode order', () => {
    const lines = problemsAfter((data) => {
      data.characters[2] = {
        id: 'cassie',
        name: 'Cassie',
        states: [
          { state: 'awake', from: 3 },
          { state: 'in a coma', from: 1 },
        ],
      };
    });
    expect(lines).toEqual([
      'show.json:$.characters[2].states[1].from: state starts in S1E1, not after the previous state (S1E3) — list states in episode order, one per episode at most',
    ]);
  });

  it('lists every problem in the file, shape and meaning together, in file order', () => {
    const lines = problemsAfter((data) => {
      (data.show as { title: unknown }).title = 42;
      (data.characters[0] as { nmae?: string }).nmae = 'x';
      (data.relationships[0] as { target: string }).target = 'nobody';
      (data.relationships[1] as { from: unknown }).from = 0;
    });
    expect(lines).toEqual([
      'show.json:$.show.title: expected text in double quotes, found the number 42 — write text in double quotes here',
      'show.json:$.characters[0].nmae: unknown field "nmae" — did you mean "name"?',
      'show.json:$.relationships[0].target: unknown character "nobody" — use the id of a character listed in "characters", or add that character',
      'show.json:$.relationships[1].from: the number 0 is not an episode position — positions count from 1; or write an episode id such as "S1E3"',
    ]);
  });

  it('treats __proto__ and other object-key names as plain ids', () => {
    const data = minimalData();
    data.characters.push(
      { id: '__proto__', name: 'constructor' },
      { id: 'constructor', name: 'toString' },
    );
    data.relationships.push({
      id: '__proto__',
      source: '__proto__',
      target: 'constructor',
      type: 'parent',
      from: 1,
      sources: [{ source: 'article' }],
    });
    const result = validateGraphData(data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.characterById.get('__proto__')?.name).toBe('constructor');
    expect(Object.prototype).not.toHaveProperty('name');
    // An unknown id that is an Object.prototype member is still unknown.
    const lines = problemsAfter((broken) => {
      (broken.relationships[0] as { target: string }).target = 'hasOwnProperty';
    });
    expect(lines[0]).toContain('unknown character "hasOwnProperty"');
  });

  it('refuses a newer schemaVersion and a missing one with a fix', () => {
    const data: Record<string, unknown> = { ...minimalData(), schemaVersion: 3 };
    const newer = validateGraphData(data);
    expect(newer.ok ? [] : formatProblems('f', newer.problems)).toEqual([
      'f:$.schemaVersion: schemaVersion 3 is not supported — this file was written for a newer Plotweb; update Plotweb',
    ]);
    delete data.schemaVersion;
    const missing = validateGraphData(data);
    expect(missing.ok ? [] : formatProblems('f', missing.problems)).toEqual([
      'f:$.schemaVersion: missing required field "schemaVersion" — add "schemaVersion": 2 at the top of the file',
    ]);
  });
});

describe('episode notes and the sources of notes and states', () => {
  it('accepts an episode note, the uncovered mark and cited notes and states', () => {
    const lines = problemsAfter((data) => {
      data.episodes[1] = { id: 'S1E2', note: 'No source covers this episode.', uncovered: true };
      data.characters[2] = {
        id: 'cassie',
        name: 'Cassie',
        states: [{ state: 'in a coma', from: 'S1E1', sources: [{ source: 'article' }] }],
        notes: [{ from: 'S1E1', text: 'Falls.', sources: [{ source: 'article', detail: 'p. 2' }] }],
      };
    });
    expect(lines).toEqual([]);
  });

  it('names the file, the JSON path and a fix for a note or state citing an unknown source', () => {
    const lines = problemsAfter((data) => {
      data.characters[0] = {
        id: 'bette',
        name: 'Bette',
        notes: [
          { from: 'S1E1', text: 'Cited well.', sources: [{ source: 'article' }] },
          { from: 'S1E2', text: 'Cited badly.', sources: [{ source: 'artcle', detail: 'p. 1' }] },
        ],
        states: [{ state: 'hurt', from: 'S1E1', sources: [{ source: 'the-review' }] }],
      };
    });
    expect(lines).toEqual([
      // In file order: this character's notes come before its states.
      'show.json:$.characters[0].notes[1].sources[0].source: unknown source "artcle" — did you mean "article"?',
      'show.json:$.characters[0].states[0].sources[0].source: unknown source "the-review" — use the id of an entry in show.sources, or add the source there',
    ]);
  });

  it('refuses an empty sources list, an empty note and a non-boolean uncovered', () => {
    const lines = problemsAfter((data) => {
      (data.episodes[0] as Record<string, unknown>).note = '';
      (data.episodes[0] as Record<string, unknown>).uncovered = 'yes';
      data.characters[0] = {
        id: 'bette',
        name: 'Bette',
        notes: [{ from: 'S1E1', text: 'No citation.', sources: [] }],
      };
    });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^show\.json:\$\.episodes\[0\]\.note: .+ — .+/);
    expect(lines[1]).toMatch(/^show\.json:\$\.episodes\[0\]\.uncovered: .+ — .+/);
    expect(lines[2]).toMatch(/^show\.json:\$\.characters\[0\]\.notes\[0\]\.sources: .+ — .+/);
  });
});

describe('reading JSON text', () => {
  it('gives line and column for malformed JSON', async () => {
    const result = await validateGraphDataText(
      '{\n  "schemaVersion": 1,\n  "show": { "title": "x" \n  "episodes": []\n}',
    );
    expect(result.ok ? [] : formatProblems('bad.json', result.problems)).toEqual([
      'bad.json:4:3: malformed JSON: expected a comma — separate items and fields with commas',
    ]);
  });

  it('reports a truncated file at its end', async () => {
    const text = JSON.stringify(minimalData(), null, 2);
    const cut = text.slice(0, Math.floor(text.length / 2));
    const result = await validateGraphDataText(cut);
    expect(result.ok).toBe(false);
    const [line] = result.ok ? [] : formatProblems('cut.json', result.problems);
    expect(line).toMatch(/^cut\.json:\d+:\d+: malformed JSON: .+ — .+/);
  });

  it('refuses comments, trailing commas and empty files', async () => {
    for (const text of ['{ // hi\n}', '{"a": 1,}', '   ']) {
      const result = await validateGraphDataText(text);
      expect(result.ok).toBe(false);
    }
  });

  it('accepts a byte-order mark', async () => {
    expect((await validateGraphDataText(`\ufeff${JSON.stringify(minimalData())}`)).ok).toBe(true);
  });

  it('refuses more relationships than the limit before building the data', async () => {
    const relationship =
      '{"id":"r","source":"a","target":"b","type":"sibling","from":1,"sources":[{"source":"s"}]}';
    const text = `{"schemaVersion":1,"relationships":[${Array(MAX_RELATIONSHIPS + 1)
      .fill(relationship)
      .join(',')}]}`;
    const result = await validateGraphDataText(text);
    expect(result.ok ? [] : formatProblems('big.json', result.problems)).toEqual([
      'big.json:$.relationships: 200,001 relationships, over the 200,000 limit; the file was not loaded — split the show into several files (e.g. one per season)',
    ]);
  });
});

describe('characters that leave the story', () => {
  it('accepts a character with until and keeps its relationships inside it', () => {
    const lines = problemsAfter((data) => {
      data.characters[2] = {
        id: 'cassie',
        name: 'Cassie',
        firstEpisode: 1,
        until: 'S1E2',
        notes: [{ from: 3, text: 'later' }],
      };
      data.characters.push({ id: 'x', name: 'X', firstEpisode: 3, until: 2 });
    });
    expect(lines).toEqual([
      'show.json:$.characters[2].notes[0].from: unlocks in S1E3, after the character leaves the story (S1E2), so it is never shown — move the note earlier, or extend the character\'s "until"',
      'show.json:$.characters[3].until: leaves the story in S1E2, before being introduced (S1E3) — "until" is the last episode the character is shown; make it firstEpisode or later',
    ]);
    const open = problemsAfter((data) => {
      data.characters[2] = { id: 'cassie', name: 'Cassie', until: 'S1E1' };
      delete (data.relationships[1] as { until?: unknown }).until;
    });
    expect(open).toEqual([
      'show.json:$.relationships[1].from: holds until S1E3, after "cassie" leaves the story (S1E1) — end it with "until" no later than the character\'s "until", or extend the character',
    ]);
  });
});
