// The styles that tell what changed: a soft halo under what the episode introduced (kept
// until the next step, see fresh.ts). Underlays sit below the element, so the halo never
// hides a label, a state marker or a line's dash pattern.
import type { StylesheetJson } from 'cytoscape';
import { FRESH_CLASS } from './fresh';
import type { GraphTheme } from './theme';

export function motionStyles(theme: GraphTheme): StylesheetJson {
  // The accent is lighter in the dark theme: a little less of it reads the same.
  const opacity = theme.name === 'dark' ? 0.3 : 0.22;
  return [
    {
      selector: `node.${FRESH_CLASS}`,
      style: {
        'underlay-color': theme.accent,
        'underlay-opacity': opacity,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: `edge.${FRESH_CLASS}`,
      style: {
        'underlay-color': theme.accent,
        'underlay-opacity': opacity,
        // An edge's underlay is a band twice the padding wide, whatever the line's width.
        'underlay-padding': 6,
      },
    },
  ] as StylesheetJson;
}
