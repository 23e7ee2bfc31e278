// The saved data file: "$schema" first, formatted, valid, named after the show.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonFileName, toPlotwebJson } from '../../../src/app/dropImport/plotwebJson';
import { validateGraphDataText, type GraphData } from '../../../src/model';

const SCHEMA = 'https://example.org/schema/v1.json';

describe('toPlotwebJson', () => {
  it('writes "$schema" first, two-space indented, and still validates', async () => {
    const data: GraphData = {
      schemaVersion: 2,
      show: { title: 'Mine', sources: [{ id: 's', title: 'notes' }] },
      episodes: [{ id: 'S1E1' }],
      characters: [{ id: 'a', name: 'Ann' }],
      relationships: [],
    };
    const text = toPlotwebJson(data, SCHEMA);
    expect(text.startsWith(`{\n  "$schema": "${SCHEMA}",\n  "schemaVersion": 2,\n`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const result = await validateGraphDataText(text);
    expect(result.ok && result.data.characters).toEqual(data.characters);
  });

  it('keeps a "$schema" the file already had, still first', async () => {
    const shipped = await validateGraphDataText(
      readFileSync('graph-data/tiny-pretty-things-s1.json', 'utf8'),
    );
    if (!shipped.ok) throw new Error('shipped data is invalid');
    const text = toPlotwebJson(shipped.data, SCHEMA);
    expect(Object.keys(JSON.parse(text) as object)[0]).toBe('$schema');
    expect((JSON.parse(text) as { $schema: string }).$schema).toBe('../public/schema/v2.json');
  });
});

describe('jsonFileName', () => {
  it('makes a file name from the title', () => {
    expect(jsonFileName('Tiny Pretty Things')).toBe('tiny-pretty-things.json');
    expect(jsonFileName('  Élite: Season 2!  ')).toBe('elite-season-2.json');
    expect(jsonFileName('日本')).toBe('show.json');
    expect(jsonFileName('x'.repeat(100))).toBe(`${'x'.repeat(60)}.json`);
  });
});
