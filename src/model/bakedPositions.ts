// Positions baked into a data file (`npm run layout`), when every character has one: then
// nothing needs laying out, and the widget need not even load the layout code.

export interface Point {
  readonly x: number;
  readonly y: number;
}

export function bakedPositions(
  characters: readonly { readonly id: string; readonly position?: Point | undefined }[],
): Map<string, Point> | undefined {
  const positions = new Map<string, Point>();
  for (const character of characters) {
    if (!character.position) return undefined;
    positions.set(character.id, { x: character.position.x, y: character.position.y });
  }
  return positions;
}
