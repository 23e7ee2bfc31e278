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

// Words for relations that read the same both ways ("best friends", "married", "rivals");
// a created type named with none of them points from source to target.
const SYMMETRIC_WORDS = new Set(
  (
    'sibling siblings brother brothers sister sisters twin twins married marriage spouse ' +
    'spouses partner partners friend friends friendship cousin cousins rival rivals rivalry ' +
    'classmate classmates ally allies alliance colleague colleagues coworker coworkers ' +
    'roommate roommates neighbour neighbours neighbor neighbors teammate teammates ' +
    'acquaintance acquaintances engaged dating lovers exes'
  ).split(' '),
);

/** Whether a created type's id or label names a relation that holds both ways. */
export function namesSymmetricRelation(...names: readonly string[]): boolean {
  return names.some((name) => {
    const words = name.toLowerCase().split(/[^a-z]+/);
    return (
      words.some((word) => SYMMETRIC_WORDS.has(word)) ||
      /works?[^a-z]*with/.test(name.toLowerCase())
    );
  });
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
