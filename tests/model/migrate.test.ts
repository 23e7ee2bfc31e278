// Format v1 files keep loading: validated against v1's shape, then migrated to v2.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatProblems,
  SCHEMA_VERSION,
  validateGraphData,
  validateGraphDataText,
} from '../../src/model';
import { migrateV1 } from '../../src/model/migrate';
import { minimalData, shippedDataset } from '../fixtures/data';

/** A v2 file written as v1: same content, older version and schema pointer. */
function asV1(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, $schema: '../public/schema/v1.json', schemaVersion: 1 };
}

/**
 * The shipped data without what only v2 defines: groups, a type's emphasis and arrow, a
 * state's marker and sources, a note's sources, an episode's note and uncovered mark.
 */
function withoutV2Fields(data: Record<string, unknown>): Record<string, unknown> {
  const rest = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'groups'));
  const strip = (item: unknown, fields: readonly string[]) =>
    Object.fromEntries(
      Object.entries(item as Record<string, unknown>).filter(([key]) => !fields.includes(key)),
    );
  const stripEach = (items: unknown, fields: readonly string[]) =>
    (items as unknown[] | undefined)?.map((item) => strip(item, fields));
  return {
    ...rest,
    episodes: stripEach(data.episodes, ['note', 'uncovered']),
    types: stripEach(data.types ?? [], ['emphasis', 'arrow']),
    characters: (data.characters as Record<string, unknown>[]).map((character) => {
      const states = stripEach(character.states, ['marker', 'sources']);
      const notes = stripEach(character.notes, ['sources']);
      return { ...character, ...(states && { states }), ...(notes && { notes }) };
    }),
  };
}

describe('format v1 → v2', () => {
  it('loads a v1 file and builds the same dataset as its v2 twin', () => {
    const v2 = withoutV2Fields(shippedDataset());
    const fromV2 = validateGraphData(v2);
    const fromV1 = validateGraphData(asV1(v2));
    if (!fromV1.ok || !fromV2.ok) throw new Error('the shipped data should validate both ways');
    expect(fromV1.dataset).toEqual(fromV2.dataset);
    expect(fromV1.data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(fromV1.data).toEqual(fromV2.data);
  });

  it('points a v1 "$schema" at v2, and leaves other addresses alone', () => {
    const v1 = { ...asV1(minimalData() as unknown as Record<string, unknown>) };
    const result = validateGraphData(v1);
    expect(result.ok && result.data.$schema).toBe('../public/schema/v2.json');
    expect(Object.keys(result.ok ? result.data : {}).slice(0, 2)).toEqual([
      '$schema',
      'schemaVersion',
    ]);
    const elsewhere = validateGraphData({ ...v1, $schema: 'https://example.org/my.json' });
    expect(elsewhere.ok && elsewhere.data.$schema).toBe('https://example.org/my.json');
    const bare = { ...v1 };
    delete bare.$schema;
    const none = validateGraphData(bare);
    expect(none.ok && '$schema' in none.data).toBe(false);
  });

  it('migrates without losing a field', () => {
    const data = { ...minimalData(), schemaVersion: 1 as const };
    expect(migrateV1(data)).toEqual({ ...data, schemaVersion: 2 });
  });

  it('refuses v2-only fields in a v1 file, saying to raise the version', () => {
    const data = asV1(minimalData() as unknown as Record<string, unknown>);
    data.types = [{ id: 'parent', label: 'Parent', directed: true, emphasis: 'strong' }];
    data.characters = [
      { id: 'bette', name: 'Bette', states: [{ state: 'gone', from: 'S1E1', marker: 'dead' }] },
      { id: 'delia', name: 'Delia' },
      { id: 'cassie', name: 'Cassie' },
    ];
    const result = validateGraphData(data);
    expect(result.ok ? [] : formatProblems('f', result.problems)).toEqual([
      'f:$.types[0].emphasis: field "emphasis" needs format v2 — set "schemaVersion": 2 at the top of the file, or remove it',
      'f:$.characters[0].states[0].marker: field "marker" needs format v2 — set "schemaVersion": 2 at the top of the file, or remove it',
    ]);
    expect(validateGraphData({ ...data, schemaVersion: 2 }).ok).toBe(true);
  });

  it("refuses an episode's note and the sources of notes and states in a v1 file, and only there", () => {
    const data = asV1(minimalData() as unknown as Record<string, unknown>);
    data.episodes = [{ id: 'S1E1', note: 'No source covers it.', uncovered: true }, { id: 'S1E2' }];
    data.characters = [
      {
        id: 'bette',
        name: 'Bette',
        states: [{ state: 'hurt', from: 'S1E1', sources: [{ source: 'article' }] }],
        notes: [{ from: 'S1E1', text: 'Hurt.', sources: [{ source: 'article' }], note: 'x' }],
      },
      { id: 'delia', name: 'Delia' },
      { id: 'cassie', name: 'Cassie' },
    ];
    const result = validateGraphData(data);
    const needs = (path: string, field: string) =>
      `f:$.${path}: field "${field}" needs format v2 — set "schemaVersion": 2 at the top of the file, or remove it`;
    expect(result.ok ? [] : formatProblems('f', result.problems)).toEqual([
      needs('episodes[0].note', 'note'),
      needs('episodes[0].uncovered', 'uncovered'),
      needs('characters[0].states[0].sources', 'sources'),
      needs('characters[0].notes[0].sources', 'sources'),
      // "note" on a note is a typo in any version, not a v2 field.
      'f:$.characters[0].notes[0].note: unknown field "note" — remove it; fields allowed here: from, text',
    ]);
  });

  it('still reports v1 problems as before', () => {
    const data = asV1(minimalData() as unknown as Record<string, unknown>);
    data.types = [{ id: 'parent', label: 'Parent', colour: '#fff' }];
    const result = validateGraphData(data);
    expect(result.ok ? [] : formatProblems('f', result.problems)).toEqual([
      'f:$.types[0].colour: unknown field "colour" — did you mean "color"?',
    ]);
  });

  it('reads the v2 look fields, and refuses values they do not allow', () => {
    const data = minimalData();
    data.characters[2] = {
      id: 'cassie',
      name: 'Cassie',
      states: [{ state: 'asleep', from: 'S1E1', marker: 'coma' }],
    };
    const result = validateGraphData(data);
    expect(result.ok && result.dataset.characterById.get('cassie')?.states[0]?.marker).toBe('coma');
    const wrong = validateGraphData({
      ...data,
      types: [{ id: 'parent', label: 'Parent', arrow: 'open' }],
    });
    expect(wrong.ok ? [] : formatProblems('f', wrong.problems)).toEqual([
      'f:$.types[0].arrow: text "open" is not allowed here — use one of "filled", "hollow"',
    ]);
  });
});

describe('shipped data', () => {
  const files = readdirSync('graph-data').filter(
    (name) => name.endsWith('.json') && name !== 'index.json',
  );

  it.each(files)('%s validates as the current format', async (name) => {
    const result = await validateGraphDataText(readFileSync(`graph-data/${name}`, 'utf8'));
    expect(result.ok ? [] : formatProblems(name, result.problems)).toEqual([]);
    expect(result.ok && result.data.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('finds the shipped files', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });
});
