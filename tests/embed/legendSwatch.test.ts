// @vitest-environment jsdom
// The embed legend draws each type as an SVG line from the same appearance as the canvas.
import { describe, expect, it } from 'vitest';
import { groupSwatch, legendSwatch } from '../../src/embed/legendSwatch';
import { groupAppearance } from '../../src/model';
import { GRAPH_THEMES } from '../../src/graph';
import { BUILT_IN_TYPES, typeAppearance, type RelationshipType } from '../../src/model';

const type = (id: string) => BUILT_IN_TYPES.find((entry) => entry.id === id) as RelationshipType;

describe('legendSwatch', () => {
  it.each(['light', 'dark'] as const)('draws each built-in type as the %s canvas does', (name) => {
    const theme = GRAPH_THEMES[name];
    for (const entry of BUILT_IN_TYPES) {
      const look = typeAppearance(entry, theme.background);
      const svg = legendSwatch(entry, theme);
      const line = svg.querySelector('line') as SVGLineElement;
      expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(line.getAttribute('stroke')).toBe(look.color);
      expect(Number(line.getAttribute('stroke-width'))).toBe(look.width);
      expect(line.getAttribute('stroke-dasharray')).toBe(
        look.dash.length === 0 ? null : look.dash.join(' '),
      );
      expect(svg.querySelector('path') !== null).toBe(entry.directed);
    }
  });

  it('draws a hollow arrow for suspicion and a filled one for abuse', () => {
    const theme = GRAPH_THEMES.light;
    const suspect = legendSwatch(type('suspect'), theme).querySelector('path') as SVGPathElement;
    const abuse = legendSwatch(type('abuse'), theme).querySelector('path') as SVGPathElement;
    expect(suspect.getAttribute('fill')).toBe('none');
    expect(suspect.getAttribute('stroke')).toBe(typeAppearance(type('suspect'), '#ffffff').color);
    expect(abuse.getAttribute('fill')).toBe(typeAppearance(type('abuse'), '#ffffff').color);
    expect(abuse.hasAttribute('stroke')).toBe(false);
  });

  it('has no text, so screen readers read only the label beside it', () => {
    expect(legendSwatch(type('affair'), GRAPH_THEMES.dark).textContent).toBe('');
  });
});

describe('groupSwatch', () => {
  it('draws a group as a dot in the canvas colour for the theme', () => {
    for (const theme of [GRAPH_THEMES.light, GRAPH_THEMES.dark]) {
      const group = {
        id: 'students',
        label: 'Students',
        color: undefined,
        description: undefined,
        index: 2,
      };
      const dot = groupSwatch(group, theme).querySelector('circle') as SVGCircleElement;
      expect(dot.getAttribute('fill')).toBe(groupAppearance(group, theme.background).color);
      expect(dot.getAttribute('stroke')).toBe(theme.nodeBorder);
    }
  });
});
