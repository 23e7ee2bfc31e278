import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, SCHEMA_FILES, schemaFileText } from '../../src/cli/schemaFile';
import { SCHEMA_URL } from '../../src/model';

describe('published JSON Schema', () => {
  it.each(SCHEMA_FILES.map((entry) => [entry.file, entry] as const))(
    '%s is up to date with src/model (run `npm run schema` when this fails)',
    (file, entry) => {
      expect(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')).toBe(entry.text());
    },
  );

  it('publishes v2 for new files and keeps v1 for old ones', () => {
    expect(SCHEMA_FILES.map((entry) => entry.file)).toEqual([
      'public/schema/v2.json',
      'public/schema/v1.json',
    ]);
    const v2 = JSON.parse(schemaFileText()) as {
      properties: { schemaVersion: { const: number } };
    };
    const v1 = JSON.parse((SCHEMA_FILES[1] as (typeof SCHEMA_FILES)[number]).text()) as {
      properties: { schemaVersion: { const: number } };
    };
    expect(v2.properties.schemaVersion.const).toBe(2);
    expect(v1.properties.schemaVersion.const).toBe(1);
    const v2Text = schemaFileText();
    for (const field of ['"emphasis"', '"arrow"', '"marker"']) {
      expect(v2Text).toContain(field);
      expect((SCHEMA_FILES[1] as (typeof SCHEMA_FILES)[number]).text()).not.toContain(field);
    }
  });

  it('is what data files point at, and describes the format', () => {
    const schema = JSON.parse(schemaFileText()) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(`public${SCHEMA_URL}`).toBe(SCHEMA_FILE);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'show',
        'episodes',
        'types',
        'characters',
        'relationships',
      ]),
    );
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'show', 'episodes', 'characters', 'relationships']),
    );
    const data = JSON.parse(
      readFileSync(new URL('../../graph-data/tiny-pretty-things-s1.json', import.meta.url), 'utf8'),
    ) as { $schema: string };
    expect(data.$schema).toBe(`../${SCHEMA_FILE}`);
  });
});
