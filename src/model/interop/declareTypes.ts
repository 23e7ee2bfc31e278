// Declarations for relationship types an imported file uses but does not describe, so the
// result validates. Their colour and line are left to the dataset's palette
// (typePalette.ts), which keeps them apart from every other type of the show.
import { builtInType } from '../builtinTypes';
import type { GraphData } from '../schema';

type TypeDeclaration = NonNullable<GraphData['types']>[number];

/** "found-at-scene" → "Found At Scene". */
export function titleCase(id: string): string {
  const words = id.split(/[\s_-]+/).filter((word) => word !== '');
  const label = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
  return label === '' ? id : label;
}

// Relations that read the same both ways; any other created type points source → target.
const SYMMETRIC =
  /^(siblings?|brothers?|sisters?|twins?|married|marriage|spouses?|partners?|friends?|friendship|cousins?|rivals?|rivalry|classmates?|allies|ally|alliance|colleagues?|co-?workers?|roommates?|neighbou?rs?|teammates?|acquaintances?|engaged|dating|lovers?|exes|ex|affair|knows?|related|relatives?|family|works?[ -]with)$/;

/** Whether a created type's id or label names a relation that holds both ways. */
export function namesSymmetricRelation(...names: readonly string[]): boolean {
  return names.some((name) => SYMMETRIC.test(name.trim().toLowerCase().replace(/[\s_]+/g, '-')));
}

/**
 * The declared types plus one per used type that is neither built in nor declared: labelled
 * from its id, and directed unless its name says the relation is symmetric.
 */
export function withUsedTypes(
  declared: readonly TypeDeclaration[],
  used: Iterable<string>,
): TypeDeclaration[] {
  const types = [...declared];
  const known = new Set(types.map((type) => type.id));
  for (const id of used) {
    if (known.has(id) || builtInType(id)) continue;
    known.add(id);
    const label = titleCase(id);
    types.push({ id, label, directed: !namesSymmetricRelation(id, label) });
  }
  return types;
}
