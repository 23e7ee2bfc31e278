// Graph-data format v2: the one definition of the file's shape. The validator,
// the TypeScript types and public/schema/v2.json (for editors) all come from here.
// v2 adds how a type looks (`emphasis`, `arrow`), a state's `marker` and a character's
// `spans`, and later (additive, still v2) an episode's `note` and `uncovered` and the
// `sources` of notes and states; v1 files are checked against the v1 shape (schemaV1.ts, built from these
// pieces) and migrated.
// Valibot rather than zod: measured with esbuild, a schema like this costs ~2 KB gzip
// in valibot and ~53 KB in zod/mini, and the embed widget has a 160 KiB budget.
import * as v from 'valibot';

export const SCHEMA_VERSION = 2;
export const SCHEMA_URL = '/schema/v2.json';

const text = v.pipe(v.string(), v.minLength(1));
const described = <T extends v.GenericSchema>(schema: T, description: string) =>
  v.pipe(schema, v.description(description));
const positiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));

/** How authors point at an episode: its id ("S1E3"), "E3" within a one-season show, or a 1-based position. */
export const episodeRefSchema = described(
  v.union([text, positiveInt]),
  'An episode id such as "S1E3", "E3" in a one-season show, or a 1-based position.',
);

export const sourceSchema = v.strictObject({
  id: described(text, 'Short id that relationships cite, e.g. "article".'),
  title: text,
  url: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^https?:\/\/\S+$/, 'a full http(s) address'),
      v.url('a full http(s) address'),
    ),
  ),
  published: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
    ),
  ),
  author: v.optional(text),
  publisher: v.optional(text),
});

export const showSchema = v.strictObject({
  title: text,
  medium: v.optional(v.picklist(['tv', 'film', 'book', 'play', 'podcast', 'web', 'other'])),
  season: v.optional(v.union([positiveInt, text])),
  network: v.optional(text),
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(3000))),
  description: v.optional(text),
  sources: v.pipe(v.array(sourceSchema), v.minLength(1)),
  credits: v.optional(described(text, 'Who wrote this data file.')),
  license: v.optional(described(text, 'Licence of the data file, e.g. "CC-BY-4.0".')),
  notes: v.optional(described(v.array(text), 'How the data was made: choices, guesses, gaps.')),
});

/** An episode as format v1 knew it; v2 adds its `note` and `uncovered`. */
export const episodeEntriesV1 = {
  id: v.pipe(
    v.string(),
    v.regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/,
      'letters, digits, ".", "_" or "-" (at most 40), e.g. "S1E1" or "A1S5"',
    ),
  ),
  title: v.optional(text),
  season: v.optional(v.union([positiveInt, text])),
};

export const episodeSchema = v.strictObject({
  ...episodeEntriesV1,
  note: v.optional(
    described(
      text,
      'A remark about the episode for the viewer, in your own words, e.g. that no source covers it.',
    ),
  ),
  uncovered: v.optional(
    described(
      v.boolean(),
      'true when no source covers the episode, so its facts are left out rather than guessed; say so in "note".',
    ),
  ),
});

const colorSchema = v.pipe(
  v.string(),
  v.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'a hex colour such as "#009E73"'),
);

/** A type as format v1 knew it; v2 adds how it looks. */
export const typeEntriesV1 = {
  id: text,
  label: text,
  color: v.optional(colorSchema),
  line: v.optional(v.picklist(['solid', 'dashed', 'dotted'])),
  directed: v.optional(v.boolean()),
  description: v.optional(text),
};

export const typeSchema = v.strictObject({
  ...typeEntriesV1,
  emphasis: v.optional(
    described(
      v.picklist(['normal', 'strong']),
      '"strong" draws the line heavier, for relationships a viewer must not miss.',
    ),
  ),
  arrow: v.optional(
    described(
      v.picklist(['filled', 'hollow']),
      'The arrowhead of a directed type; "hollow" for something uncertain, such as a suspicion.',
    ),
  ),
});

export const groupSchema = v.strictObject({
  id: described(text, 'What characters put in "group", e.g. "students"; unique.'),
  label: described(text, 'Display name of the group, e.g. "Students".'),
  color: v.optional(described(colorSchema, 'Node colour; if missing, taken from the palette.')),
  description: v.optional(text),
});

export const citationSchema = v.strictObject({
  source: text,
  detail: v.optional(text),
});

const citationsSchema = v.pipe(v.array(citationSchema), v.minLength(1));

export const stateEntriesV1 = { state: text, from: episodeRefSchema };

export const stateSchema = v.strictObject({
  ...stateEntriesV1,
  marker: v.optional(
    described(
      v.picklist(['dead', 'coma', 'other', 'none']),
      'How the node is marked while in this state; without it, read from the state text.',
    ),
  ),
  sources: v.optional(described(citationsSchema, 'Where the state comes from (v2).')),
});

export const noteEntriesV1 = { from: episodeRefSchema, text };

export const noteSchema = v.strictObject({
  ...noteEntriesV1,
  sources: v.optional(described(citationsSchema, 'Where the note comes from (v2).')),
});

/** A character as format v1 knew it, without its states (whose shape changed in v2). */
export const characterEntriesV1 = {
  id: text,
  name: text,
  actor: v.optional(text),
  group: v.optional(text),
  firstEpisode: v.optional(episodeRefSchema),
  until: v.optional(
    described(
      episodeRefSchema,
      'The last episode in which the character is in the story (e.g. a placeholder later named).',
    ),
  ),
  states: v.optional(v.array(v.strictObject(stateEntriesV1))),
  notes: v.optional(v.array(v.strictObject(noteEntriesV1))),
  position: v.optional(v.strictObject({ x: v.number(), y: v.number() })),
};

/** One stretch of episodes in which a character is in the story (v2). */
export const spanSchema = v.strictObject({
  from: described(episodeRefSchema, 'First episode of this stretch.'),
  until: v.optional(
    described(episodeRefSchema, 'Last episode of this stretch; absent: to the end (last only).'),
  ),
});

export const characterSchema = v.strictObject({
  ...characterEntriesV1,
  states: v.optional(v.array(stateSchema)),
  notes: v.optional(v.array(noteSchema)),
  spans: v.optional(
    described(
      v.pipe(v.array(spanSchema), v.minLength(1)),
      'The stretches in which the character is in the story, in order, when it leaves and comes back; instead of firstEpisode and until.',
    ),
  ),
});

export const relationshipSchema = v.strictObject({
  id: text,
  source: described(text, 'Character id; for a directed type, the one who acts.'),
  target: described(text, 'Character id; for a directed type, the one acted upon.'),
  type: text,
  from: described(episodeRefSchema, 'The episode in which the viewer learns of it.'),
  until: v.optional(described(episodeRefSchema, 'The last episode in which it holds.')),
  happened: v.optional(described(episodeRefSchema, 'When it truly happened, if revealed later.')),
  note: v.optional(text),
  sources: citationsSchema,
});

export const graphDataSchema = v.strictObject({
  $schema: v.optional(v.string()),
  schemaVersion: v.literal(SCHEMA_VERSION),
  show: showSchema,
  episodes: v.pipe(v.array(episodeSchema), v.minLength(1)),
  types: v.optional(v.array(typeSchema)),
  groups: v.optional(
    described(v.array(groupSchema), 'Character groups with display names and colours.'),
  ),
  characters: v.array(characterSchema),
  relationships: v.array(relationshipSchema),
});

/** The catalogue the app reads to list shows: graph-data/index.json. */
export const catalogSchema = v.strictObject({
  $schema: v.optional(v.string()),
  shows: v.pipe(
    v.array(
      v.strictObject({
        slug: v.pipe(
          v.string(),
          v.regex(
            /^[a-z0-9][a-z0-9-]{0,79}$/,
            'lowercase letters, digits and "-", e.g. "my-show-s1"',
          ),
        ),
        file: v.pipe(
          v.string(),
          v.regex(
            /^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/,
            'a file name in graph-data/ ending in .json',
          ),
        ),
        title: text,
        episodes: v.optional(positiveInt),
        description: v.optional(text),
      }),
    ),
    v.minLength(1),
  ),
});

export type EpisodeRef = v.InferOutput<typeof episodeRefSchema>;
export type GraphData = v.InferOutput<typeof graphDataSchema>;
export type GraphDataEpisode = v.InferOutput<typeof episodeSchema>;
export type GraphDataCharacter = v.InferOutput<typeof characterSchema>;
export type GraphDataSpan = v.InferOutput<typeof spanSchema>;
export type GraphDataRelationship = v.InferOutput<typeof relationshipSchema>;
export type GraphDataGroup = v.InferOutput<typeof groupSchema>;
export type GraphDataSource = v.InferOutput<typeof sourceSchema>;
export type Catalog = v.InferOutput<typeof catalogSchema>;
