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
  // The page finds the data file from the show's slug, and links to the app itself.
  const params = new URLSearchParams({ [EMBED_SHOW_QUERY]: options.show });
  const widget = widgetOptions(options, { src: '', appUrl: undefined });
  for (const [name, value] of writeEmbedOptions(widget, 'query')) params.append(name, value);
  return `${options.siteUrl}embed.html?${params.toString()}`;
}

function fallback(options: EmbedSnippetOptions): string {
  const episode = options.episode ?? '';
  const share = options.episode
    ? sharePageUrl(options.siteUrl, options.show, options.episode)
    : options.siteUrl;
  const label = `${options.title}${episode ? `, ${episode}` : ''}: relationship graph`;
  const items = options.relationships.map((line) => `    <li>${escapeHtml(line)}</li>`).join('\n');
  const picture = options.episode
    ? `  <a href="${escapeHtml(share)}"><img src="${escapeHtml(`${share}graph.png`)}" alt="${escapeHtml(label)}" width="1200" height="630" loading="lazy"></a>\n`
    : '';
  return `${picture}  <p>${escapeHtml(label)}${options.relationships.length > 0 ? ':' : ''}</p>\n${
    items ? `  <ul>\n${items}\n  </ul>\n` : ''
  }  <p><a href="${escapeHtml(share)}">Open it on Plotweb</a></p>\n`;
}

export function embedSnippet(options: EmbedSnippetOptions): string {
  const title = `${options.title}${options.episode ? ` (${options.episode})` : ''}: relationship graph`;
  if (options.kind === 'iframe') {
    const share = options.episode
      ? sharePageUrl(options.siteUrl, options.show, options.episode)
      : options.siteUrl;
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
  const app = new URLSearchParams({ show: options.show });
  return (
    `<script type="module" src="${escapeHtml(`${options.siteUrl}embed/plotweb.js`)}"></script>\n` +
    `<plotweb-graph${attributes(
      writeEmbedOptions(
        widgetOptions(options, {
          src: `${options.siteUrl}data/${options.dataFile}`,
          appUrl: `${options.siteUrl}?${app.toString()}`,
        }),
        'attribute',
      ),
    )}>\n${fallback(options)}</plotweb-graph>\n`
  );
}
