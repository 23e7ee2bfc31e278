// How model objects become Cytoscape element definitions. Character and relationship ids
// share Cytoscape's one id space, so each gets a prefix; the original id travels in `ref`.
import type { ElementDefinition } from 'cytoscape';
import {
  groupClass,
  STATE_LABEL_PREFIX,
  stateKindOf,
  type CharacterAt,
  type Dataset,
  type Point,
  type Relationship,
  type StateKind,
} from '../model';
import { typeClass } from './stylesheet';

export const nodeId = (characterId: string) => `n:${characterId}`;
export const edgeId = (relationshipId: string) => `e:${relationshipId}`;

// State classification lives in the model (characterState.ts); re-exported for older imports.
export { stateKind, type StateKind } from '../model';

export const STATE_CLASSES: Record<StateKind, string> = {
  none: '',
  coma: 'coma',
  dead: 'dead',
  other: 'other-state',
};

export function nodeLabel(entry: CharacterAt): string {
  return `${STATE_LABEL_PREFIX[stateKindOf(entry)]}${entry.character.name}`;
}

/** The node's classes: its state's and its group's (a class made from the group's position). */
export function nodeClasses(entry: CharacterAt, dataset: Dataset): string {
  const group = entry.character.group;
  const index = group === undefined ? undefined : dataset.groupById.get(group)?.index;
  return [STATE_CLASSES[stateKindOf(entry)], index === undefined ? '' : groupClass(index)]
    .filter(Boolean)
    .join(' ');
}

/** `size` is the diameter in px for the character's degree (nodeSize.ts); motion grows from it. */
export function nodeDefinition(
  entry: CharacterAt,
  position: Point,
  dataset: Dataset,
  size: number,
): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: nodeId(entry.character.id),
      ref: entry.character.id,
      label: nodeLabel(entry),
      size,
    },
    position: { x: position.x, y: position.y },
    classes: nodeClasses(entry, dataset),
  };
}

export function edgeDefinition(
  relationship: Relationship,
  dataset: Dataset,
  typeIndex: ReadonlyMap<string, number>,
): ElementDefinition {
  const index = typeIndex.get(relationship.type) ?? 0;
  return {
    group: 'edges',
    data: {
      id: edgeId(relationship.id),
      ref: relationship.id,
      source: nodeId(relationship.source),
      target: nodeId(relationship.target),
      typeLabel: dataset.typeById.get(relationship.type)?.label ?? relationship.type,
    },
    classes: typeClass(index),
  };
}
