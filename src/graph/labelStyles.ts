// The label positions the placement pass (labels.ts) chooses between: below the character
// (the base rule's default), above, right or left of it, at a corner, slid along a side, or
// hidden when none fits.
import type { StylesheetJson } from 'cytoscape';

/** Space between a character's edge and its label, in model units (the base rule's margin). */
export const LABEL_MARGIN = 5;
/** A corner label's shift out of the corner, each way. */
export const CORNER_MARGIN = 1;
/** The halo round every label's letters (the stylesheet's text-outline-width). */
export const LABEL_OUTLINE = 3;
/**
 * How far Cytoscape's label bounding box reaches past the text on every side: the outline
 * plus its own 2-unit "margin of error" (cytoscape's updateBoundsFromLabel).
 */
export const LABEL_BOX_PAD = LABEL_OUTLINE + 2;

export const LABEL_CLASSES = {
  top: 'label-top',
  right: 'label-right',
  left: 'label-left',
  bottomRight: 'label-bottom-right',
  bottomLeft: 'label-bottom-left',
  topRight: 'label-top-right',
  topLeft: 'label-top-left',
  hidden: 'label-hidden',
  /** Slid sideways (below, above) or up or down (beside) by the node's LABEL_SHIFT data. */
  shiftX: 'label-shift-x',
  shiftY: 'label-shift-y',
} as const;
/** The node data field a slid label's distance is read from, in model units. */
export const LABEL_SHIFT = 'labelShift';
export const ALL_LABEL_CLASSES = Object.values(LABEL_CLASSES).join(' ');

export function labelStyles(fontSize: number): StylesheetJson {
  return [
    // Wide enough that no shipped name is ellipsised; placement finds it the room.
    { selector: 'node', style: { 'text-max-width': `${Math.round((320 * fontSize) / 13)}px` } },
    {
      selector: `node.${LABEL_CLASSES.top}`,
      style: { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -LABEL_MARGIN },
    },
    {
      selector: `node.${LABEL_CLASSES.right}`,
      style: {
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-x': LABEL_MARGIN,
        'text-margin-y': 0,
      },
    },
    {
      selector: `node.${LABEL_CLASSES.left}`,
      style: {
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-x': -LABEL_MARGIN,
        'text-margin-y': 0,
      },
    },
    // Corners: the label's corner touches the character's bounding corner.
    ...(
      [
        [LABEL_CLASSES.bottomRight, 'bottom', 'right'],
        [LABEL_CLASSES.bottomLeft, 'bottom', 'left'],
        [LABEL_CLASSES.topRight, 'top', 'right'],
        [LABEL_CLASSES.topLeft, 'top', 'left'],
      ] as const
    ).map(([name, valign, halign]) => ({
      selector: `node.${name}`,
      style: {
        'text-valign': valign,
        'text-halign': halign,
        'text-margin-x': halign === 'right' ? CORNER_MARGIN : -CORNER_MARGIN,
        'text-margin-y': valign === 'bottom' ? CORNER_MARGIN : -CORNER_MARGIN,
      },
    })),
    // After the sides, so a slide replaces only the side's margin along the slide.
    {
      selector: `node.${LABEL_CLASSES.shiftX}`,
      style: { 'text-margin-x': `data(${LABEL_SHIFT})` },
    },
    {
      selector: `node.${LABEL_CLASSES.shiftY}`,
      style: { 'text-margin-y': `data(${LABEL_SHIFT})` },
    },
    { selector: `node.${LABEL_CLASSES.hidden}`, style: { 'text-opacity': 0 } },
  ] as StylesheetJson;
}
