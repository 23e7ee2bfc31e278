// The catalogue of shows (graph-data/index.json), validated like a data file.
import * as v from 'valibot';
import { parseJsonText } from './jsonText';
import type { Problem } from './problems';
import { catalogSchema, type Catalog } from './schema';
import { shapeProblems } from './shapeProblems';

export type CatalogResult =
  | { readonly ok: true; readonly catalog: Catalog }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** True when parsed JSON looks like a catalogue rather than a show. */
export function isCatalog(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && 'shows' in raw && !('schemaVersion' in raw);
}

export function validateCatalog(raw: unknown): CatalogResult {
  const parsed = v.safeParse(catalogSchema, raw);
  if (!parsed.success) return { ok: false, problems: shapeProblems(catalogSchema, parsed.issues) };
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  parsed.output.shows.forEach((show, index) => {
    const first = seen.get(show.slug);
    if (first === undefined) seen.set(show.slug, index);
    else {
      problems.push({
        path: ['shows', index, 'slug'],
        message: `duplicate slug "${show.slug}" (first used at $.shows[${first}])`,
        fix: 'give each show its own slug',
      });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog: parsed.output };
}

export async function validateCatalogText(text: string): Promise<CatalogResult> {
  const json = await parseJsonText(text);
  return json.ok ? validateCatalog(json.value) : json;
}

/**
 * The id of embed.html's `<script type="application/json">` block holding the catalogue's
 * slug → file map, baked in at build time (scripts/graphDataPlugin.ts): a catalogue show's
 * iframe then downloads its data at once, not after the catalogue.
 */
export const CATALOG_FILES_ID = 'plotweb-catalog-files';

/** That block's text. `<` is escaped, so no slug or file name can end the block. */
export function catalogFilesText(catalog: Catalog): string {
  const files = Object.fromEntries(catalog.shows.map((show) => [show.slug, show.file]));
  return JSON.stringify(files).replace(/</g, '\\u003c');
}

/** A show's file from that text; undefined without a block, for bad text or an unknown slug. */
export function catalogFileOf(text: string | null | undefined, slug: string): string | undefined {
  if (!text) return undefined;
  try {
    const files: unknown = JSON.parse(text);
    if (typeof files !== 'object' || files === null || !Object.hasOwn(files, slug)) {
      return undefined;
    }
    const file = (files as Record<string, unknown>)[slug];
    return typeof file === 'string' ? file : undefined;
  } catch {
    return undefined;
  }
}
