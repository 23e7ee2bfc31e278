// typeAppearance: one record per type that every renderer draws from.
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_TYPES,
  buildDataset,
  contrast,
  TYPE_PALETTE,
  dashPattern,
  LINE_WIDTH,
  svgDashArray,
  typeAppearance,
  WEBGL_LINE_STYLE,
  type RelationshipType,
} from '../../src/model';
import { GRAPH_THEMES } from '../../src/graph/theme';
import { minimalData } from '../fixtures/data';

const builtIn = (id: string) => BUILT_IN_TYPES.find((type) => type.id === id) as RelationshipType;
const BACKGROUNDS = Object.values(GRAPH_THEMES).map((theme) => theme.background);

describe('typeAppearance', () => {
  it('scales the dash pattern with the line width', () => {
    const dashed = builtIn('affair');
    const normal = typeAppearance(dashed, '#ffffff');
    const strong = typeAppearance({ ...dashed, emphasis: 'strong' }, '#ffffff');
    expect(normal.dash).toEqual([7.92, 5.06]);
    expect(strong.width).toBeGreaterThan(normal.width);
    const ratio = strong.width / normal.width;
    strong.dash.forEach((length, i) => {
      expect(length).toBeCloseTo((normal.dash[i] as number) * ratio, 1);
    });
    expect(dashPattern('dotted', 10)).toEqual([7, 18]);
    expect(dashPattern('solid', 10)).toEqual([]);
    expect(svgDashArray(normal.dash)).toBe('7.92 5.06');
    expect(svgDashArray([])).toBeUndefined();
  });

  it('draws strong emphasis wider, on canvas, in WebGL and zoomed out', () => {
    const abuse = typeAppearance(builtIn('abuse'), '#ffffff');
    const plain = typeAppearance({ ...builtIn('abuse'), emphasis: 'normal' }, '#ffffff');
    expect(abuse.emphasis).toBe('strong');
    expect(abuse.width).toBe(LINE_WIDTH.strong);
    expect(abuse.width).toBeGreaterThan(plain.width);
    expect(abuse.webgl.width).toBeGreaterThan(plain.webgl.width);
    expect(abuse.simpleWidth).toBeGreaterThan(plain.simpleWidth);
    expect(plain.webgl).toEqual(WEBGL_LINE_STYLE.solid);
  });

  it('gives suspicion a hollow arrow, other directed types a filled one, symmetric none', () => {
    expect(typeAppearance(builtIn('suspect'), '#ffffff')).toMatchObject({
      arrow: 'triangle',
      arrowFill: 'hollow',
    });
    expect(typeAppearance(builtIn('abuse'), '#ffffff')).toMatchObject({
      arrow: 'triangle',
      arrowFill: 'filled',
    });
    expect(typeAppearance(builtIn('affair'), '#ffffff').arrow).toBe('none');
  });

  it('rounds dotted lines into dots and leaves other lines square-ended', () => {
    expect(typeAppearance(builtIn('sibling'), '#ffffff').cap).toBe('round');
    expect(typeAppearance(builtIn('affair'), '#ffffff').cap).toBe('butt');
  });

  it('keeps every built-in and palette colour at 3:1 or more on both theme backgrounds', () => {
    const types: RelationshipType[] = [
      ...BUILT_IN_TYPES,
      ...TYPE_PALETTE.map((color, i) => ({ ...builtIn('affair'), id: `p${i}`, color })),
    ];
    for (const background of BACKGROUNDS) {
      for (const type of types) {
        const look = typeAppearance(type, background);
        expect(contrast(look.color, background)).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('gives a declared type without a colour the palette look, with normal emphasis', () => {
    const data = minimalData();
    data.types = [
      { id: 'rival', label: 'Rival' },
      { id: 'mentor', label: 'Mentor', emphasis: 'strong', arrow: 'hollow', directed: true },
    ];
    const dataset = buildDataset(data);
    const rival = dataset.typeById.get('rival') as RelationshipType;
    const look = typeAppearance(rival, '#ffffff');
    expect(rival.color).toBe(TYPE_PALETTE[0]);
    expect(look.line).toBe('solid');
    expect(look).toMatchObject({ emphasis: 'normal', width: LINE_WIDTH.normal, arrow: 'none' });
    expect(
      typeAppearance(dataset.typeById.get('mentor') as RelationshipType, '#ffffff'),
    ).toMatchObject({
      emphasis: 'strong',
      arrow: 'triangle',
      arrowFill: 'hollow',
    });
  });

  it('lets a file restyle a built-in type, which keeps its direction', () => {
    const data = minimalData();
    data.types = [{ id: 'suspect', label: 'Suspect', arrow: 'filled', emphasis: 'strong' }];
    const suspect = buildDataset(data).typeById.get('suspect') as RelationshipType;
    expect(typeAppearance(suspect, '#ffffff')).toMatchObject({
      arrow: 'triangle',
      arrowFill: 'filled',
      emphasis: 'strong',
    });
  });
});
