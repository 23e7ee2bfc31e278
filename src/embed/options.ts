// Widget options, read the same way from <plotweb-graph> attributes and embed.html's query.
export type Controls = 'timeline' | 'stepper' | 'none';
export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  /** URL of a graph-data file, relative to the page. */
  readonly src: string;
  readonly episode: string | undefined;
  /** Spoiler cap: nothing after this episode is shown or reachable. */
  readonly maxEpisode: string | undefined;
  readonly controls: Controls;
  readonly theme: EmbedTheme;
  /** Pixel height of the whole widget. */
  readonly height: number;
  /** Relationship types to show; undefined shows all. */
  readonly types: readonly string[] | undefined;
  /** Where "Open in Plotweb" points; the widget adds show and episode. */
  readonly appUrl: string | undefined;
}

export const DEFAULT_HEIGHT = 480;
const MIN_HEIGHT = 240;
const MAX_HEIGHT = 1600;

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.find((option) => option === value) ?? fallback;

export function readHeight(value: string | null): number {
  const height = Number.parseInt(value ?? '', 10);
  return Number.isFinite(height)
    ? Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, height))
    : DEFAULT_HEIGHT;
}

/** Options from any attribute-like source: getAttribute for the element, URLSearchParams.get for the iframe. */
export function readOptions(
  get: (name: string) => string | null,
  names: Record<keyof EmbedOptions, string>,
): EmbedOptions {
  const types = get(names.types);
  return {
    src: get(names.src) ?? '',
    episode: get(names.episode) || undefined,
    maxEpisode: get(names.maxEpisode) || undefined,
    controls: oneOf(get(names.controls), ['timeline', 'stepper', 'none'] as const, 'timeline'),
    theme: oneOf(get(names.theme), ['light', 'dark', 'auto'] as const, 'auto'),
    height: readHeight(get(names.height)),
    types:
      types === null || types.trim() === ''
        ? undefined
        : types
            .split(',')
            .map((type) => type.trim())
            .filter((type) => type !== ''),
    appUrl: get(names.appUrl) || undefined,
  };
}

export const ELEMENT_ATTRIBUTES: Record<keyof EmbedOptions, string> = {
  src: 'src',
  episode: 'episode',
  maxEpisode: 'max-episode',
  controls: 'controls',
  theme: 'theme',
  height: 'height',
  types: 'types',
  appUrl: 'app-url',
};
