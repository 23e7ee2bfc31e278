// Matching for the character search: case-, accent- and width-insensitive substring
// search on name and actor, names that start with the query first.
import type { CharacterAt } from '../../model';
import { foldForSearch } from './format';

/** Characters whose name or actor contains `query`; an empty query matches nobody. */
export function searchCharacters(
  characters: readonly CharacterAt[],
  query: string,
): readonly CharacterAt[] {
  const needle = foldForSearch(query).trim();
  if (needle === '') return [];
  const starts: CharacterAt[] = [];
  const contains: CharacterAt[] = [];
  for (const entry of characters) {
    const name = foldForSearch(entry.character.name);
    const actor = entry.character.actor === undefined ? '' : foldForSearch(entry.character.actor);
    if (name.startsWith(needle)) starts.push(entry);
    else if (name.includes(needle) || actor.includes(needle)) contains.push(entry);
  }
  return [...starts, ...contains];
}
