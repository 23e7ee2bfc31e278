// The stable layout: one position per character, computed once over every episode's
// characters and relationships, so a character stays put as the story moves.
// d3-force's forces run in a plain loop (what forceSimulation's tick does, without its
// timer and event modules, which the embed would otherwise carry), from a phyllotaxis
// start and a seeded random source: the same data always gives the same picture.
// Not re-exported by the model's index: import it from 'model/layout', so the widget loads it
// only for data without baked positions.
import { forceCollide, forceLink, forceManyBody, forceX, forceY } from 'd3-force';
import type { Force, SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';

import type { Point } from './bakedPositions';

export type { Point };

interface LayoutNode extends SimulationNodeDatum {
  readonly id: string;
  readonly group: string;
  readonly degree: number;
  /** Room the node and its label need, so labels do not land on each other. */
  readonly radius: number;
  /** Where its group gathers (big casts), so the picture shows groups, not one hairball. */
  home: Point;
}

/** Above this many characters the layout trades label spacing for speed. */
export const LARGE_CAST = 2000;

export interface LayoutOptions {
  /** Simulation steps; more settles further. */
  readonly ticks?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** What the layout needs: characters (with any baked position) and who is tied to whom. */
export interface LayoutInput {
  readonly characters: readonly {
    readonly id: string;
    readonly name: string;
    readonly group?: string | undefined;
    readonly position?: Point | undefined;
  }[];
  readonly relationships: readonly { readonly source: string; readonly target: string }[];
}

export function computeLayout(
  dataset: LayoutInput,
  options: LayoutOptions = {},
): Map<string, Point> {
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
        home: { x: 0, y: 0 },
        group: character.group ?? '',
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
    // Big casts: labels are hidden at the zoom that shows them all, so skip label-sized
    // collision, coarsen Barnes–Hut and settle in fewer steps (measured: 10,000 / 50,000
    // bakes in well under a minute on two cores).
    const large = nodes.length > LARGE_CAST;
    if (large) placeGroupHomes(nodes);
    const link = forceLink(links).distance(large ? 30 : 110);
    const charge = forceManyBody<LayoutNode>().strength(large ? -40 : -420);
    // d3's default link strength (1 / degree of the less connected end) keeps hubs from
    // dragging their whole neighbourhood into one knot; a distance cap would draw rings.
    if (!large) {
      link.strength(0.4);
      charge.distanceMax(900);
    }
    const forces: Force<LayoutNode, undefined>[] = [
      link,
      charge,
      forceX<LayoutNode>((node) => node.home.x).strength(large ? 0.08 : 0.04),
      forceY<LayoutNode>((node) => node.home.y).strength(large ? 0.08 : 0.06),
    ];
    if (!large) forces.push(forceCollide<LayoutNode>((node) => node.radius).strength(0.9));
    settle(nodes, forces, { ...options, ticks: options.ticks ?? (large ? 300 : 320) });
  }
  // A fully baked cast never runs the simulation, so its nodes have only fx/fy.
  return new Map(
    nodes.map((node) => [
      node.id,
      { x: Math.round(node.x ?? node.fx ?? 0), y: Math.round(node.y ?? node.fy ?? 0) },
    ]),
  );
}

/** d3's linear congruential generator, as forceSimulation seeds it. */
function seededRandom(): () => number {
  let state = 1;
  return () => (state = (1664525 * state + 1013904223) % 4294967296) / 4294967296;
}

/** forceSimulation's start and tick, run to the end at once. */
function settle(
  nodes: LayoutNode[],
  forces: Force<LayoutNode, undefined>[],
  options: LayoutOptions,
) {
  const initialAngle = Math.PI * (3 - Math.sqrt(5));
  nodes.forEach((node, index) => {
    const radius = 10 * Math.sqrt(0.5 + index);
    const angle = index * initialAngle;
    node.x = node.fx ?? radius * Math.cos(angle);
    node.y = node.fy ?? radius * Math.sin(angle);
    node.vx = 0;
    node.vy = 0;
  });
  const random = seededRandom();
  for (const force of forces) force.initialize?.(nodes, random);
  const ticks = options.ticks ?? 320;
  const alphaDecay = 1 - Math.pow(0.001, 1 / 300);
  const velocityDecay = 0.6;
  let alpha = 1;
  for (let tick = 0; tick < ticks; tick++) {
    alpha -= alpha * alphaDecay;
    for (const force of forces) force(alpha);
    for (const node of nodes) {
      node.vx = (node.vx ?? 0) * velocityDecay;
      node.vy = (node.vy ?? 0) * velocityDecay;
      node.x = node.fx ?? (node.x ?? 0) + node.vx;
      node.y = node.fy ?? (node.y ?? 0) + node.vy;
    }
    if (options.onProgress && tick % 20 === 0) options.onProgress(tick, ticks);
  }
  options.onProgress?.(ticks, ticks);
}

/** Group centres on a circle sized to the cast, in order of first appearance. */
function placeGroupHomes(nodes: LayoutNode[]) {
  const groups = [...new Set(nodes.map((node) => node.group))];
  if (groups.length < 2) return;
  const radius = 12 * Math.sqrt(nodes.length);
  const homes = new Map(
    groups.map((group, index) => {
      const angle = (2 * Math.PI * index) / groups.length;
      return [group, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) }];
    }),
  );
  for (const node of nodes) node.home = homes.get(node.group) ?? { x: 0, y: 0 };
}
