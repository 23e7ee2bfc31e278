// `npm run schema`: writes the format's JSON Schemas for editors to public/schema/ (the
// current v2.json, and v1.json for older files).
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILES } from './schemaFile';

for (const { file, text } of SCHEMA_FILES) {
  writeFileSync(file, text());
  console.log(`wrote ${file}`);
}
