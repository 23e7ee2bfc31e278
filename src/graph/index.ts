// The graph layer's public surface: the only module that imports Cytoscape.
export {
  createGraphView,
  LARGE_VIEW,
  MOTION_LIMIT,
  type GraphView,
  type GraphViewOptions,
  type ShowOptions,
  type FocusTarget,
  type Fresh,
} from './createGraphView';
export { GRAPH_THEMES, type GraphTheme, type ThemeName } from './theme';
export { stateKind, stateKindOf, type StateKind } from '../model';
export type { Scheduler } from './animator';
export type { PngOptions } from './png';
// exportLegend.ts is imported by its path: re-exported here, the widget's bundle would
// carry it for the PNG chunk that loads on demand.
export type { ExportLegend } from './exportLegend';
export { stateColors, typeColor } from './stylesheet';
export { detectWebGL, WEBGL_LINE_STYLE, type WebGLSupport } from './webgl';
export { inspectorOf, type CanvasInspector } from './inspect';
