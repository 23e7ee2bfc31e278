// The JSON Schema files' exact text, shared by `npm run schema` and the staleness test.
// The current format's file is what new data files point at; v1's stays published for
// the files that still name it.
import { toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { graphDataSchema, SCHEMA_URL, SCHEMA_VERSION } from '../model';
import { graphDataSchemaV1, SCHEMA_URL_V1, SCHEMA_VERSION_V1 } from '../model/schemaV1';

export interface SchemaFile {
  readonly file: string;
  readonly text: () => string;
}

function schemaText(schema: GenericSchema, url: string, version: number): string {
  const json = {
    ...toJsonSchema(schema, { target: 'draft-2020-12', errorMode: 'throw' }),
    $id: `https://plotweb.invalid${url}`,
    title: `Plotweb graph-data v${version}`,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export const SCHEMA_FILE = `public${SCHEMA_URL}`;

export function schemaFileText(): string {
  return schemaText(graphDataSchema, SCHEMA_URL, SCHEMA_VERSION);
}

/** Every published schema, newest first. */
export const SCHEMA_FILES: readonly SchemaFile[] = [
  { file: SCHEMA_FILE, text: schemaFileText },
  {
    file: `public${SCHEMA_URL_V1}`,
    text: () => schemaText(graphDataSchemaV1, SCHEMA_URL_V1, SCHEMA_VERSION_V1),
  },
];
