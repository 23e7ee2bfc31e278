// The embed legend's picture of a type: a small inline SVG line drawn from the model's
// typeAppearance, as the app's legend and the canvas are, so the widget's key matches
// its graph. Built with createElementNS and presentation attributes (no style text), so
// a strict host CSP does not block it.
import type { GraphTheme } from '../graph';
import {
  groupAppearance,
  svgDashArray,
  typeAppearance,
  type Group,
  type RelationshipType,
} from '../model';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 28;
const HEIGHT = 10;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | undefined>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, String(value));
  }
  return element;
}

export function legendSwatch(type: RelationshipType, theme: GraphTheme): SVGSVGElement {
  const look = typeAppearance(type, theme.background);
  const mid = HEIGHT / 2;
  const end = look.arrow === 'triangle' ? WIDTH - 8 : WIDTH - 1;
  const root = svg('svg', {
    class: 'pw-legend-swatch',
    width: WIDTH,
    height: HEIGHT,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    'aria-hidden': 'true',
    focusable: 'false',
    'data-line': look.line,
    'data-arrow': look.arrow === 'triangle' ? look.arrowFill : 'none',
  });
  root.append(
    svg('line', {
      x1: 1,
      y1: mid,
      x2: end,
      y2: mid,
      stroke: look.color,
      'stroke-width': look.width,
      'stroke-linecap': look.cap,
      'stroke-dasharray': svgDashArray(look.dash),
    }),
  );
  if (look.arrow === 'triangle') {
    const hollow = look.arrowFill === 'hollow';
    root.append(
      svg('path', {
        d: `M ${end} ${mid - 4} L ${WIDTH - 1} ${mid} L ${end} ${mid + 4} Z`,
        fill: hollow ? 'none' : look.color,
        stroke: hollow ? look.color : undefined,
        'stroke-width': hollow ? 1.5 : undefined,
        'stroke-linejoin': hollow ? 'round' : undefined,
      }),
    );
  }
  return root;
}

/** A group's node colour as a small dot, like the node the canvas draws. */
export function groupSwatch(group: Group, theme: GraphTheme): SVGSVGElement {
  const root = svg('svg', {
    class: 'pw-legend-swatch',
    width: HEIGHT,
    height: HEIGHT,
    viewBox: `0 0 ${HEIGHT} ${HEIGHT}`,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  root.append(
    svg('circle', {
      cx: HEIGHT / 2,
      cy: HEIGHT / 2,
      r: HEIGHT / 2 - 1,
      fill: groupAppearance(group, theme.background).color,
      stroke: theme.nodeBorder,
    }),
  );
  return root;
}
