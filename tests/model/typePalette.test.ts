// Types told apart: any two types of a dataset that are drawn with the same line style and
// width differ in colour by at least ΔE 15 on both themes, however many the file declares.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_TYPES,
  buildDataset,
  deltaE,
  drawnAlike,
  MIN_DELTA_E,
  THEME_BACKGROUNDS,
  toLab,
  TYPE_PALETTE,
  typeAppearance,
  type RelationshipType,
} from '../../src/model';
import { minimalData } from '../fixtures/data';

/** Pairs of types a colour-blind reader could confuse: drawn alike and close in colour. */
function confusable(types: readonly RelationshipType[]) {
  const pairs: string[] = [];
  for (const background of THEME_BACKGROUNDS) {
    types.forEach((a, i) => {
      for (const b of types.slice(i + 1)) {
        const difference = deltaE(
          typeAppearance(a, background).color,
          typeAppearance(b, background).color,
        );
        if (drawnAlike(a, b) && difference < MIN_DELTA_E) {
          pairs.push(`${a.id}~${b.id} on ${background}: ΔE ${difference.toFixed(1)}`);
        }
      }
    });
  }
  return pairs;
}

describe('CIE Lab', () => {
  it('converts sRGB like the reference values', () => {
    const [l, a, b] = toLab('#ffffff');
    expect(l).toBeCloseTo(100, 1);
    expect(a).toBeCloseTo(0, 1);
    expect(b).toBeCloseTo(0, 1);
    expect(toLab('#000000')[0]).toBeCloseTo(0, 5);
    // sRGB red is L* 53.2, a* 80.1, b* 67.2.
    const red = toLab('#ff0000');
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 0);
    expect(red[2]).toBeCloseTo(67.2, 0);
    expect(deltaE('#ffffff', '#000000')).toBeCloseTo(100, 1);
    expect(deltaE('#abc', '#aabbcc')).toBe(0);
  });
});

describe('the type palette', () => {
  it('keeps its colours, and the built-ins, at least ΔE 24 apart on both themes', () => {
    const colors = [...BUILT_IN_TYPES.map((type) => type.color), ...TYPE_PALETTE];
    for (const background of THEME_BACKGROUNDS) {
      const drawn = colors.map(
        (color) =>
          typeAppearance({ ...(BUILT_IN_TYPES[0] as RelationshipType), color }, background).color,
      );
      drawn.forEach((a, i) => {
        for (const b of drawn.slice(i + 1)) expect(deltaE(a, b)).toBeGreaterThanOrEqual(24);
      });
    }
  });

  it('tells apart any 24 declared types that leave colour and line to it, in both themes', () => {
    const declared = fc.record({
      directed: fc.boolean(),
      emphasis: fc.constantFrom('normal', 'strong'),
      builtIn: fc.constantFrom(undefined, ...BUILT_IN_TYPES.map((type) => type.id)),
    });
    fc.assert(
      fc.property(fc.array(declared, { maxLength: 24 }), (entries) => {
        const data = minimalData();
        data.types = entries.map((entry, index) => ({
          // Some entries re-declare a built-in (keeping its colour and line).
          id: entry.builtIn ?? `type-${index}`,
          label: `Type ${index}`,
          ...(entry.builtIn ? {} : { directed: entry.directed }),
          emphasis: entry.emphasis as 'normal' | 'strong',
        }));
        // Re-declaring a built-in twice is a duplicate id; keep the first.
        data.types = data.types.filter(
          (type, index, all) => all.findIndex((other) => other.id === type.id) === index,
        );
        const { types } = buildDataset(data);
        expect(confusable(types)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('separates CSV-made types too, beside a types.csv that sets its own lines', () => {
    const data = minimalData();
    data.types = [
      { id: 'a', label: 'A', line: 'dotted' },
      { id: 'b', label: 'B', line: 'dotted' },
      { id: 'c', label: 'C', line: 'dotted' },
      ...Array.from({ length: 12 }, (_, i) => ({ id: `made-${i}`, label: `Made ${i}` })),
    ];
    expect(confusable(buildDataset(data).types)).toEqual([]);
  });

  it('keeps an author colour and gives it a line no close colour uses', () => {
    const data = minimalData();
    data.types = [{ id: 'crush', label: 'Crush', color: '#CC79A8' }];
    const crush = buildDataset(data).typeById.get('crush');
    // Affair is #CC79A7 dashed: the near twin gets another line.
    expect(crush).toMatchObject({ color: '#CC79A8' });
    expect(crush?.line).not.toBe('dashed');
  });
});
