// How model objects become Cytoscape element definitions. Character and relationship ids
// share Cytoscape's one id space, so each gets a prefix; the original id travels in `ref`.
import type { ElementDefinition } from 'cytoscape';
import type { CharacterAt, Dataset, Relationship } from '../model';
import { typeClass } from './stylesheet';
import type { Point } from '../model';

export const nodeId = (characterId: string) => `n:${characterId}`;
export const edgeId = (relationshipId: string) => `e:${relationshipId}`;

export type StateKind = 'none' | 'coma' | 'dead' | 'other';

/** Reads free-text states into the few the canvas draws differently. */
export function stateKind(state: string | undefined): StateKind {
  if (state === undefined) return 'none';
  if (/\b(dead|died|killed|deceased|murdered)\b/i.test(state)) return 'dead';
  if (/\bcoma\b|\bunconscious\b/i.test(state)) return 'coma';
  if (/^(awake|alive|recovered|well)$/i.test(state.trim())) return 'none';
  return 'other';
}

export const STATE_CLASSES: Record<StateKind, string> = {
  none: '',
  coma: 'coma',
  dead: 'dead',
  other: 'other-state',
};

export function nodeLabel(entry: CharacterAt): string {
  return stateKind(entry.state) === 'dead' ? `† ${entry.character.name}` : entry.character.name;
}

export function nodeDefinition(entry: CharacterAt, position: Point): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: nodeId(entry.character.id), ref: entry.character.id, label: nodeLabel(entry) },
    position: { x: position.x, y: position.y },
    classes: STATE_CLASSES[stateKind(entry.state)],
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
