// `npm run schema`: writes the format's JSON Schema for editors to public/schema/v1.json.
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE, schemaFileText } from './schemaFile';

writeFileSync(SCHEMA_FILE, schemaFileText());
console.log(`wrote ${SCHEMA_FILE}`);
