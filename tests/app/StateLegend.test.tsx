// @vitest-environment jsdom
// The character-marker legend draws from the same state appearance as the canvas.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StateLegend } from '../../src/app/StateLegend';
import { GRAPH_THEMES } from '../../src/graph';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { BUILT_IN_TYPES, type Character, type CharacterAt } from '../../src/model';

afterEach(cleanup);

const character = (id: string): Character => ({
  id,
  name: id,
  actor: undefined,
  group: undefined,
  introduced: 0,
  until: undefined,
  spans: [{ from: 0, until: undefined }],
  states: [],
  notes: [],
  position: undefined,
});

const at = (id: string, state: string, marker?: CharacterAt['marker']): CharacterAt => ({
  character: character(id),
  state,
  notes: [],
  ...(marker === undefined ? {} : { marker }),
});

function canvasRule(selector: string): Record<string, unknown> {
  const sheet = buildStylesheet(BUILT_IN_TYPES, GRAPH_THEMES.dark) as unknown as {
    selector: string;
    style: Record<string, unknown>;
  }[];
  return sheet.find((rule) => rule.selector === selector)?.style ?? {};
}

describe('StateLegend', () => {
  it('fills the dead marker with the theme’s dead colour, as the canvas does', () => {
    render(
      <StateLegend characters={[at('ophelia', 'drowned', 'dead')]} theme={GRAPH_THEMES.dark} />,
    );
    const legend = screen.getByRole('region', { name: 'Character markers' });
    expect(legend).toHaveTextContent('Grey with a † before the name: dead');
    const circle = legend.querySelector('circle') as SVGCircleElement;
    expect(circle.getAttribute('fill')).toBe(GRAPH_THEMES.dark.dead);
    expect(canvasRule('node.dead')['background-color']).toBe(GRAPH_THEMES.dark.dead);
    expect(canvasRule('node.dead')['border-style']).toBe('dashed');
  });

  it('lists only the kinds present, honouring explicit markers', () => {
    render(
      <StateLegend
        characters={[at('a', 'in a coma'), at('b', 'dead', 'none'), at('c', 'awake')]}
      />,
    );
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['Hollow ring: in a coma or unconscious']);
    expect(canvasRule('node.coma')).toMatchObject({
      'background-opacity': 0,
      'border-style': 'double',
    });
  });

  it('shows nothing when no character has a marked state', () => {
    const { container } = render(<StateLegend characters={[at('a', 'awake')]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
