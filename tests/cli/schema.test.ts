import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaFileText } from '../../src/cli/schemaFile';
import { SCHEMA_URL } from '../../src/model';

describe('published JSON Schema', () => {
  it('is up to date with src/model/schema.ts (run `npm run schema` when this fails)', () => {
    expect(readFileSync(new URL(`../../${SCHEMA_FILE}`, import.meta.url), 'utf8')).toBe(
      schemaFileText(),
    );
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
