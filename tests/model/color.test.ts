import { describe, expect, it } from 'vitest';
import { contrast, readableOn } from '../../src/model/color';
import { BUILT_IN_TYPES, TYPE_PALETTE } from '../../src/model';

describe('type colours per theme', () => {
  it('measures contrast like WCAG', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777', '#777777')).toBeCloseTo(1, 5);
  });

  it('keeps every built-in and palette colour at 3:1 or more on both backgrounds', () => {
    const colors = [...BUILT_IN_TYPES.map((type) => type.color), ...TYPE_PALETTE, '#332288'];
    for (const background of ['#ffffff', '#141417']) {
      for (const color of colors) {
        expect(contrast(readableOn(color, background), background)).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('leaves colours that already read well alone', () => {
    expect(readableOn('#D55E00', '#ffffff')).toBe('#d55e00');
  });
});
