// The four relationship types every dataset knows without declaring them.
// Colours are Okabe–Ito (readable for colour-blind viewers); the line style and
// arrow tell the types apart without colour. How a type is drawn is decided from this
// record alone (see typeAppearance.ts), so no renderer names a type id.

export type LineStyle = 'solid' | 'dashed' | 'dotted';
/** 'strong' draws the line heavier, for the types a viewer must not miss. */
export type Emphasis = 'normal' | 'strong';
/** A directed type's arrowhead: filled, or hollow for something uncertain (a suspicion). */
export type ArrowFill = 'filled' | 'hollow';

export interface RelationshipType {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly line: LineStyle;
  readonly directed: boolean;
  readonly emphasis: Emphasis;
  readonly arrow: ArrowFill;
  readonly builtIn: boolean;
}

export const BUILT_IN_TYPES: readonly RelationshipType[] = [
  {
    id: 'affair',
    label: 'Affair',
    color: '#CC79A7',
    line: 'dashed',
    directed: false,
    emphasis: 'normal',
    arrow: 'filled',
    builtIn: true,
  },
  {
    id: 'abuse',
    label: 'Abuse',
    color: '#D55E00',
    line: 'solid',
    directed: true,
    emphasis: 'strong',
    arrow: 'filled',
    builtIn: true,
  },
  {
    id: 'sibling',
    label: 'Sibling',
    color: '#0072B2',
    line: 'dotted',
    directed: false,
    emphasis: 'normal',
    arrow: 'filled',
    builtIn: true,
  },
  {
    id: 'suspect',
    label: 'Suspect',
    color: '#E69F00',
    line: 'dashed',
    directed: true,
    emphasis: 'normal',
    arrow: 'hollow',
    builtIn: true,
  },
];

export function builtInType(id: string): RelationshipType | undefined {
  return BUILT_IN_TYPES.find((type) => type.id === id);
}
