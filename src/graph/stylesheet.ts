// The Cytoscape stylesheet: one look for every type and state, built from the dataset's
// types and a theme. Types are told apart by colour, line style, width and arrow.
// Selectors use only class names made here (t0, t1, …), never text from the data.
import type { StylesheetJson } from 'cytoscape';
import type { RelationshipType } from '../model';
import { readableOn } from './colors';
import type { GraphTheme } from './theme';
import { WEBGL_LINE_STYLE } from './webgl';

export const typeClass = (index: number) => `t${index}`;

/** A type's colour as drawn in a theme: its own, shifted until it reads against the background. */
export const typeColor = (type: RelationshipType, theme: GraphTheme) =>
  readableOn(type.color, theme.background);

/** Line widths and arrow heads that make a type readable without colour. */
function typeStyle(type: RelationshipType): Record<string, string | number> {
  const heavy = type.id === 'abuse';
  const hollow = type.id === 'suspect';
  return {
    width: heavy ? 4 : 2.2,
    'line-style': type.line,
    ...(type.line === 'dashed' ? { 'line-dash-pattern': [8, 5] as unknown as string } : {}),
    ...(type.line === 'dotted'
      ? { 'line-dash-pattern': [1.5, 4] as unknown as string, 'line-cap': 'round' }
      : {}),
    'target-arrow-shape': type.directed ? 'triangle' : 'none',
    'target-arrow-fill': hollow ? 'hollow' : 'filled',
  };
}

export interface StyleOptions {
  readonly fontSize?: number;
  /** Hide labels smaller than this on screen (big casts: labels appear as you zoom in). */
  readonly minLabelSize?: number;
  /**
   * Zoomed out on a big cast: straight haystack lines without arrows or dashes, the
   * cheapest edges Cytoscape draws. Colour still tells the types apart; zoom in for more.
   */
  readonly simpleEdges?: boolean;
  /** WebGL renderer: no dashes, so line styles become weights (see webgl.ts). */
  readonly webgl?: boolean;
}

export function buildStylesheet(
  types: readonly RelationshipType[],
  theme: GraphTheme,
  { fontSize = 13, minLabelSize = 0, simpleEdges = false, webgl = false }: StyleOptions = {},
): StylesheetJson {
  const perType = types.map((type, index) => {
    const color = typeColor(type, theme);
    const full = simpleEdges
      ? { width: type.id === 'abuse' ? 2 : 1 }
      : webgl
        ? {
            ...typeStyle(type),
            'line-style': 'solid',
            width: WEBGL_LINE_STYLE[type.line].width * (type.id === 'abuse' ? 1.8 : 1),
            'line-opacity': WEBGL_LINE_STYLE[type.line].opacity,
          }
        : typeStyle(type);
    return {
      selector: `edge.${typeClass(index)}`,
      style: { ...full, 'line-color': color, 'target-arrow-color': color },
    };
  });
  return [
    {
      selector: 'node',
      style: {
        width: 26,
        height: 26,
        'background-color': theme.node,
        'border-width': 1.5,
        'border-color': theme.nodeBorder,
        label: 'data(label)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
        'font-size': fontSize,
        'font-weight': 600,
        color: theme.text,
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-outline-color': theme.halo,
        'text-outline-width': 3,
        'text-wrap': 'ellipsis',
        'min-zoomed-font-size': minLabelSize,
        // The change pulse: a ring in the accent colour, not the default black square.
        'overlay-color': theme.accent,
        'overlay-shape': 'ellipse',
        'overlay-padding': 6,
        'text-max-width': `${Math.round((180 * fontSize) / 13)}px`,
      },
    },
    // A coma is a hollow ring; death a grey node with a dagger in its label.
    {
      selector: 'node.coma',
      style: { 'background-opacity': 0, 'border-width': 4, 'border-style': 'double' },
    },
    { selector: 'node.dead', style: { 'background-color': theme.dead, 'border-style': 'dashed' } },
    { selector: 'node.other-state', style: { 'border-width': 3 } },
    {
      selector: 'edge',
      style: {
        'curve-style': simpleEdges ? 'haystack' : 'bezier',
        'arrow-scale': 1.3,
        'control-point-step-size': 28,
        'line-color': theme.node,
        width: 2,
      },
    },
    ...perType,
    { selector: '.dimmed', style: { opacity: 0.16 } },
    {
      selector: 'node.focus',
      style: { 'border-width': 5, 'border-color': theme.accent, 'border-style': 'solid' },
    },
    {
      selector: 'edge.focus',
      style: {
        label: 'data(typeLabel)',
        'font-size': fontSize,
        color: theme.text,
        'text-outline-color': theme.halo,
        'text-outline-width': 3,
        'text-rotation': 'autorotate',
        'z-index': 10,
      },
    },
  ] as StylesheetJson;
}
