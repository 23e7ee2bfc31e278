// The viewer core: the view state, its transitions and spoiler rules, playback, and what a
// view derives from them. Pure TypeScript: no React, no DOM, no Cytoscape.
export { changesText, episodeText, graphLabel, valueText } from './announce';
export {
  freshOf,
  legendRows,
  openingDiff,
  type Fresh,
  type LegendRow,
  type ViewFrame,
} from './frame';
export {
  BASE_INTERVAL_MS,
  intervalFor,
  systemClock,
  type Clock,
  type Suspension,
} from './playback';
export { mergeNotices, resolveRequest, type ResolvedRequest, type ViewRequest } from './request';
export { isSpeed, SPEEDS, type Speed, type ViewState } from './state';
export { createViewer, type Viewer, type ViewerOptions } from './store';
