// What the view's stylesheet is built from: the theme and the drawing rules, which the
// camera changes with the zoom. Cytoscape only ever sees the stylesheet built from these.
import type { StylesheetJson } from 'cytoscape';
import type { Dataset } from '../model';
import { buildStylesheet, type StyleOptions } from './stylesheet';
import { GRAPH_THEMES, type GraphTheme, type ThemeName } from './theme';

export const BASE_FONT = 13;
/** Casts above this many characters get the big-cast drawing rules. */
export const LARGE_VIEW = 500;

/** The drawing rules a view starts with for a dataset (benchmarks give every contender these). */
export function viewStyleOptions(dataset: Dataset): StyleOptions {
  return {
    fontSize: BASE_FONT,
    minLabelSize: dataset.characters.length > LARGE_VIEW ? 9 : 0,
    simpleEdges: false,
  };
}

export const themeOf = (theme: ThemeName | GraphTheme | undefined): GraphTheme =>
  typeof theme === 'object' ? theme : GRAPH_THEMES[theme ?? 'light'];

export interface Look {
  readonly theme: GraphTheme;
  readonly style: StyleOptions;
  /** Returns whether the theme changed. */
  setTheme(theme: GraphTheme): boolean;
  /** Returns whether the stylesheet changed (font size, edge simplicity and curve spacing follow the zoom). */
  setStyle(style: StyleOptions): boolean;
  stylesheet(): StylesheetJson;
}

export function createLook(dataset: Dataset, theme: GraphTheme, webgl: boolean): Look {
  let style: StyleOptions = { ...viewStyleOptions(dataset), webgl };
  return {
    get theme() {
      return theme;
    },
    get style() {
      return style;
    },
    setTheme(next) {
      if (next === theme) return false;
      theme = next;
      return true;
    },
    setStyle(next) {
      if (
        next.fontSize === style.fontSize &&
        next.simpleEdges === style.simpleEdges &&
        next.curveStep === style.curveStep
      )
        return false;
      style = next;
      return true;
    },
    stylesheet: () => buildStylesheet(dataset.types, theme, style, dataset.groups),
  };
}
