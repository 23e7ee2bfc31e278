// Small text helpers shared by the panels. Every string here is rendered as React text.
import type { Dataset, Relationship, RelationshipType } from '../../model';

/** "S1E4" for a 0-based position; "#5" if the position has no episode (should not happen). */
export function episodeLabel(dataset: Dataset, position: number): string {
  return dataset.episodes[position]?.id ?? `#${position + 1}`;
}

export function typeOf(dataset: Dataset, relationship: Relationship): RelationshipType | undefined {
  return dataset.typeById.get(relationship.type);
}

/** The type's label, or its id when the dataset does not know it. */
export function typeLabel(dataset: Dataset, relationship: Relationship): string {
  return typeOf(dataset, relationship)?.label ?? relationship.type;
}

/** "→" for a directed type (source acts on target), "—" for a symmetric one. */
export function directionMark(type: RelationshipType | undefined): '→' | '—' {
  return type?.directed ? '→' : '—';
}

/**
 * A relationship's name as a sentence: "Bette — Suspect → Cassie Shore" (directed)
 * or "Bette — Sibling — Delia Whitlaw" (symmetric).
 */
export function relationshipText(
  dataset: Dataset,
  relationship: Relationship,
  nameOf: (id: string) => string,
): string {
  const type = typeOf(dataset, relationship);
  return `${nameOf(relationship.source)} — ${type?.label ?? relationship.type} ${directionMark(type)} ${nameOf(relationship.target)}`;
}

/** True when the viewer learns of it after it happened (a reveal). */
export function isRevealedLater(relationship: Relationship): relationship is Relationship & {
  happened: number;
} {
  return relationship.happened !== undefined && relationship.happened < relationship.from;
}

/**
 * Only http(s) addresses become links. The validator already insists on that, but a
 * dataset can be built in code too, and a `javascript:` href would run on click.
 */
export function safeHref(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * Folds text for search: compatibility decomposition (NFKD, which includes NFD, so
 * "ó" → "o" + accent, and also full-width "Ｄ" → "D"), then drops combining marks and
 * invisible format characters (zero-width spaces, direction overrides), then lower-cases.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase();
}

/** The same order as String#localeCompare, without building a collator at every call. */
const collator = new Intl.Collator();

/**
 * Relationships in story order: by the episode the viewer learns of them, then by
 * names, so the same facts are listed the same way at every episode.
 */
export function inStoryOrder(
  dataset: Dataset,
  relationships: readonly Relationship[],
  nameOf: (id: string) => string,
): Relationship[] {
  // Each row's key once, not at every comparison: a big show's episode has thousands of rows.
  const keys = new Map(
    relationships.map((relationship) => [
      relationship,
      [nameOf(relationship.source), typeLabel(dataset, relationship), nameOf(relationship.target)],
    ]),
  );
  return [...relationships].sort((a, b) => {
    if (a.from !== b.from) return a.from - b.from;
    const [ka, kb] = [keys.get(a) as string[], keys.get(b) as string[]];
    for (let i = 0; i < ka.length; i++) {
      const order = collator.compare(ka[i] as string, kb[i] as string);
      if (order !== 0) return order;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
