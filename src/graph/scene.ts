// What Cytoscape holds: just what is visible, plus what is still fading out. A step
// compares a snapshot with these maps and touches only the elements that changed.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { CharacterAt, Dataset, Point, Relationship, Snapshot } from '../model';
import { asCollection } from './cytoscapeDom';
import { degrees, nodeSize, stateKindOf } from '../model';
import {
  edgeDefinition,
  nodeClasses,
  nodeDefinition,
  nodeId,
  edgeId,
  nodeLabel,
  STATE_CLASSES,
} from './elements';
import { typeClass } from './stylesheet';

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
}

export interface Scene {
  /** Adds and restyles what the snapshot needs; what leaves stays until `remove`. */
  apply(snapshot: Snapshot, hiddenTypes?: ReadonlySet<string>): Step;
  /** `bypassed`: the elements still carry motion's style bypasses (they faded out). */
  remove(elements: readonly DrawnElement[], bypassed?: boolean): void;
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

/**
 * Removed elements kept for reuse, at most this many. Restoring a removed element costs a
 * fraction of adding a new one: Cytoscape keeps its style context, so nothing is restyled
 * unless its look changed (a CPU profile of random jumps at 1,000 / 5,000 put most of a
 * step in styling and creating added elements and collecting removed ones).
 */
const POOL_LIMIT = 20_000;

interface Pooled {
  readonly element: DrawnElement;
  /** The stylesheet it was styled with: after a new one, it must be styled afresh. */
  readonly style: unknown;
}

export interface SceneOptions {
  /** Keep removed elements for reuse (big casts; see POOL_LIMIT). */
  readonly pool?: boolean;
}

export function createScene(
  cy: Core,
  dataset: Dataset,
  positions: ReadonlyMap<string, Point>,
  options: SceneOptions = {},
): Scene {
  const typeIndex = new Map(dataset.types.map((type, index) => [type.id, index]));
  // By original id, with the look each node shows: a step reads these maps instead of
  // Cytoscape's collections (a CPU profile showed a getElementById per visible element
  // on every step).
  const drawnNodes = new Map<string, { node: NodeSingular; look: string }>();
  const drawnEdges = new Map<string, EdgeSingular>();
  const positionOf = (id: string): Point => positions.get(id) ?? { x: 0, y: 0 };
  // By Cytoscape id, oldest first.
  const pool = new Map<string, Pooled>();
  const reuse = (id: string): DrawnElement | undefined => {
    const pooled = pool.get(id);
    if (!pooled) return undefined;
    pool.delete(id);
    return pooled.style === cy.style() && pooled.element.removed() ? pooled.element : undefined;
  };

  function apply(snapshot: Snapshot, hiddenTypes?: ReadonlySet<string>): Step {
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
      // Kept elements come back as they left, less any marks: the classes and data a new
      // one would get, set only where they differ (each difference restyles the element).
      const restored: DrawnElement[] = [];
      for (const [id, entry] of nodes) {
        if (drawnNodes.has(id)) continue;
        const kept = reuse(nodeId(id)) as NodeSingular | undefined;
        let node: NodeSingular;
        if (kept) {
          const label = nodeLabel(entry);
          const size = sizeOf(id);
          if (kept.data('label') !== label) kept.data('label', label);
          if (kept.data('size') !== size) kept.data('size', size);
          const classes = nodeClasses(entry, dataset);
          if ((kept.classes() as unknown as string[]).join(' ') !== classes) kept.classes(classes);
          const at = positionOf(id);
          const was = kept.position();
          if (was.x !== at.x || was.y !== at.y) kept.position({ x: at.x, y: at.y });
          restored.push(kept);
          node = kept;
        } else {
          node = cy.add(nodeDefinition(entry, positionOf(id), dataset, sizeOf(id)));
        }
        drawnNodes.set(id, { node, look: lookOf(entry) });
        step.entering.push(node);
      }
      // Nodes before any edge: an edge (kept or new) needs both its ends there.
      if (restored.length > 0) asCollection(cy, restored.splice(0)).restore();
      for (const [id, relationship] of edges) {
        if (drawnEdges.has(id)) continue;
        const kept = reuse(edgeId(id)) as EdgeSingular | undefined;
        let edge: EdgeSingular;
        if (kept) {
          const classes = typeClass(typeIndex.get(relationship.type) ?? 0);
          if ((kept.classes() as unknown as string[]).join(' ') !== classes) kept.classes(classes);
          restored.push(kept);
          edge = kept;
        } else {
          edge = cy.add(edgeDefinition(relationship, dataset, typeIndex));
        }
        drawnEdges.set(id, edge);
        step.entering.push(edge);
      }
      if (restored.length > 0) asCollection(cy, restored).restore();
    });
    return step;
  }

  function remove(elements: readonly DrawnElement[], bypassed = false) {
    const removing = asCollection(cy, elements);
    // Motion's fade-out bypasses go before the element is kept (a restore must not bring
    // back a faded, shrunken element).
    if (options.pool && bypassed) removing.removeStyle();
    for (const element of elements) {
      const id = element.data('ref') as string;
      if (element.isNode()) drawnNodes.delete(id);
      else drawnEdges.delete(id);
    }
    cy.remove(removing);
    if (!options.pool) return;
    const style = cy.style();
    for (const element of elements) pool.set(element.id(), { element, style });
    for (const id of pool.keys()) {
      if (pool.size <= POOL_LIMIT) break;
      pool.delete(id);
    }
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
