// "Edit data": a copy of the open show becomes a new saved show. A catalogue show is read
// again from its file (the app keeps only its timeline); a dropped show is in memory.
import { validateGraphDataText, type GraphData } from '../../model';
import { DATA_BASE } from '../loadShow';
import { newShowId, type ShowStore } from './store';

export type EditSource = { readonly data: GraphData } | { readonly file: string };

async function dataOf(source: EditSource): Promise<GraphData> {
  if ('data' in source) return source.data;
  const response = await fetch(`${DATA_BASE}${encodeURIComponent(source.file)}`);
  if (!response.ok) throw new Error(`${source.file} could not be loaded (HTTP ${response.status})`);
  const result = await validateGraphDataText(await response.text());
  if (!result.ok) throw new Error(`${source.file} has problems`);
  return result.data;
}

/** Saves a copy of the show and resolves to its id. */
export async function startEditing(store: ShowStore, source: EditSource): Promise<string> {
  const data = await dataOf(source);
  const id = newShowId();
  await store.put({ id, title: data.show.title, updated: Date.now(), data });
  return id;
}
