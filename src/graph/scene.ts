// What Cytoscape holds: just what is visible, plus what is still fading out. A step
// compares a snapshot with these maps and touches only the elements that changed.
import type { Core, EdgeSingular, ElementDefinition, NodeSingular } from 'cytoscape';
import type { CharacterAt, Dataset, Point, Relationship, Snapshot } from '../model';
import { asCollection } from './cytoscapeDom';
import { degrees, nodeSize, stateKindOf } from '../model';
import { edgeDefinition, nodeDefinition, nodeLabel, STATE_CLASSES } from './elements';

export type DrawnElement = NodeSingular | EdgeSingular;

/** A node's fill as drawn: motion morphs a changed node from its old fill to its new one. */
export interface Fill {
  readonly color: readonly number[];
  readonly opacity: number;
}

export const fillOf = (node: NodeSingular): Fill => ({
  color: node.numericStyle('background-color') as number[],
  opacity: node.numericStyle('background-opacity') as number,
});

/** One step's changes, for motion to animate and focus to derive new elements' looks. */
export interface Step {
  readonly entering: DrawnElement[];
  readonly leaving: DrawnElement[];
  /** Nodes still drawn whose state or label changed, with the fill they had before. */
  readonly changed: { readonly node: NodeSingular; readonly before: Fill }[];
  /** With a limit: some of the snapshot's elements are still to be added. */
  pending?: boolean;
}

export interface Scene {
  /**
   * Adds and restyles what the snapshot needs; what leaves stays until `remove`. With a
   * `limit`, adds at most that many elements (characters first), and says if more remain.
   */
  apply(snapshot: Snapshot, hiddenTypes?: ReadonlySet<string>, limit?: number): Step;
  remove(elements: readonly DrawnElement[]): void;
  node(characterId: string): NodeSingular | undefined;
  edge(relationshipId: string): EdgeSingular | undefined;
  /** The original ids of what Cytoscape holds now (including anything still fading out). */
  drawn(): { nodes: string[]; edges: string[] };
}

// Removing every state class before adding the new one leaves focus classes alone.
const ALL_STATE_CLASSES = Object.values(STATE_CLASSES).filter(Boolean).join(' ');
const lookOf = (entry: CharacterAt) => `${stateKindOf(entry)}\u0000${nodeLabel(entry)}`;

function wantedEdges(
  snapshot: Snapshot,
  hiddenTypes: ReadonlySet<string> | undefined,
  present: ReadonlySet<string>,
) {
  const wanted = new Map<string, Relationship>();
  for (const relationship of snapshot.relationships) {
    if (hiddenTypes?.has(relationship.type)) continue;
    if (!present.has(relationship.source) || !present.has(relationship.target)) continue;
    wanted.set(relationship.id, relationship);
  }
  return wanted;
}

export function createScene(
  cy: Core,
  dataset: Dataset,
  positions: ReadonlyMap<string, Point>,
): Scene {
  const typeIndex = new Map(dataset.types.map((type, index) => [type.id, index]));
  // By original id, with the look each node shows: a step reads these maps instead of
  // Cytoscape's collections (a CPU profile showed a getElementById per visible element
  // on every step).
  const drawnNodes = new Map<string, { node: NodeSingular; look: string }>();
  const drawnEdges = new Map<string, EdgeSingular>();
  const positionOf = (id: string): Point => positions.get(id) ?? { x: 0, y: 0 };

  function apply(snapshot: Snapshot, hiddenTypes?: ReadonlySet<string>, limit = Infinity): Step {
    const nodes = new Map<string, CharacterAt>(
      snapshot.characters.map((entry) => [entry.character.id, entry]),
    );
    const edges = wantedEdges(snapshot, hiddenTypes, new Set(nodes.keys()));
    const degreeOf = degrees(snapshot.relationships);
    const sizeOf = (id: string) => nodeSize(degreeOf.get(id) ?? 0);
    const step: Step = { entering: [], leaving: [], changed: [] };
    cy.batch(() => {
      for (const [id, edge] of drawnEdges) {
        if (!edges.has(id)) step.leaving.push(edge);
      }
      for (const [id, drawn] of drawnNodes) {
        const entry = nodes.get(id);
        if (!entry) {
          step.leaving.push(drawn.node);
          continue;
        }
        // Importance follows the episode's degree; motion reads `size` to grow nodes in.
        const size = sizeOf(id);
        if (drawn.node.data('size') !== size) drawn.node.data('size', size);
        const look = lookOf(entry);
        if (drawn.look === look) continue;
        const before = fillOf(drawn.node);
        drawn.node.data('label', nodeLabel(entry));
        drawn.node.removeClass(ALL_STATE_CLASSES).addClass(STATE_CLASSES[stateKindOf(entry)]);
        drawn.look = look;
        step.changed.push({ node: drawn.node, before });
      }
      // One `cy.add` for all of them, as react-cytoscapejs does: added one by one, each
      // element is indexed, dirtied and announced on its own (a CPU profile of random jumps
      // put a fifth more time in adding than the fair baseline's one call).
      const adding: ElementDefinition[] = [];
      for (const [id, entry] of nodes) {
        if (drawnNodes.has(id)) continue;
        if (adding.length >= limit) {
          step.pending = true;
          break;
        }
        adding.push(nodeDefinition(entry, positionOf(id), dataset, sizeOf(id)));
      }
      if (!step.pending)
        for (const [id, relationship] of edges) {
          if (drawnEdges.has(id)) continue;
          if (adding.length >= limit) {
            step.pending = true;
            break;
          }
          adding.push(edgeDefinition(relationship, dataset, typeIndex));
        }
      if (adding.length === 0) return;
      for (const element of cy.add(adding)) {
        const id = element.data('ref') as string;
        const entry = element.isNode() ? nodes.get(id) : undefined;
        if (entry) drawnNodes.set(id, { node: element as NodeSingular, look: lookOf(entry) });
        else drawnEdges.set(id, element as EdgeSingular);
        step.entering.push(element);
      }
    });
    return step;
  }

  function remove(elements: readonly DrawnElement[]) {
    for (const element of elements) {
      const id = element.data('ref') as string;
      if (element.isNode()) drawnNodes.delete(id);
      else drawnEdges.delete(id);
    }
    cy.remove(asCollection(cy, elements));
  }

  return {
    apply,
    remove,
    node: (characterId) => drawnNodes.get(characterId)?.node,
    edge: (relationshipId) => drawnEdges.get(relationshipId),
    drawn: () => ({
      nodes: cy.nodes().map((node) => node.data('ref') as string),
      edges: cy.edges().map((edge) => edge.data('ref') as string),
    }),
  };
}
