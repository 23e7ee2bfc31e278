// Character states as the views draw them. A state is free text ("in a coma", "dead");
// the few that get their own node marker are read from it here, or taken from the
// author's explicit `marker` (format v2) when the text cannot say.

export type StateKind = 'none' | 'coma' | 'dead' | 'other';

/** What an author may write as a state's `marker`: the same kinds the views draw. */
export type StateMarker = StateKind;

export const STATE_MARKERS: readonly StateMarker[] = ['dead', 'coma', 'other', 'none'];

/** Reads a state into the kind the views draw; an explicit marker wins over the text. */
export function stateKind(state: string | undefined, marker?: StateMarker): StateKind {
  if (state === undefined) return 'none';
  if (marker !== undefined) return marker;
  if (/\b(dead|died|killed|deceased|murdered)\b/i.test(state)) return 'dead';
  if (/\bcoma\b|\bunconscious\b/i.test(state)) return 'coma';
  if (/^(awake|alive|recovered|well)$/i.test(state.trim())) return 'none';
  return 'other';
}

/** The kind of a character's state at an episode (a snapshot's CharacterAt). */
export const stateKindOf = (entry: {
  readonly state: string | undefined;
  readonly marker?: StateMarker | undefined;
}): StateKind => stateKind(entry.state, entry.marker);

/** Put before a character's name in its node label: a dagger for the dead. */
export const STATE_LABEL_PREFIX: Readonly<Record<StateKind, string>> = {
  none: '',
  coma: '',
  dead: '† ',
  other: '',
};

/** The theme colours a state marker is drawn with; the canvas and the legends pass theirs. */
export interface StateColors {
  readonly node: string;
  readonly border: string;
  readonly dead: string;
}

/**
 * How a node in a state looks, for every renderer (Cytoscape's node styles, the app's
 * legend SVG). Border widths are px at the canvas's node size.
 */
export interface StateAppearance {
  readonly kind: StateKind;
  /** A colour, or 'none' for a hollow node. */
  readonly fill: string;
  readonly border: string;
  readonly borderWidth: number;
  readonly borderStyle: 'solid' | 'dashed' | 'double';
  /** SVG stroke-dasharray for a dashed border, in px. */
  readonly borderDash: readonly number[];
  /** Put before the character's name in its label. */
  readonly labelPrefix: string;
  /** One line for a legend. */
  readonly description: string;
}

export function stateAppearance(kind: StateKind, colors: StateColors): StateAppearance {
  const plain = {
    kind,
    fill: colors.node,
    border: colors.border,
    borderWidth: 1.5,
    borderStyle: 'solid',
    borderDash: [],
    labelPrefix: STATE_LABEL_PREFIX[kind],
  } as const;
  switch (kind) {
    case 'coma':
      return {
        ...plain,
        fill: 'none',
        borderWidth: 4,
        borderStyle: 'double',
        description: 'Hollow ring: in a coma or unconscious',
      };
    case 'dead':
      return {
        ...plain,
        fill: colors.dead,
        borderStyle: 'dashed',
        borderDash: [3, 2],
        description: 'Grey with a † before the name: dead',
      };
    case 'other':
      return {
        ...plain,
        borderWidth: 3,
        description: 'Thick outline: another state (see the details panel)',
      };
    case 'none':
      return { ...plain, description: 'No marked state' };
  }
}
