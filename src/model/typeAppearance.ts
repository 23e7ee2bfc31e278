// How a relationship type is drawn, decided once from its record: every renderer (the
// Cytoscape canvas, WebGL, the app legend, the embed legend, exports) reads this, so
// they cannot drift apart and none of them names a dataset's type id.
import type { ArrowFill, Emphasis, LineStyle, RelationshipType } from './builtinTypes';
import { readableOn } from './color';

export type ArrowShape = 'triangle' | 'none';
export type LineCap = 'butt' | 'round';

export interface TypeAppearance {
  /** The type's colour, shifted until it reads at 3:1 against the background. */
  readonly color: string;
  readonly line: LineStyle;
  /** Line width in px. */
  readonly width: number;
  /** Dash and gap lengths in px for this width (canvas setLineDash, SVG stroke-dasharray); empty when solid. */
  readonly dash: readonly number[];
  readonly cap: LineCap;
  readonly arrow: ArrowShape;
  readonly arrowFill: ArrowFill;
  readonly emphasis: Emphasis;
  /** Cytoscape's WebGL renderer draws no dashes, so the line style becomes weight and strength. */
  readonly webgl: { readonly width: number; readonly opacity: number };
  /** Width of the cheap haystack lines drawn zoomed out on a big cast. */
  readonly simpleWidth: number;
}

/** Line width in px per emphasis. */
export const LINE_WIDTH: Readonly<Record<Emphasis, number>> = { normal: 2.2, strong: 4 };
const SIMPLE_WIDTH: Record<Emphasis, number> = { normal: 1, strong: 2 };

/**
 * Dash and gap per line style, in multiples of the line width, so a heavier line keeps
 * the same rhythm. At 2.2 px these give the canvas's long-standing 8/5 and 1.5/4.
 */
const DASH_UNITS: Record<LineStyle, readonly number[]> = {
  solid: [],
  dashed: [3.6, 2.3],
  dotted: [0.7, 1.8],
};

/**
 * WebGL draws solid lines only: solid as is, dashed thinner and lighter, dotted thinnest
 * and lightest (documented in the README). Widths are for normal emphasis.
 */
export const WEBGL_LINE_STYLE: Readonly<
  Record<LineStyle, { readonly width: number; readonly opacity: number }>
> = {
  solid: { width: 2.2, opacity: 1 },
  dashed: { width: 1.6, opacity: 0.8 },
  dotted: { width: 1.1, opacity: 0.65 },
};

const round = (value: number) => Math.round(value * 100) / 100;

/** The dash pattern of a line style at a width, in px. */
export function dashPattern(line: LineStyle, width: number): readonly number[] {
  return DASH_UNITS[line].map((units) => round(units * width));
}

/** A dash pattern as SVG's stroke-dasharray text; undefined for a solid line. */
export function svgDashArray(dash: readonly number[]): string | undefined {
  return dash.length === 0 ? undefined : dash.join(' ');
}

/** Everything a renderer needs to draw a type on a background (a hex colour). */
export function typeAppearance(type: RelationshipType, background: string): TypeAppearance {
  const width = LINE_WIDTH[type.emphasis];
  const scale = width / LINE_WIDTH.normal;
  return {
    color: readableOn(type.color, background),
    line: type.line,
    width,
    dash: dashPattern(type.line, width),
    // Round caps turn the short dotted dashes into dots.
    cap: type.line === 'dotted' ? 'round' : 'butt',
    arrow: type.directed ? 'triangle' : 'none',
    arrowFill: type.arrow,
    emphasis: type.emphasis,
    webgl: {
      width: round(WEBGL_LINE_STYLE[type.line].width * scale),
      opacity: WEBGL_LINE_STYLE[type.line].opacity,
    },
    simpleWidth: SIMPLE_WIDTH[type.emphasis],
  };
}
