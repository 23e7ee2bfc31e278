// Fetching the catalogue and a show's data file, always through the model's validator.
import {
  buildTimeline,
  formatProblems,
  validateCatalogText,
  validateGraphDataText,
  type Catalog,
  type Timeline,
} from '../model';

export const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

export type Loaded<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly string[] };

async function fetchText(file: string): Promise<{ text: string } | { problem: string }> {
  try {
    const response = await fetch(`${DATA_BASE}${encodeURIComponent(file)}`);
    if (!response.ok)
      return {
        problem: `${file}: could not be loaded (HTTP ${response.status}) — check that the file exists in graph-data/`,
      };
    return { text: await response.text() };
  } catch {
    return {
      problem: `${file}: could not be loaded (network error) — check your connection and reload`,
    };
  }
}

export async function loadCatalog(): Promise<Loaded<Catalog>> {
  const file = 'index.json';
  const fetched = await fetchText(file);
  if ('problem' in fetched) return { ok: false, problems: [fetched.problem] };
  const result = await validateCatalogText(fetched.text);
  return result.ok
    ? { ok: true, value: result.catalog }
    : { ok: false, problems: formatProblems(file, result.problems) };
}

export async function loadShow(file: string): Promise<Loaded<Timeline>> {
  const fetched = await fetchText(file);
  if ('problem' in fetched) return { ok: false, problems: [fetched.problem] };
  const result = await validateGraphDataText(fetched.text);
  return result.ok
    ? { ok: true, value: buildTimeline(result.dataset) }
    : { ok: false, problems: formatProblems(file, result.problems) };
}
