// Looks for declared types that do not choose their own colour or line (including every
// type a CSV import creates). Colours come from one palette chosen so that any two differ
// by at least ΔE 24 (CIE76) on both themes' backgrounds after the contrast shift, and
// from the four built-ins; each colour comes in three line styles. A type gets the first
// slot that no type of the same line and width is within ΔE 15 of, preferring a colour
// nobody uses yet, so two types drawn alike always differ by more than colour alone.
import type { LineStyle, RelationshipType } from './builtinTypes';
import { readableOn, toLab } from './color';
import { LINE_WIDTH } from './typeAppearance';

/** Picked greedily (maximin ΔE over both themes) from Okabe–Ito, Tol and ColorBrewer colours. */
export const TYPE_PALETTE: readonly string[] = [
  '#117733',
  '#EE3377',
  '#17BECF',
  '#DDCC77',
  '#8C564B',
  '#6A3D9A',
  '#225555',
  '#66A61E',
  '#E31A1C',
  '#BCBD22',
  '#AA3377',
  '#222255',
];

/** The two backgrounds a type must read on: the light and the dark theme. */
export const THEME_BACKGROUNDS: readonly string[] = ['#ffffff', '#141417'];

/** Below this ΔE two colours count as close: their types must differ in line or width. */
export const MIN_DELTA_E = 15;

const LINES: readonly LineStyle[] = ['solid', 'dashed', 'dotted'];

/** Every colour once per line style; the first twelve use each colour once. */
const SLOTS = LINES.flatMap((_, round) =>
  TYPE_PALETTE.map((color, index) => ({
    color,
    line: LINES[(index + round) % LINES.length] as LineStyle,
  })),
);

/** What a type leaves open: a missing colour or line is the palette's to choose. */
export interface TypeRequest extends Omit<RelationshipType, 'color' | 'line'> {
  readonly color: string | undefined;
  readonly line: LineStyle | undefined;
}

// Lab of a colour as drawn on each theme background. A cache of a pure function: datasets
// reuse a few dozen colours, and the contrast shift costs far more than the lookup.
const drawnLab = new Map<string, readonly (readonly [number, number, number])[]>();
function labsOf(color: string) {
  let labs = drawnLab.get(color);
  if (!labs) {
    labs = THEME_BACKGROUNDS.map((background) => toLab(readableOn(color, background)));
    if (drawnLab.size < 1000) drawnLab.set(color, labs);
  }
  return labs;
}

/** The smallest ΔE (CIE76) between two colours over both themes, as they are drawn. */
export function drawnDeltaE(a: string, b: string): number {
  const [labsA, labsB] = [labsOf(a), labsOf(b)];
  return Math.min(
    ...labsA.map((lab, index) => {
      const other = labsB[index] ?? lab;
      return Math.hypot(lab[0] - other[0], lab[1] - other[1], lab[2] - other[2]);
    }),
  );
}

/** Whether two types could only be told apart by colour (same line style and width). */
export const drawnAlike = (
  a: Pick<RelationshipType, 'line' | 'emphasis'>,
  b: Pick<RelationshipType, 'line' | 'emphasis'>,
) => a.line === b.line && LINE_WIDTH[a.emphasis] === LINE_WIDTH[b.emphasis];

/** Resolves every request in order; types that chose both colour and line keep them. */
export function assignTypeLooks(requests: readonly TypeRequest[]): RelationshipType[] {
  const done: RelationshipType[] = requests.flatMap((type) =>
    type.color !== undefined && type.line !== undefined
      ? [{ ...type, color: type.color, line: type.line }]
      : [],
  );
  const result = requests.map((type) => {
    if (type.color !== undefined && type.line !== undefined) {
      return { ...type, color: type.color, line: type.line };
    }
    const candidates =
      type.color !== undefined
        ? LINES.map((line) => ({ color: type.color as string, line }))
        : SLOTS.filter((slot) => type.line === undefined || slot.line === type.line);
    const closest = (slot: { color: string; line: LineStyle }) =>
      Math.min(
        Infinity,
        ...done
          .filter((other) => drawnAlike(other, { line: slot.line, emphasis: type.emphasis }))
          .map((other) => drawnDeltaE(slot.color, other.color)),
      );
    const used = new Set(done.map((other) => other.color.toUpperCase()));
    const scored = candidates.map((slot) => ({ slot, closest: closest(slot) }));
    const pick =
      scored.find((c) => c.closest >= MIN_DELTA_E && !used.has(c.slot.color.toUpperCase())) ??
      scored.find((c) => c.closest >= MIN_DELTA_E) ??
      scored.reduce((best, c) => (c.closest > best.closest ? c : best));
    const resolved: RelationshipType = { ...type, color: pick.slot.color, line: pick.slot.line };
    done.push(resolved);
    return resolved;
  });
  return result;
}
