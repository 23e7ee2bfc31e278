// How a character group is drawn: one node colour per group, from a categorical palette
// tuned per theme (Paul Tol's colour-blind-safe sets, adjusted for 3:1 against the
// background). The canvas, the app and embed legends and the exports all read this.
import { isDark, readableOn } from './color';
import type { Group } from './dataset';

/**
 * Fills for light and dark backgrounds, in the order groups receive them. Any two differ
 * by ΔE ≥ 15 on their background, and each reads at 3:1 or more (tests/model/groupAppearance).
 */
export const GROUP_PALETTE: Readonly<Record<'light' | 'dark', readonly string[]>> = {
  light: [
    '#4477AA',
    '#EE7733',
    '#228833',
    '#AA3377',
    '#997700',
    '#66A0C8',
    '#8C564B',
    '#44AA99',
    '#6A3D9A',
    '#CC6677',
  ],
  dark: [
    '#77AADD',
    '#EE8866',
    '#44BB99',
    '#EE99CC',
    '#DDCC77',
    '#99DDFF',
    '#CC6677',
    '#AAAA00',
    '#BBAAFF',
    '#FFAABB',
  ],
};

export interface GroupAppearance {
  /** The node fill, at 3:1 or more against the background. */
  readonly color: string;
  /** The canvas class for the group's nodes: made from its position, never from its id. */
  readonly className: string;
}

export const groupClass = (index: number) => `g${index}`;

export function groupAppearance(
  group: Pick<Group, 'color' | 'index'>,
  background: string,
): GroupAppearance {
  const palette = GROUP_PALETTE[isDark(background) ? 'dark' : 'light'];
  const base = group.color ?? palette[group.index % palette.length] ?? '#777777';
  return { color: readableOn(base, background), className: groupClass(group.index) };
}

/** The groups of the given characters, in the dataset's order, with how many each has. */
export function groupsPresent(
  groups: readonly Group[],
  characters: readonly { readonly character: { readonly group: string | undefined } }[],
): { readonly group: Group; readonly count: number }[] {
  const counts = new Map<string, number>();
  for (const { character } of characters) {
    if (character.group !== undefined) {
      counts.set(character.group, (counts.get(character.group) ?? 0) + 1);
    }
  }
  return groups.flatMap((group) => {
    const count = counts.get(group.id) ?? 0;
    return count > 0 ? [{ group, count }] : [];
  });
}
