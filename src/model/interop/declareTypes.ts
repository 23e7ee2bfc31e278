// Declarations for relationship types an imported file uses but does not describe, so the
// result validates and each type still gets its own colour and line.
import { builtInType, DECLARED_TYPE_PALETTE } from '../builtinTypes';
import type { GraphData } from '../schema';

type TypeDeclaration = NonNullable<GraphData['types']>[number];

/** "found-at-scene" → "Found At Scene". */
export function titleCase(id: string): string {
  const words = id.split(/[\s_-]+/).filter((word) => word !== '');
  const label = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
  return label === '' ? id : label;
}

/**
 * The declared types plus one per used type that is neither built in nor declared. New ones
 * take palette pairs the declared types do not already use, so no two share a colour while
 * the palette lasts.
 */
export function withUsedTypes(
  declared: readonly TypeDeclaration[],
  used: Iterable<string>,
): TypeDeclaration[] {
  const types = [...declared];
  const known = new Set(types.map((type) => type.id));
  // Colours the declared types show: their own, or the palette pair buildDataset gives them.
  const taken = new Set<string>();
  let paletteIndex = 0;
  for (const type of declared) {
    const fallback = builtInType(type.id)
      ? undefined
      : DECLARED_TYPE_PALETTE[paletteIndex++ % DECLARED_TYPE_PALETTE.length];
    const color = type.color ?? fallback?.color;
    if (color !== undefined) taken.add(color.toUpperCase());
  }
  let next = 0;
  for (const id of used) {
    if (known.has(id) || builtInType(id)) continue;
    known.add(id);
    const free = DECLARED_TYPE_PALETTE.find((pair) => !taken.has(pair.color.toUpperCase()));
    const pair = free ?? DECLARED_TYPE_PALETTE[next++ % DECLARED_TYPE_PALETTE.length];
    if (pair) taken.add(pair.color.toUpperCase());
    types.push({ id, label: titleCase(id), ...(pair && { color: pair.color, line: pair.line }) });
  }
  return types;
}
