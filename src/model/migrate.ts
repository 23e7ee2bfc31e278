// Old format versions, read forward to the current one (tldraw-style): a file is
// validated against the shape of its own version, then migrated, so everything after
// validation sees one format.
import { SCHEMA_URL, SCHEMA_VERSION, type GraphData } from './schema';
import { SCHEMA_URL_V1, type GraphDataV1 } from './schemaV1';

/**
 * v1 → v2: v2 only adds optional fields, so the content carries over as it is. A `$schema`
 * naming v1's JSON Schema is pointed at v2's, so a saved copy does not contradict itself.
 */
export function migrateV1(data: GraphDataV1): GraphData {
  const { $schema, ...rest } = data;
  const pointer = $schema?.endsWith(SCHEMA_URL_V1)
    ? `${$schema.slice(0, -SCHEMA_URL_V1.length)}${SCHEMA_URL}`
    : $schema;
  return {
    ...(pointer === undefined ? {} : { $schema: pointer }),
    ...rest,
    schemaVersion: SCHEMA_VERSION,
  };
}
