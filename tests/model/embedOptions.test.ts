// The one table of widget options: names, defaults, forgiving reads and the writer that
// leaves defaults out, checked against each other rather than against copies of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampEmbedHeight,
  EMBED_ATTRIBUTES,
  EMBED_CONTROLS,
  EMBED_DEFAULTS,
  EMBED_HEIGHT,
  EMBED_QUERY_PARAMS,
  EMBED_SHOW_QUERY,
  EMBED_THEMES,
  readEmbedOption,
  readEmbedOptions,
  writeEmbedOptions,
  type EmbedNaming,
  type EmbedOptions,
  isWebAddress,
} from '../../src/model';
import { hostileStrings } from '../fixtures/corpus';
import { SAMPLE_OPTIONS } from '../fixtures/embedOptions';

const NAMINGS: readonly EmbedNaming[] = ['attribute', 'query'];
const KEYS = Object.keys(EMBED_DEFAULTS) as (keyof EmbedOptions)[];

/** What a reader sees of written pairs: getAttribute or URLSearchParams.get over them. */
const sourceOf = (pairs: readonly (readonly [string, string])[]) => {
  const values = new Map(pairs);
  return (name: string) => values.get(name) ?? null;
};
const roundTrip = (options: EmbedOptions, naming: EmbedNaming) =>
  readEmbedOptions(sourceOf(writeEmbedOptions(options, naming)), naming);
/** Through a real query string, as the iframe page gets it. */
const throughQuery = (options: EmbedOptions) => {
  const query = new URLSearchParams();
  for (const [name, value] of writeEmbedOptions(options, 'query')) query.append(name, value);
  const params = new URLSearchParams(query.toString());
  return readEmbedOptions((name) => params.get(name), 'query');
};

const SAMPLE = SAMPLE_OPTIONS;

describe('option names', () => {
  it('gives every option an attribute and a query name, each unique in its naming', () => {
    for (const names of [EMBED_ATTRIBUTES, EMBED_QUERY_PARAMS]) {
      expect(Object.keys(names).sort()).toEqual([...KEYS].sort());
      const values = Object.values(names);
      expect(values.every((name) => /^[a-z][a-z-]*$/.test(name))).toBe(true);
      expect(new Set(values).size).toBe(values.length);
    }
    // embed.html's own "show" parameter must not shadow an option's.
    expect(Object.values(EMBED_QUERY_PARAMS)).not.toContain(EMBED_SHOW_QUERY);
  });

  it('keeps the names that published snippets already use', () => {
    expect(EMBED_ATTRIBUTES).toEqual({
      src: 'src',
      episode: 'episode',
      maxEpisode: 'max-episode',
      controls: 'controls',
      theme: 'theme',
      height: 'height',
      types: 'types',
      appUrl: 'app-url',
    });
    expect(EMBED_QUERY_PARAMS).toEqual({
      src: 'src',
      episode: 'ep',
      maxEpisode: 'cap',
      controls: 'controls',
      theme: 'theme',
      height: 'height',
      types: 'types',
      appUrl: 'app',
    });
  });
});

describe('defaults', () => {
  it('reads nothing as the defaults', () => {
    for (const naming of NAMINGS) {
      expect(readEmbedOptions(() => null, naming)).toEqual(EMBED_DEFAULTS);
    }
    expect(EMBED_DEFAULTS).toEqual({
      src: '',
      episode: undefined,
      maxEpisode: undefined,
      controls: 'timeline',
      theme: 'auto',
      height: 480,
      types: undefined,
      appUrl: undefined,
    });
    expect(EMBED_HEIGHT).toEqual({ min: 240, max: 1600, default: 480 });
  });

  it('writes nothing for the defaults, and only what differs otherwise', () => {
    for (const naming of NAMINGS) expect(writeEmbedOptions(EMBED_DEFAULTS, naming)).toEqual([]);
    expect(writeEmbedOptions({ ...EMBED_DEFAULTS, theme: 'dark' }, 'query')).toEqual([
      ['theme', 'dark'],
    ]);
    expect(writeEmbedOptions({ ...EMBED_DEFAULTS, height: 481 }, 'attribute')).toEqual([
      ['height', '481'],
    ]);
  });

  it('writes in table order, with each naming’s names', () => {
    expect(writeEmbedOptions(SAMPLE, 'attribute').map(([name]) => name)).toEqual([
      'src',
      'episode',
      'max-episode',
      'controls',
      'theme',
      'height',
      'types',
      'app-url',
    ]);
    expect(writeEmbedOptions(SAMPLE, 'query')).toEqual([
      ['src', SAMPLE.src],
      ['ep', 'S1E4'],
      ['cap', 'S1E6'],
      ['controls', 'stepper'],
      ['theme', 'dark'],
      ['height', '720'],
      ['types', 'affair,sibling'],
      ['app', SAMPLE.appUrl],
    ]);
  });

  it('leaves an empty type list out, so it reads back as all types', () => {
    expect(writeEmbedOptions({ ...EMBED_DEFAULTS, types: [] }, 'query')).toEqual([]);
    expect(roundTrip({ ...EMBED_DEFAULTS, types: [] }, 'attribute').types).toBeUndefined();
  });
});

describe('forgiving reads', () => {
  it('falls back to the default for values it does not know', () => {
    for (const bad of ['', 'Stepper', ' none', 'timeline,stepper', '__proto__']) {
      expect(readEmbedOption('controls', bad)).toBe('timeline');
      expect(readEmbedOption('theme', bad)).toBe('auto');
    }
    for (const bad of ['', 'tall', 'NaN', 'Infinity', '-', 'px480']) {
      expect(readEmbedOption('height', bad)).toBe(480);
    }
    expect(readEmbedOption('episode', '')).toBeUndefined();
    expect(readEmbedOption('maxEpisode', '')).toBeUndefined();
    expect(readEmbedOption('appUrl', '')).toBeUndefined();
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' \u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      'blob:https://plotweb.example/x',
    ]) {
      expect(readEmbedOption('appUrl', bad), bad).toBeUndefined();
    }
    for (const good of [
      'https://plotweb.example/',
      'HTTP://plotweb.example/',
      '/app/',
      '../',
      '?show=x',
    ]) {
      expect(readEmbedOption('appUrl', good), good).toBe(good);
    }
    expect(readEmbedOption('types', ' , ')).toEqual([]);
    expect(readEmbedOption('types', '   ')).toBeUndefined();
    expect(readEmbedOption('src', null)).toBe('');
  });

  it('accepts every listed controls and theme value', () => {
    for (const controls of EMBED_CONTROLS)
      expect(readEmbedOption('controls', controls)).toBe(controls);
    for (const theme of EMBED_THEMES) expect(readEmbedOption('theme', theme)).toBe(theme);
  });

  it('reads a height as a leading whole number, clamped at both ends', () => {
    expect(readEmbedOption('height', '720px')).toBe(720);
    expect(readEmbedOption('height', ' 600 ')).toBe(600);
    expect(readEmbedOption('height', '239')).toBe(240);
    expect(readEmbedOption('height', '-5000')).toBe(240);
    expect(readEmbedOption('height', '240')).toBe(240);
    expect(readEmbedOption('height', '1600')).toBe(1600);
    expect(readEmbedOption('height', '1601')).toBe(1600);
    expect(readEmbedOption('height', '99999999999999999999')).toBe(1600);
  });

  it('trims the type list and drops empty entries', () => {
    expect(readEmbedOption('types', ' affair , ,sibling,')).toEqual(['affair', 'sibling']);
  });
});

describe('clampEmbedHeight', () => {
  it('keeps the height within what the widget accepts', () => {
    expect(clampEmbedHeight(100)).toBe(240);
    expect(clampEmbedHeight(240)).toBe(240);
    expect(clampEmbedHeight(720.4)).toBe(720);
    expect(clampEmbedHeight(1600)).toBe(1600);
    expect(clampEmbedHeight(5000)).toBe(1600);
    expect(clampEmbedHeight(Number.NaN)).toBe(480);
    expect(clampEmbedHeight(Number.POSITIVE_INFINITY)).toBe(480);
  });
});

describe('round trip', () => {
  it('reads back what it wrote, through either naming and a real query string', () => {
    for (const naming of NAMINGS) expect(roundTrip(SAMPLE, naming)).toEqual(SAMPLE);
    expect(throughQuery(SAMPLE)).toEqual(SAMPLE);
  });

  it('holds for any options the reader itself could produce', () => {
    const present = fc.option(fc.string({ minLength: 1 }), { nil: undefined });
    const typeId = fc
      .string({ minLength: 1 })
      .map((type) => type.replace(/,/g, '').trim())
      .filter((type) => type !== '');
    const options = fc.record({
      src: fc.string(),
      episode: present,
      maxEpisode: present,
      controls: fc.constantFrom(...EMBED_CONTROLS),
      theme: fc.constantFrom(...EMBED_THEMES),
      height: fc.integer({ min: EMBED_HEIGHT.min, max: EMBED_HEIGHT.max }),
      types: fc.option(fc.array(typeId, { minLength: 1 }), { nil: undefined }),
      appUrl: present.filter((text) => text === undefined || isWebAddress(text)),
    });
    fc.assert(
      fc.property(options, (value) => {
        for (const naming of NAMINGS) expect(roundTrip(value, naming)).toEqual(value);
        expect(throughQuery(value)).toEqual(value);
      }),
    );
  });

  it('keeps hostile strings exactly, as text', () => {
    for (const hostile of hostileStrings()) {
      const options: EmbedOptions = {
        ...SAMPLE,
        src: hostile,
        episode: hostile,
        maxEpisode: hostile,
        // Only an http(s) or relative address is a link; anything else reads as none.
        appUrl: isWebAddress(hostile) ? hostile : undefined,
      };
      for (const naming of NAMINGS) expect(roundTrip(options, naming)).toEqual(options);
      expect(throughQuery(options)).toEqual(options);
      // As a raw value for every option, none throws and the picklists stay in their lists.
      for (const naming of NAMINGS) {
        const read = readEmbedOptions(() => hostile, naming);
        expect(EMBED_CONTROLS).toContain(read.controls);
        expect(EMBED_THEMES).toContain(read.theme);
        expect(read.height).toBe(480);
      }
    }
  });

  it('keeps hostile type ids that a comma list can carry', () => {
    // A comma separates types and spaces around them are trimmed: ids with either do not survive.
    const types = hostileStrings().filter((id) => !id.includes(',') && id.trim() === id);
    expect(types.length).toBeGreaterThan(20);
    expect(throughQuery({ ...SAMPLE, types })).toEqual({ ...SAMPLE, types });
    expect(roundTrip({ ...SAMPLE, types }, 'attribute')).toEqual({ ...SAMPLE, types });
  });
});
