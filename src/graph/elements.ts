// How model objects become Cytoscape element definitions. Character and relationship ids
// share Cytoscape's one id space, so each gets a prefix; the original id travels in `ref`.
import type { ElementDefinition } from 'cytoscape';
import {
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

export function nodeDefinition(entry: CharacterAt, position: Point): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: nodeId(entry.character.id), ref: entry.character.id, label: nodeLabel(entry) },
    position: { x: position.x, y: position.y },
    classes: STATE_CLASSES[stateKindOf(entry)],
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
