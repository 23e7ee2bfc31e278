// The embed widget's options, defined once. For each: its <plotweb-graph> attribute, its
// embed.html query parameter, its default, and how a raw string is read. The snippet writer,
// the custom element, the iframe page and the Embed dialog all go through this table, so
// the names, limits and defaults cannot drift apart again.
import * as v from 'valibot';

export const EMBED_CONTROLS = ['timeline', 'stepper', 'none'] as const;
export type EmbedControls = (typeof EMBED_CONTROLS)[number];

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedThemeChoice = (typeof EMBED_THEMES)[number];

/** The widget's pixel height: what a snippet may ask for, and what it gets when it asks nothing. */
export const EMBED_HEIGHT = { min: 240, max: 1600, default: 480 } as const;

export interface EmbedOptions {
  /** URL of a graph-data file, relative to the page. */
  readonly src: string;
  readonly episode: string | undefined;
  /** Spoiler cap: nothing after this episode is shown or reachable. */
  readonly maxEpisode: string | undefined;
  readonly controls: EmbedControls;
  readonly theme: EmbedThemeChoice;
  /** Pixel height of the whole widget. */
  readonly height: number;
  /** Relationship types to show; undefined shows all. */
  readonly types: readonly string[] | undefined;
  /** Where "Open in Plotweb" points; the widget adds show and episode. */
  readonly appUrl: string | undefined;
}

export type EmbedNaming = 'attribute' | 'query';

/** embed.html's own parameter: the catalogue slug it finds the data file by (instead of src). */
export const EMBED_SHOW_QUERY = 'show';

export function clampEmbedHeight(height: number): number {
  if (!Number.isFinite(height)) return EMBED_HEIGHT.default;
  return Math.max(EMBED_HEIGHT.min, Math.min(EMBED_HEIGHT.max, Math.round(height)));
}

interface OptionSpec<T> {
  readonly attribute: string;
  readonly query: string;
  readonly default: T;
  /** From the raw string (null when absent) to the value; anything it rejects reads as the default. */
  readonly schema: v.GenericSchema<unknown, T>;
  /** The raw string the schema reads back as the same value; '' says nothing. */
  readonly write: (value: T) => string;
}

type ValueSpec<T> = Omit<OptionSpec<T>, 'attribute' | 'query'>;

// Absent and empty both mean "not set": a blogger's episode="" is no episode.
const optionalText: ValueSpec<string | undefined> = {
  default: undefined,
  schema: v.fallback(v.optional(v.pipe(v.string(), v.nonEmpty())), undefined),
  write: (value) => value ?? '',
};

/**
 * The app's address for "Open in Plotweb": http(s) or relative only, read the way a browser
 * reads it (tabs and line breaks dropped, leading spaces and controls trimmed), so
 * "java\tscript:" is no way round it. Anything else reads as no link.
 */
export function isWebAddress(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- what a URL parser ignores is the point
  const seen = text.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(seen)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https';
}

const webAddress: ValueSpec<string | undefined> = {
  default: undefined,
  schema: v.fallback(
    v.optional(v.pipe(v.string(), v.nonEmpty(), v.check(isWebAddress))),
    undefined,
  ),
  write: (value) => value ?? '',
};

/** One of a fixed list; anything else reads as the default. */
const choice = <T extends string>(values: readonly T[], fallback: T): ValueSpec<T> => ({
  default: fallback,
  schema: v.fallback(v.picklist(values), fallback),
  write: (value) => value,
});

const height: ValueSpec<number> = {
  default: EMBED_HEIGHT.default,
  // parseInt, not Number: "720px" is 720, as it always was.
  schema: v.fallback(
    v.pipe(
      v.string(),
      v.transform((text) => Number.parseInt(text, 10)),
      v.finite(),
      v.transform(clampEmbedHeight),
    ),
    EMBED_HEIGHT.default,
  ),
  write: String,
};

// Blank reads as "all types", like absent; a comma separates ids, spaces around them go.
const typeList: ValueSpec<readonly string[] | undefined> = {
  default: undefined,
  schema: v.fallback(
    v.optional(
      v.pipe(
        v.string(),
        v.check((text) => text.trim() !== ''),
        v.transform((text): readonly string[] =>
          text
            .split(',')
            .map((type) => type.trim())
            .filter((type) => type !== ''),
        ),
      ),
    ),
    undefined,
  ),
  write: (value) => value?.join(',') ?? '',
};

// One entry per option, in the order snippets write them.
const SPECS: { readonly [K in keyof EmbedOptions]: OptionSpec<EmbedOptions[K]> } = {
  src: {
    attribute: 'src',
    query: 'src',
    default: '',
    schema: v.fallback(v.string(), ''),
    write: (value) => value,
  },
  episode: { attribute: 'episode', query: 'ep', ...optionalText },
  maxEpisode: { attribute: 'max-episode', query: 'cap', ...optionalText },
  controls: { attribute: 'controls', query: 'controls', ...choice(EMBED_CONTROLS, 'timeline') },
  theme: { attribute: 'theme', query: 'theme', ...choice(EMBED_THEMES, 'auto') },
  height: { attribute: 'height', query: 'height', ...height },
  types: { attribute: 'types', query: 'types', ...typeList },
  appUrl: { attribute: 'app-url', query: 'app', ...webAddress },
};

const KEYS = Object.keys(SPECS) as (keyof EmbedOptions)[];

const namesBy = (naming: EmbedNaming) =>
  Object.fromEntries(KEYS.map((key) => [key, SPECS[key][naming]])) as Readonly<
    Record<keyof EmbedOptions, string>
  >;

/** <plotweb-graph>'s attribute per option (its observedAttributes are these). */
export const EMBED_ATTRIBUTES = namesBy('attribute');
/** embed.html's query parameter per option. */
export const EMBED_QUERY_PARAMS = namesBy('query');

export const EMBED_DEFAULTS: EmbedOptions = Object.fromEntries(
  KEYS.map((key) => [key, SPECS[key].default]),
) as unknown as EmbedOptions;

/** One option from its raw string; never throws: a bad value reads as the default, a height is clamped. */
export function readEmbedOption<K extends keyof EmbedOptions>(
  key: K,
  raw: string | null,
): EmbedOptions[K] {
  const spec: OptionSpec<EmbedOptions[K]> = SPECS[key];
  return v.parse(spec.schema, raw);
}

/** Options from any attribute-like source: getAttribute for the element, URLSearchParams.get for the iframe. */
export function readEmbedOptions(
  get: (name: string) => string | null,
  naming: EmbedNaming,
): EmbedOptions {
  const read = <K extends keyof EmbedOptions>(key: K) =>
    readEmbedOption(key, get(SPECS[key][naming]));
  return {
    src: read('src'),
    episode: read('episode'),
    maxEpisode: read('maxEpisode'),
    controls: read('controls'),
    theme: read('theme'),
    height: read('height'),
    types: read('types'),
    appUrl: read('appUrl'),
  };
}

/**
 * The name/value pairs that say how these options differ from the defaults, in table order.
 * A value that writes as its default's text, or as nothing, is left out: the reader assumes it.
 * (So an empty type list is left out too and reads back as "all types".)
 */
export function writeEmbedOptions(
  options: EmbedOptions,
  naming: EmbedNaming,
): readonly (readonly [name: string, value: string])[] {
  const pair = <K extends keyof EmbedOptions>(key: K) => {
    const spec: OptionSpec<EmbedOptions[K]> = SPECS[key];
    const value = spec.write(options[key]);
    return value === '' || value === spec.write(spec.default)
      ? []
      : [[spec[naming], value] as const];
  };
  return KEYS.flatMap(pair);
}
