// Level of detail: nobody reads 50,000 edges. When an episode has more to draw than a
// readable budget, the canvas shows the most connected characters as of that episode,
// plus whatever the viewer asked for (the selection and its neighbours, search hits),
// and the relationships among them. Everything else stays one click away ("show all").
// Counts, search, the changes list and the text view keep using the whole snapshot.
import type { Relationship } from './dataset';
import type { CharacterAt, Snapshot } from './timeline';

/** Elements (characters + relationships) drawn before the rule starts to thin the picture. */
export const DEFAULT_DRAW_BUDGET = 1500;

export interface DetailOptions {
  readonly budget?: number;
  readonly hiddenTypes?: ReadonlySet<string>;
  /** Characters that must be drawn with all their visible relationships. */
  readonly focus?: readonly string[];
  readonly showAll?: boolean;
}

export interface Detail {
  /** The snapshot as the canvas should draw it. */
  readonly snapshot: Snapshot;
  readonly total: { readonly characters: number; readonly relationships: number };
  /** True when some characters or relationships are left out. */
  readonly reduced: boolean;
}

export function levelOfDetail(snapshot: Snapshot, options: DetailOptions = {}): Detail {
  const hidden = options.hiddenTypes;
  const relationships =
    hidden && hidden.size > 0
      ? snapshot.relationships.filter((r) => !hidden.has(r.type))
      : snapshot.relationships;
  const total = { characters: snapshot.characters.length, relationships: relationships.length };
  const budget = options.budget ?? DEFAULT_DRAW_BUDGET;
  const filtered =
    relationships === snapshot.relationships ? snapshot : { ...snapshot, relationships };
  if (options.showAll || total.characters + total.relationships <= budget) {
    return { snapshot: filtered, total, reduced: false };
  }

  const adjacency = new Map<string, Relationship[]>();
  const link = (id: string, relationship: Relationship) => {
    const list = adjacency.get(id);
    if (list) list.push(relationship);
    else adjacency.set(id, [relationship]);
  };
  for (const relationship of relationships) {
    link(relationship.source, relationship);
    link(relationship.target, relationship);
  }
  const degree = (entry: CharacterAt) => adjacency.get(entry.character.id)?.length ?? 0;
  const byId = new Map(snapshot.characters.map((entry) => [entry.character.id, entry]));

  const kept = new Set<string>();
  const keptRelationships: Relationship[] = [];
  let drawn = 0;
  /** Relationships from `id` to characters already kept. */
  const linksToKept = (id: string) =>
    (adjacency.get(id) ?? []).filter((r) => kept.has(r.source === id ? r.target : r.source));
  const keep = (id: string, withinBudget: boolean) => {
    if (kept.has(id) || !byId.has(id)) return;
    const links = linksToKept(id);
    if (withinBudget && drawn + 1 + links.length > budget) return;
    kept.add(id);
    keptRelationships.push(...links);
    drawn += 1 + links.length;
  };

  // What the viewer asked for comes first, whatever it costs.
  for (const id of options.focus ?? []) {
    keep(id, false);
    for (const relationship of adjacency.get(id) ?? []) {
      keep(relationship.source === id ? relationship.target : relationship.source, false);
    }
  }
  // Then hubs, most connected first (ties in file order, so the picture is stable).
  const ranked = snapshot.characters
    .map((entry, index) => ({ entry, index, degree: degree(entry) }))
    .sort((a, b) => b.degree - a.degree || a.index - b.index);
  for (const { entry } of ranked) {
    if (drawn >= budget) break;
    keep(entry.character.id, true);
  }

  return {
    snapshot: {
      ...snapshot,
      characters: snapshot.characters.filter((entry) => kept.has(entry.character.id)),
      relationships: keptRelationships,
    },
    total,
    reduced: true,
  };
}
