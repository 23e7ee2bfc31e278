// The HTML a blogger pastes: an iframe or a script + <plotweb-graph>, with fallback content
// (picture and text list) for platforms that strip scripts. Every value is escaped.
// The widget's options are written by the option table (embedOptions.ts), defaults left out.
import {
  EMBED_SHOW_QUERY,
  writeEmbedOptions,
  type EmbedControls,
  type EmbedOptions,
  type EmbedThemeChoice,
} from './embedOptions';

export type EmbedKind = 'iframe' | 'script';

export interface EmbedSnippetOptions {
  readonly kind: EmbedKind;
  /** Where Plotweb is hosted, ending in "/": the app, embed.html, embed/, data/, share/. */
  readonly siteUrl: string;
  readonly show: string;
  readonly dataFile: string;
  readonly title: string;
  readonly episode: string | undefined;
  readonly cap: string | undefined;
  readonly controls: EmbedControls;
  readonly theme: EmbedThemeChoice;
  readonly height: number;
  /** Types to show; undefined shows all. */
  readonly types: readonly string[] | undefined;
  /** Plain-text lines, one per relationship, for the fallback list. */
  readonly relationships: readonly string[];
  /**
   * Where the widget gets the show when it is not one of the site's own (catalogue) shows:
   * carried inside the snippet, or a data file the blogger hosts (any URL that serves CORS).
   */
  readonly data?: CarriedData | HostedData | undefined;
}

/** The show inside the snippet: packed (packShow) for the iframe's fragment, JSON for the element. */
export interface CarriedData {
  readonly kind: 'carried';
  readonly packed: string;
  readonly json: string;
}

export interface HostedData {
  readonly kind: 'hosted';
  readonly src: string;
}

/** JSON that can sit inside <script> in HTML: no "<" at all, so no "</script>" and no "<!--". */
export function scriptSafeJson(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/** The app, opening the carried show from its fragment; or the site's app for a catalogue show. */
function appUrlOf(options: EmbedSnippetOptions): string | undefined {
  if (options.data?.kind === 'carried') return `${options.siteUrl}#data=${options.data.packed}`;
  if (options.data?.kind === 'hosted') return undefined;
  return `${options.siteUrl}?${new URLSearchParams({ show: options.show }).toString()}`;
}

/** The static share page of a catalogue show's episode; other shows have none. */
function shareUrlOf(options: EmbedSnippetOptions): string | undefined {
  if (options.data !== undefined || !options.episode) return undefined;
  return sharePageUrl(options.siteUrl, options.show, options.episode);
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const attributes = (entries: readonly (readonly [string, string | number])[]) =>
  entries.map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`).join('');

/** What the widget itself is told; src and the app link only the element carries. */
function widgetOptions(
  options: EmbedSnippetOptions,
  links: Pick<EmbedOptions, 'src' | 'appUrl'>,
): EmbedOptions {
  return {
    ...links,
    episode: options.episode,
    maxEpisode: options.cap,
    controls: options.controls,
    theme: options.theme,
    height: options.height,
    types: options.types,
  };
}

/** The page that shows one episode statically, with its picture and oEmbed data. */
export function sharePageUrl(siteUrl: string, show: string, episode: string): string {
  return `${siteUrl}share/${encodeURIComponent(show)}/${encodeURIComponent(episode)}/`;
}

export function embedPageUrl(options: EmbedSnippetOptions): string {
  // A catalogue show: the page finds the data file from the slug, and links to the app
  // itself. A carried show rides in the fragment, which never reaches a server.
  const { data } = options;
  const params = new URLSearchParams(
    data === undefined ? { [EMBED_SHOW_QUERY]: options.show } : {},
  );
  const widget = widgetOptions(options, {
    src: data?.kind === 'hosted' ? data.src : '',
    appUrl: undefined,
  });
  for (const [name, value] of writeEmbedOptions(widget, 'query')) params.append(name, value);
  const fragment = data?.kind === 'carried' ? `#data=${data.packed}` : '';
  return `${options.siteUrl}embed.html?${params.toString()}${fragment}`;
}

function fallback(options: EmbedSnippetOptions): string {
  const episode = options.episode ?? '';
  const sharePage = shareUrlOf(options);
  const share = sharePage ?? appUrlOf(options) ?? options.siteUrl;
  const label = `${options.title}${episode ? `, ${episode}` : ''}: relationship graph`;
  const items = options.relationships.map((line) => `    <li>${escapeHtml(line)}</li>`).join('\n');
  const picture = sharePage
    ? `  <a href="${escapeHtml(share)}"><img src="${escapeHtml(`${share}graph.png`)}" alt="${escapeHtml(label)}" width="1200" height="630" loading="lazy"></a>\n`
    : '';
  return `${picture}  <p>${escapeHtml(label)}${options.relationships.length > 0 ? ':' : ''}</p>\n${
    items ? `  <ul>\n${items}\n  </ul>\n` : ''
  }  <p><a href="${escapeHtml(share)}">Open it on Plotweb</a></p>\n`;
}

export function embedSnippet(options: EmbedSnippetOptions): string {
  const title = `${options.title}${options.episode ? ` (${options.episode})` : ''}: relationship graph`;
  if (options.kind === 'iframe') {
    const share = shareUrlOf(options) ?? appUrlOf(options) ?? options.siteUrl;
    return (
      `<iframe${attributes([
        ['src', embedPageUrl(options)],
        ['title', title],
        ['width', '100%'],
        ['height', options.height],
        ['loading', 'lazy'],
        ['sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox'],
        ['style', 'border:0;width:100%;max-width:100%'],
      ])}></iframe>\n` +
      `<script type="module" src="${escapeHtml(`${options.siteUrl}embed/resize.js`)}"></script>\n` +
      `<p><a href="${escapeHtml(share)}">${escapeHtml(title)} on Plotweb</a></p>\n`
    );
  }
  const { data } = options;
  const src =
    data?.kind === 'carried'
      ? ''
      : data?.kind === 'hosted'
        ? data.src
        : `${options.siteUrl}data/${options.dataFile}`;
  const carried =
    data?.kind === 'carried'
      ? `<script type="application/json">${scriptSafeJson(data.json)}</script>\n`
      : '';
  return (
    `<script type="module" src="${escapeHtml(`${options.siteUrl}embed/plotweb.js`)}"></script>\n` +
    `<plotweb-graph${attributes(
      writeEmbedOptions(widgetOptions(options, { src, appUrl: appUrlOf(options) }), 'attribute'),
    )}>\n${carried}${fallback(options)}</plotweb-graph>\n`
  );
}
