// The JSON Schema file's exact text, shared by `npm run schema` and the staleness test.
import { toJsonSchema } from '@valibot/to-json-schema';
import { graphDataSchema, SCHEMA_URL } from '../model';

export const SCHEMA_FILE = 'public/schema/v1.json';

export function schemaFileText(): string {
  const schema = {
    ...toJsonSchema(graphDataSchema, { target: 'draft-2020-12', errorMode: 'throw' }),
    $id: `https://plotweb.invalid${SCHEMA_URL}`,
    title: 'Plotweb graph-data v1',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
