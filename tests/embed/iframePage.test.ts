// @vitest-environment jsdom
// embed.html reads the widget's options from its query through the model's option table;
// the data file comes from src or the show's slug, and "Open in Plotweb" is always its own app.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '../../src/embed/mount';
import {
  CATALOG_FILES_ID,
  catalogFilesText,
  EMBED_DEFAULTS,
  validateCatalogText,
} from '../../src/model';
import { SAMPLE_OPTIONS } from '../fixtures/embedOptions';
import { fakeHandle, mountedOptions } from './mountSpy';

vi.mock('../../src/embed/mount', () => ({ mount: vi.fn(() => fakeHandle()) }));

const CATALOG = readFileSync('graph-data/index.json', 'utf8');

/** Loads the page script at an address and returns the options it started the widget with. */
async function openPage(query: string) {
  window.history.replaceState(null, '', `/site/embed.html${query}`);
  document.body.innerHTML = '<main id="plotweb"></main>';
  vi.resetModules();
  await import('../../src/embed/iframePage');
  await vi.waitFor(() => expect(mount).toHaveBeenCalled());
  return mountedOptions(mount)[0];
}

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
    },
  );
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(CATALOG))),
  );
});

afterEach(() => {
  document.head.replaceChildren();
  vi.unstubAllGlobals();
  vi.mocked(mount).mockClear();
});

describe('embed.html options', () => {
  it('reads the query names the snippet writes', async () => {
    const options = await openPage(
      '?show=tiny-pretty-things-s1&ep=S1E4&cap=S1E6&controls=stepper&theme=dark&height=720&types=affair%2Csibling',
    );
    expect(options).toEqual({
      ...SAMPLE_OPTIONS,
      src: `${window.location.origin}/site/data/tiny-pretty-things-s1.json`,
      appUrl: `${window.location.origin}/site/?show=tiny-pretty-things-s1`,
    });
  });

  it('falls back to the defaults, clamps the height and ignores an app link in the query', async () => {
    const options = await openPage(
      '?src=%2Fother.json&controls=slider&theme=&height=90&app=https%3A%2F%2Fevil.example%2F',
    );
    expect(options).toEqual({
      ...EMBED_DEFAULTS,
      src: '/other.json',
      height: 240,
      appUrl: `${window.location.origin}/site/`,
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('guesses the data file from the slug when the catalogue cannot be read', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new Error('offline'))),
    );
    const options = await openPage('?show=hamlet&height=99999');
    expect(options).toMatchObject({
      src: `${window.location.origin}/site/data/hamlet.json`,
      height: 1600,
    });
  });

  /** The block a build bakes into embed.html (graphDataPlugin), from this catalogue text. */
  async function bakeCatalog(text: string) {
    const result = await validateCatalogText(text);
    if (!result.ok) throw new Error('test catalogue invalid');
    const block = document.createElement('script');
    block.type = 'application/json';
    block.id = CATALOG_FILES_ID;
    block.textContent = catalogFilesText(result.catalog);
    document.head.append(block);
  }

  it('takes a catalogue show’s file from the built page, without downloading the catalogue', async () => {
    await bakeCatalog(
      JSON.stringify({ shows: [{ slug: 'renamed', file: 'another-name.json', title: 'R' }] }),
    );
    const options = await openPage('?show=renamed');
    expect(options?.src).toBe(`${window.location.origin}/site/data/another-name.json`);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('asks the catalogue for a slug the built page does not know (a show added since)', async () => {
    await bakeCatalog(JSON.stringify({ shows: [{ slug: 'other', file: 'o.json', title: 'O' }] }));
    const options = await openPage('?show=tiny-pretty-things-s1');
    expect(options?.src).toBe(`${window.location.origin}/site/data/tiny-pretty-things-s1.json`);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
