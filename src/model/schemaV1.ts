// Graph-data format v1, kept to read old files: v2 without the look fields (a type's
// `emphasis` and `arrow`, a state's `marker`, an episode's `note` and `uncovered`, the
// `sources` of notes and states). Built from the v2 pieces, so the two
// cannot differ anywhere else. A v1 file that uses a v2 field is refused with a hint to
// raise its schemaVersion, rather than read with a field its version does not define.
import * as v from 'valibot';
import {
  characterEntriesV1,
  episodeEntriesV1,
  relationshipSchema,
  showSchema,
  typeEntriesV1,
} from './schema';

export const SCHEMA_VERSION_V1 = 1;
export const SCHEMA_URL_V1 = '/schema/v1.json';

export const graphDataSchemaV1 = v.strictObject({
  $schema: v.optional(v.string()),
  schemaVersion: v.literal(SCHEMA_VERSION_V1),
  show: showSchema,
  episodes: v.pipe(v.array(v.strictObject(episodeEntriesV1)), v.minLength(1)),
  types: v.optional(v.array(v.strictObject(typeEntriesV1))),
  characters: v.array(v.strictObject(characterEntriesV1)),
  relationships: v.array(relationshipSchema),
});

export type GraphDataV1 = v.InferOutput<typeof graphDataSchemaV1>;
