// The build bakes the catalogue's slug → file map into embed.html only, from the catalogue
// as validated; an invalid or missing catalogue bakes nothing (the page downloads it then).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HtmlTagDescriptor, IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { graphDataPlugin } from '../../scripts/graphDataPlugin';
import { CATALOG_FILES_ID, catalogFileOf } from '../../src/model';

async function tagsFor(dataDir: string, path: string): Promise<HtmlTagDescriptor[]> {
  const hook = graphDataPlugin(dataDir).transformIndexHtml as (
    html: string,
    context: Pick<IndexHtmlTransformContext, 'path'>,
  ) => Promise<HtmlTagDescriptor[]>;
  return hook('', { path });
}

function dataDir(catalog: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'plotweb-data-'));
  if (catalog !== undefined) writeFileSync(join(dir, 'index.json'), catalog);
  return dir;
}

describe('graphDataPlugin and embed.html', () => {
  it('bakes the shipped catalogue into embed.html, and nothing into the app page', async () => {
    const [tag, ...rest] = await tagsFor('graph-data', '/embed.html');
    expect(rest).toEqual([]);
    expect(tag?.attrs).toEqual({ type: 'application/json', id: CATALOG_FILES_ID });
    const text = typeof tag?.children === 'string' ? tag.children : '';
    expect(catalogFileOf(text, 'tiny-pretty-things-s1')).toBe('tiny-pretty-things-s1.json');
    expect(catalogFileOf(text, 'hamlet')).toBe('hamlet.json');
    expect(await tagsFor('graph-data', '/index.html')).toEqual([]);
  });

  it('bakes nothing from an invalid or missing catalogue', async () => {
    expect(await tagsFor(dataDir('{"shows": [{"slug": "Bad Slug"}]}'), '/embed.html')).toEqual([]);
    expect(await tagsFor(dataDir('not json'), '/embed.html')).toEqual([]);
    expect(await tagsFor(dataDir(undefined), '/embed.html')).toEqual([]);
  });
});
