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
