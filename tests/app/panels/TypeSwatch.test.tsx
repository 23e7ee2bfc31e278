// @vitest-environment jsdom
// The legend swatch and the canvas draw a type from the same appearance record.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TypeSwatch } from '../../../src/app/panels';
import { GRAPH_THEMES, typeColor } from '../../../src/graph';
import { buildStylesheet, typeClass } from '../../../src/graph/stylesheet';
import { BUILT_IN_TYPES, type RelationshipType } from '../../../src/model';

afterEach(cleanup);

type Style = Record<string, unknown>;

function canvasStyle(type: RelationshipType): Style {
  const sheet = buildStylesheet(BUILT_IN_TYPES, GRAPH_THEMES.light) as unknown as {
    selector: string;
    style: Style;
  }[];
  const index = BUILT_IN_TYPES.indexOf(type);
  return sheet.find((rule) => rule.selector === `edge.${typeClass(index)}`)?.style ?? {};
}

function swatch(type: RelationshipType, background?: string) {
  const { container } = render(
    <TypeSwatch type={type} {...(background === undefined ? {} : { background })} />,
  );
  return {
    line: container.querySelector('svg line') as SVGLineElement,
    arrow: container.querySelector('svg path'),
  };
}

describe('TypeSwatch', () => {
  it.each(BUILT_IN_TYPES.map((type) => [type.id, type] as const))(
    '%s: the swatch uses the canvas stylesheet’s dash numbers, width and arrow',
    (_id, type) => {
      const canvas = canvasStyle(type);
      const { line, arrow } = swatch(type);
      const dash = canvas['line-dash-pattern'] as number[] | undefined;
      expect(line.getAttribute('stroke-dasharray')).toBe(
        dash === undefined ? null : dash.join(' '),
      );
      expect(Number(line.getAttribute('stroke-width'))).toBe(canvas.width);
      expect(line.getAttribute('stroke-linecap')).toBe(canvas['line-cap']);
      expect(arrow === null ? 'none' : 'triangle').toBe(canvas['target-arrow-shape']);
      if (arrow !== null) {
        const hollow = arrow.getAttribute('fill') === 'none';
        expect(hollow ? 'hollow' : 'filled').toBe(canvas['target-arrow-fill']);
      }
    },
  );

  it('draws the suspect arrow hollow and the abuse line heavier', () => {
    const suspect = BUILT_IN_TYPES.find((type) => type.id === 'suspect') as RelationshipType;
    const abuse = BUILT_IN_TYPES.find((type) => type.id === 'abuse') as RelationshipType;
    const affair = BUILT_IN_TYPES.find((type) => type.id === 'affair') as RelationshipType;
    expect(swatch(suspect).arrow?.getAttribute('fill')).toBe('none');
    expect(swatch(suspect).arrow?.getAttribute('stroke')).toBe(suspect.color);
    expect(swatch(abuse).arrow?.getAttribute('fill')).toBe(abuse.color);
    expect(Number(swatch(abuse).line.getAttribute('stroke-width'))).toBeGreaterThan(
      Number(swatch(affair).line.getAttribute('stroke-width')),
    );
  });

  it('takes the colour the canvas draws on a given background', () => {
    // A dark indigo that the dark theme must lighten to read.
    const sibling = {
      ...(BUILT_IN_TYPES.find((type) => type.id === 'sibling') as RelationshipType),
      color: '#332288',
    };
    const dark = GRAPH_THEMES.dark;
    expect(swatch(sibling, dark.background).line.getAttribute('stroke')).toBe(
      typeColor(sibling, dark),
    );
    expect(typeColor(sibling, dark)).not.toBe(sibling.color.toLowerCase());
  });
});
