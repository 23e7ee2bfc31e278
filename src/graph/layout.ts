// The stable layout: one position per character, computed once over every episode's
// characters and relationships, so a character stays put as the story moves. Deterministic:
// d3-force starts from its phyllotaxis arrangement and uses its own seeded random source.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import type { Dataset } from '../model';

export interface Point {
  readonly x: number;
  readonly y: number;
}

interface LayoutNode extends SimulationNodeDatum {
  readonly id: string;
  readonly degree: number;
  /** Room the node and its label need, so labels do not land on each other. */
  readonly radius: number;
}

export interface LayoutOptions {
  /** Simulation steps; more settles further. */
  readonly ticks?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export function computeLayout(dataset: Dataset, options: LayoutOptions = {}): Map<string, Point> {
  const degree = new Map<string, number>();
  const pairs = new Map<string, { source: string; target: string; weight: number }>();
  for (const relationship of dataset.relationships) {
    degree.set(relationship.source, (degree.get(relationship.source) ?? 0) + 1);
    degree.set(relationship.target, (degree.get(relationship.target) ?? 0) + 1);
    const [a, b] = [relationship.source, relationship.target].sort();
    const key = JSON.stringify([a, b]);
    const pair = pairs.get(key);
    if (pair) pair.weight++;
    else pairs.set(key, { source: a as string, target: b as string, weight: 1 });
  }

  // Hubs first, so they take the middle of the starting spiral.
  const nodes: LayoutNode[] = dataset.characters
    .map((character, index) => ({ character, index }))
    .sort(
      (a, b) =>
        (degree.get(b.character.id) ?? 0) - (degree.get(a.character.id) ?? 0) || a.index - b.index,
    )
    .map(({ character }) => {
      const node: LayoutNode = {
        id: character.id,
        degree: degree.get(character.id) ?? 0,
        radius: Math.max(34, Math.min(80, 10 + Math.min(character.name.length, 22) * 3.4)),
      };
      if (character.position) {
        node.fx = character.position.x;
        node.fy = character.position.y;
      }
      return node;
    });
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const links: SimulationLinkDatum<LayoutNode>[] = [...pairs.values()].map((pair) => ({
    source: byId.get(pair.source) as LayoutNode,
    target: byId.get(pair.target) as LayoutNode,
  }));

  const allBaked = nodes.every((node) => node.fx !== undefined);
  if (!allBaked) {
    const simulation = forceSimulation(nodes)
      .force('link', forceLink(links).distance(110).strength(0.4))
      .force('charge', forceManyBody<LayoutNode>().strength(-420).distanceMax(900))
      .force('collide', forceCollide<LayoutNode>((node) => node.radius).strength(0.9))
      .force('x', forceX<LayoutNode>(0).strength(0.04))
      .force('y', forceY<LayoutNode>(0).strength(0.06))
      .stop();
    const ticks = options.ticks ?? 320;
    for (let tick = 0; tick < ticks; tick++) {
      simulation.tick();
      if (options.onProgress && tick % 20 === 0) options.onProgress(tick, ticks);
    }
    options.onProgress?.(ticks, ticks);
  }
  return new Map(
    nodes.map((node) => [node.id, { x: Math.round(node.x ?? 0), y: Math.round(node.y ?? 0) }]),
  );
}
