// @vitest-environment jsdom
// The pasted snippet read back as the widget reads it: the HTML is parsed, then the element's
// attributes and the iframe's query go through the same option reader as <plotweb-graph>
// and embed.html do. jsdom only for DOMParser; the model itself stays DOM-free.
import { describe, expect, it } from 'vitest';
import {
  EMBED_SHOW_QUERY,
  embedPageUrl,
  embedSnippet,
  readEmbedOptions,
  type EmbedOptions,
  type EmbedSnippetOptions,
} from '../../src/model';
import { hostileStrings } from '../fixtures/corpus';

const SITE = 'https://plotweb.example/app/';

const SNIPPET: EmbedSnippetOptions = {
  kind: 'script',
  siteUrl: SITE,
  show: 'tiny-pretty-things-s1',
  dataFile: 'tiny-pretty-things-s1.json',
  title: 'Tiny Pretty Things',
  episode: 'S1E4',
  cap: 'S1E6',
  controls: 'stepper',
  theme: 'dark',
  height: 720,
  types: ['affair', 'sibling'],
  relationships: ['Bette — Sibling — Delia Whitlaw'],
};

const DEFAULTS: EmbedSnippetOptions = {
  ...SNIPPET,
  cap: undefined,
  controls: 'timeline',
  theme: 'auto',
  height: 480,
  types: undefined,
};

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** What <plotweb-graph> reads from the pasted element. */
function elementOptions(snippet: EmbedSnippetOptions): EmbedOptions {
  const element = parse(embedSnippet({ ...snippet, kind: 'script' })).querySelector(
    'plotweb-graph',
  );
  if (!element) throw new Error('no <plotweb-graph> in the snippet');
  return readEmbedOptions((name) => element.getAttribute(name), 'attribute');
}

/** What embed.html reads from the pasted iframe's address, and the show it looks up. */
function iframeOptions(snippet: EmbedSnippetOptions) {
  const frame = parse(embedSnippet({ ...snippet, kind: 'iframe' })).querySelector('iframe');
  const url = new URL(frame?.getAttribute('src') ?? '');
  expect(url.href).toBe(embedPageUrl(snippet));
  return {
    show: url.searchParams.get(EMBED_SHOW_QUERY),
    options: readEmbedOptions((name) => url.searchParams.get(name), 'query'),
  };
}

/** The options the widget should end up with. */
const expected = (snippet: EmbedSnippetOptions): EmbedOptions => ({
  src: `${SITE}data/${snippet.dataFile}`,
  episode: snippet.episode,
  maxEpisode: snippet.cap,
  controls: snippet.controls,
  theme: snippet.theme,
  height: snippet.height,
  types: snippet.types,
  appUrl: `${SITE}?${new URLSearchParams({ show: snippet.show }).toString()}`,
});

describe('the snippet, read back', () => {
  it('gives the element the options it was written with', () => {
    expect(elementOptions(SNIPPET)).toEqual(expected(SNIPPET));
    expect(elementOptions(DEFAULTS)).toEqual(expected(DEFAULTS));
  });

  it('gives embed.html the same options; it finds the data and the app link itself', () => {
    for (const snippet of [SNIPPET, DEFAULTS]) {
      expect(iframeOptions(snippet)).toEqual({
        show: snippet.show,
        options: { ...expected(snippet), src: '', appUrl: undefined },
      });
    }
  });

  it('leaves the defaults out of both kinds', () => {
    const iframe = embedPageUrl(DEFAULTS);
    expect(iframe).toBe(`${SITE}embed.html?show=tiny-pretty-things-s1&ep=S1E4`);
    const element = parse(embedSnippet(DEFAULTS)).querySelector('plotweb-graph');
    expect(element?.getAttributeNames()).toEqual(['src', 'episode', 'app-url']);
  });

  it('writes exactly the text published snippets have', () => {
    expect(embedPageUrl(SNIPPET)).toBe(
      `${SITE}embed.html?show=tiny-pretty-things-s1&ep=S1E4&cap=S1E6&controls=stepper&theme=dark&height=720&types=affair%2Csibling`,
    );
    expect(embedSnippet(SNIPPET).split('\n')[1]).toBe(
      `<plotweb-graph src="${SITE}data/tiny-pretty-things-s1.json" episode="S1E4" max-episode="S1E6" controls="stepper" theme="dark" height="720" types="affair,sibling" app-url="${SITE}?show=tiny-pretty-things-s1">`,
    );
  });

  it('carries hostile episode ids and show slugs through both kinds as text', () => {
    for (const hostile of hostileStrings()) {
      const snippet = { ...SNIPPET, show: hostile, episode: hostile, cap: hostile };
      expect(iframeOptions(snippet)).toEqual({
        show: hostile,
        options: { ...expected(snippet), src: '', appUrl: undefined },
      });
      // HTML itself turns NUL into U+FFFD inside an attribute; every other string survives.
      if (!hostile.includes('\u0000')) expect(elementOptions(snippet)).toEqual(expected(snippet));
    }
  });
});
