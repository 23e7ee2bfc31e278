// The styles that tell what changed: a soft halo under what the episode introduced (kept
// until the next step, see fresh.ts). Underlays sit below the element, so the halo never
// hides a label, a state marker or a line's dash pattern.
import type { StylesheetJson } from 'cytoscape';
import { FRESH_CLASS } from './fresh';
import type { GraphTheme } from './theme';

export function motionStyles(theme: GraphTheme): StylesheetJson {
  // Lines get a fainter, narrower halo than characters: an episode can bring many of
  // them, and a heavy band would hide the dash patterns that tell their types apart.
  const dark = theme.name === 'dark';
  const opacity = dark ? 0.32 : 0.25;
  const lineOpacity = dark ? 0.2 : 0.14;
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
        'underlay-opacity': lineOpacity,
        // An edge's underlay is a band twice the padding wide, whatever the line's width.
        'underlay-padding': 4.5,
      },
    },
    // Cytoscape draws an underlay at its own opacity, not the element's: a dimmed new
    // element's halo has to dim with it.
    { selector: `.${FRESH_CLASS}.dimmed`, style: { 'underlay-opacity': opacity * 0.16 } },
  ] as StylesheetJson;
}
