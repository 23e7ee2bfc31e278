// The graph at one episode as Cytoscape JSON (`elements` with nodes and edges), which both
// Cytoscape desktop (File → Import → Network from File, .cyjs) and cytoscape.js read.
// Characters and relationships share Cytoscape's one id space, so ids get the prefixes the
// app's graph view uses ("n:" and "e:"); the original id travels in `ref`.
import type { Dataset } from '../dataset';
import { buildTimeline } from '../timeline';

export interface CytoscapeNode {
  readonly data: {
    readonly id: string;
    readonly ref: string;
    readonly name: string;
    readonly group?: string;
    readonly actor?: string;
    readonly state?: string;
  };
  readonly position?: { readonly x: number; readonly y: number };
}

export interface CytoscapeEdge {
  readonly data: {
    readonly id: string;
    readonly ref: string;
    readonly source: string;
    readonly target: string;
    /** The type's id; `label` is its readable name. */
    readonly type: string;
    readonly label: string;
    readonly directed: boolean;
    readonly color: string;
    readonly line: string;
    /** "strong" types are drawn heavier; a hollow arrow marks something uncertain. */
    readonly emphasis: string;
    readonly arrow: string;
    readonly note?: string;
  };
}

export interface CytoscapeJson {
  /** Network-level data; Cytoscape desktop names the network after `name`. */
  readonly data: { readonly name: string; readonly show: string; readonly episode: string };
  readonly elements: {
    readonly nodes: readonly CytoscapeNode[];
    readonly edges: readonly CytoscapeEdge[];
  };
}

export const cytoscapeNodeId = (characterId: string) => `n:${characterId}`;
export const cytoscapeEdgeId = (relationshipId: string) => `e:${relationshipId}`;

/** The snapshot at a 0-based episode position (clamped to the show). */
export function exportCytoscapeJson(dataset: Dataset, position: number): CytoscapeJson {
  const snapshot = buildTimeline(dataset).snapshotAt(position);
  const episode = dataset.episodes[snapshot.episode]?.id ?? String(snapshot.episode + 1);
  const nodes = snapshot.characters.map<CytoscapeNode>(({ character, state }) => ({
    data: {
      id: cytoscapeNodeId(character.id),
      ref: character.id,
      name: character.name,
      ...(character.group === undefined ? {} : { group: character.group }),
      ...(character.actor === undefined ? {} : { actor: character.actor }),
      ...(state === undefined ? {} : { state }),
    },
    ...(character.position
      ? { position: { x: character.position.x, y: character.position.y } }
      : {}),
  }));
  const edges = snapshot.relationships.map<CytoscapeEdge>((relationship) => {
    const type = dataset.typeById.get(relationship.type);
    return {
      data: {
        id: cytoscapeEdgeId(relationship.id),
        ref: relationship.id,
        source: cytoscapeNodeId(relationship.source),
        target: cytoscapeNodeId(relationship.target),
        type: relationship.type,
        label: type?.label ?? relationship.type,
        directed: type?.directed ?? false,
        color: type?.color ?? '#777777',
        line: type?.line ?? 'solid',
        emphasis: type?.emphasis ?? 'normal',
        arrow: type?.arrow ?? 'filled',
        ...(relationship.note === undefined ? {} : { note: relationship.note }),
      },
    };
  });
  return {
    data: { name: `${dataset.show.title} — ${episode}`, show: dataset.show.title, episode },
    elements: { nodes, edges },
  };
}
