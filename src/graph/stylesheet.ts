// The Cytoscape stylesheet: one look for every type and state, built from the dataset's
// types and a theme. Types are told apart by colour, line style, width and arrow, all
// read from the model's typeAppearance (the legends draw from the same record).
// Selectors use only class names made here (t0, t1, …), never text from the data.
import type { StylesheetJson } from 'cytoscape';
import {
  groupAppearance,
  stateAppearance,
  type Group,
  typeAppearance,
  type RelationshipType,
  type StateColors,
  type TypeAppearance,
} from '../model';
import { LABEL_OUTLINE, labelStyles } from './labelStyles';
import { motionStyles } from './motionStyles';
import type { GraphTheme } from './theme';

export const typeClass = (index: number) => `t${index}`;

/** A type's colour as drawn in a theme: its own, shifted until it reads against the background. */
export const typeColor = (type: RelationshipType, theme: GraphTheme) =>
  typeAppearance(type, theme.background).color;

/** The theme colours the state markers are drawn with, for the canvas and the app legend. */
export const stateColors = (theme: GraphTheme): StateColors => ({
  node: theme.node,
  border: theme.nodeBorder,
  dead: theme.dead,
});

/** The Cytoscape style of one type's edges on the 2D canvas. */
export function edgeStyle(look: TypeAppearance): Record<string, string | number> {
  return {
    width: look.width,
    'line-style': look.line,
    // Cytoscape takes the pattern as an array; its typings say string.
    ...(look.dash.length > 0 ? { 'line-dash-pattern': look.dash as unknown as string } : {}),
    'line-cap': look.cap,
    'target-arrow-shape': look.arrow,
    'target-arrow-fill': look.arrowFill,
  };
}

/** WebGL draws no dashes: the same arrows, with the line style as weight and opacity. */
function webglEdgeStyle(look: TypeAppearance): Record<string, string | number> {
  return {
    ...edgeStyle(look),
    'line-style': 'solid',
    width: look.webgl.width,
    'line-opacity': look.webgl.opacity,
  };
}

/** A node style for a character state, from the model's one definition of its marker. */
function stateStyle(
  theme: GraphTheme,
  kind: 'coma' | 'dead' | 'other',
): Record<string, string | number> {
  const look = stateAppearance(kind, stateColors(theme));
  return {
    ...(look.fill === 'none' ? { 'background-opacity': 0 } : { 'background-color': look.fill }),
    'border-width': look.borderWidth,
    'border-style': look.borderStyle,
  };
}

/** Between the curves of several relationships of one pair at zoom 1, model units. */
export const CURVE_STEP = 28;

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
  /** Between the curves of several relationships of one pair, model units. */
  readonly curveStep?: number;
}

export function buildStylesheet(
  types: readonly RelationshipType[],
  theme: GraphTheme,
  {
    fontSize = 13,
    minLabelSize = 0,
    simpleEdges = false,
    webgl = false,
    curveStep = CURVE_STEP,
  }: StyleOptions = {},
  groups: readonly Group[] = [],
): StylesheetJson {
  // Before the state rules, so a dead or comatose character still shows its marker.
  const perGroup = groups.map((group) => {
    const look = groupAppearance(group, theme.background);
    return { selector: `node.${look.className}`, style: { 'background-color': look.color } };
  });
  const perType = types.map((type, index) => {
    const look = typeAppearance(type, theme.background);
    const full = simpleEdges
      ? { width: look.simpleWidth }
      : webgl
        ? webglEdgeStyle(look)
        : edgeStyle(look);
    return {
      selector: `edge.${typeClass(index)}`,
      style: { ...full, 'line-color': look.color, 'target-arrow-color': look.color },
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
        'text-outline-width': LABEL_OUTLINE,
        'text-wrap': 'ellipsis',
        'min-zoomed-font-size': minLabelSize,
        // The change pulse: a ring in the accent colour, not the default black square.
        'overlay-color': theme.accent,
        'overlay-shape': 'ellipse',
        'overlay-padding': 6,
        'text-max-width': `${Math.round((180 * fontSize) / 13)}px`,
      },
    },
    // Importance: the diameter for the character's degree at this episode (scene.ts).
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    ...perGroup,
    // A coma is a hollow ring; death a grey node with a dagger in its label (characterState.ts).
    { selector: 'node.coma', style: stateStyle(theme, 'coma') },
    { selector: 'node.dead', style: stateStyle(theme, 'dead') },
    { selector: 'node.other-state', style: stateStyle(theme, 'other') },
    ...labelStyles(fontSize),
    {
      selector: 'edge',
      style: {
        'curve-style': simpleEdges ? 'haystack' : 'bezier',
        'arrow-scale': 1.3,
        'control-point-step-size': curveStep,
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
        'text-outline-width': LABEL_OUTLINE,
        'text-rotation': 'autorotate',
        'z-index': 10,
      },
    },
    ...motionStyles(theme),
  ] as StylesheetJson;
}
