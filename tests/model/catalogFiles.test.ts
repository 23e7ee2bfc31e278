// The catalogue's slug → file map baked into embed.html (scripts/graphDataPlugin.ts) and read
// back by the page: every slug gives its own file, anything else gives nothing (the page then
// downloads the catalogue), and no name can end the script block it sits in.
import { describe, expect, it } from 'vitest';
import { catalogFileOf, catalogFilesText, type Catalog } from '../../src/model';
import { hostileStrings } from '../fixtures/corpus';

const catalog = (shows: { slug: string; file: string }[]): Catalog => ({
  shows: shows.map((show) => ({ ...show, title: show.slug })),
});

describe('the baked catalogue files', () => {
  it('gives each slug its file, and nothing for a slug it lacks', () => {
    const text = catalogFilesText(
      catalog([
        { slug: 'tiny-pretty-things-s1', file: 'tiny-pretty-things-s1.json' },
        { slug: 'renamed', file: 'another-name.json' },
      ]),
    );
    expect(catalogFileOf(text, 'tiny-pretty-things-s1')).toBe('tiny-pretty-things-s1.json');
    expect(catalogFileOf(text, 'renamed')).toBe('another-name.json');
    expect(catalogFileOf(text, 'hamlet')).toBeUndefined();
  });

  it('gives nothing for names every object has, bad text, or no block', () => {
    const text = catalogFilesText(catalog([{ slug: 'a', file: 'a.json' }]));
    for (const slug of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', ''])
      expect(catalogFileOf(text, slug)).toBeUndefined();
    for (const bad of ['', '{', 'null', '[]', '"a.json"', '{"a": 3}', '{"a": {"file": "a.json"}}'])
      expect(catalogFileOf(bad, 'a')).toBeUndefined();
    expect(catalogFileOf(null, 'a')).toBeUndefined();
    expect(catalogFileOf(undefined, 'a')).toBeUndefined();
  });

  it('writes no "<", so no slug or file name can close the block, and reads every name back', () => {
    const names = hostileStrings();
    const shows = names.map((name, index) => ({ slug: `${name}-${index}`, file: name }));
    const text = catalogFilesText(catalog(shows));
    expect(text).not.toContain('<');
    for (const show of shows) expect(catalogFileOf(text, show.slug)).toBe(show.file);
  });
});
