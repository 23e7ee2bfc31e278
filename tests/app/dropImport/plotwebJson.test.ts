// @vitest-environment jsdom
// The saved data file: "$schema" first, formatted, valid, named after the show.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  downloadPlotwebJson,
  jsonFileName,
  toPlotwebJson,
} from '../../../src/app/dropImport/plotwebJson';
import { saveBlob } from '../../../src/app/saveBlob';
import { validateGraphDataText, type GraphData } from '../../../src/model';
import { minimalData } from '../../fixtures/data';

vi.mock('../../../src/app/saveBlob', () => ({ saveBlob: vi.fn() }));

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

describe('downloadPlotwebJson', () => {
  it('saves nothing over the size the app and validate read, and says how big it would be', () => {
    const saved = vi.mocked(saveBlob);
    const data = minimalData();
    // Each control character becomes six bytes ("\u0001") in JSON: about 54 MB in all.
    const relationships = data.relationships.map((relationship, index) =>
      index === 0 ? { ...relationship, note: '\u0001'.repeat(9_000_000) } : relationship,
    );
    const line = downloadPlotwebJson({ ...data, relationships });
    expect(line).toMatch(
      /^test-show\.json:\$: the show's JSON would be 5\d\.\d MB, over the 50 MB limit that validate, the app and the widget read; it was not written — /,
    );
    expect(saved).not.toHaveBeenCalled();
    expect(downloadPlotwebJson(data)).toBeUndefined();
    expect(saved).toHaveBeenCalledTimes(1);
  });
});
