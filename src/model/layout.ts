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
    /** When the character is in the story (episode indexes), so early casts can be spread. */
    readonly spans?: readonly { readonly from: number; readonly until: number | undefined }[];
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
    if (!large) spreadSmallCasts(nodes, castsByEpisode(dataset, byId), forces);
  }
  // A fully baked cast never runs the simulation, so its nodes have only fx/fy.
  return new Map(
    nodes.map((node) => [
      node.id,
      { x: Math.round(node.x ?? node.fx ?? 0), y: Math.round(node.y ?? node.fy ?? 0) },
    ]),
  );
}

/**
 * The camera shows the whole season's layout at every episode (nobody moves on screen),
 * so an episode whose cast sits in a small patch of it would leave most of the canvas
 * empty. The share of the layout's width and height every episode's cast must span.
 */
export const EPISODE_SPAN = 0.82;
/** Casts smaller than this are not spread: two or fewer characters cannot fill a frame. */
const SPREAD_MIN_CAST = 3;

/** Who is in the story at each episode that changes the cast, in order. */
function castsByEpisode(
  dataset: LayoutInput,
  byId: ReadonlyMap<string, LayoutNode>,
): LayoutNode[][] {
  const bounds = new Set<number>();
  for (const character of dataset.characters) {
    for (const span of character.spans ?? []) {
      bounds.add(span.from);
      if (span.until !== undefined) bounds.add(span.until + 1);
    }
  }
  return [...bounds]
    .sort((a, b) => a - b)
    .map((episode) =>
      dataset.characters
        .filter((character) =>
          (character.spans ?? []).some(
            (span) => span.from <= episode && (span.until === undefined || episode <= span.until),
          ),
        )
        .map((character) => byId.get(character.id) as LayoutNode),
    )
    .filter((cast) => cast.length >= SPREAD_MIN_CAST && cast.length < byId.size);
}

interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The room the nodes take, each with its label-sized radius. */
function extentOf(nodes: readonly LayoutNode[]): Extent {
  const extent = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const node of nodes) {
    const [x, y] = [node.fx ?? node.x ?? 0, node.fy ?? node.y ?? 0];
    extent.minX = Math.min(extent.minX, x - node.radius);
    extent.maxX = Math.max(extent.maxX, x + node.radius);
    extent.minY = Math.min(extent.minY, y - node.radius);
    extent.maxY = Math.max(extent.maxY, y + node.radius);
  }
  return extent;
}

/**
 * Spreads each early cast that sits in a small patch of the layout until it spans
 * EPISODE_SPAN of the whole in width and height, pins it, and lets everyone else settle
 * around it again. First casts first: a later cast holds the earlier one, so it usually
 * spans enough already. A few rounds, as the others' settling can widen the whole.
 */
function spreadSmallCasts(
  nodes: LayoutNode[],
  casts: readonly LayoutNode[][],
  forces: Force<LayoutNode, undefined>[],
) {
  const pinned = new Set<LayoutNode>(nodes.filter((node) => node.fx !== undefined));
  const spread = new Set<LayoutNode>();
  for (let round = 0; round < 6; round++) {
    const whole = extentOf(nodes);
    const [width, height] = [whole.maxX - whole.minX, whole.maxY - whole.minY];
    const cast = casts.find((members) => {
      const part = extentOf(members);
      return (
        (part.maxX - part.minX) / width < EPISODE_SPAN - 0.01 ||
        (part.maxY - part.minY) / height < EPISODE_SPAN - 0.01
      );
    });
    if (!cast || cast.every((node) => pinned.has(node) && !spread.has(node))) return;
    const part = extentOf(cast);
    // Map the cast's box onto a box EPISODE_SPAN of the whole, kept inside the whole and
    // as near the cast's own place as that allows.
    const scale = (lo: number, hi: number, wholeLo: number, wholeHi: number) => {
      const target = Math.max(hi - lo, EPISODE_SPAN * (wholeHi - wholeLo));
      const centre = Math.min(wholeHi - target / 2, Math.max(wholeLo + target / 2, (lo + hi) / 2));
      const factor = hi - lo > 0 ? target / (hi - lo) : 1;
      return (value: number) => centre + (value - (lo + hi) / 2) * factor;
    };
    const mapX = scale(part.minX, part.maxX, whole.minX, whole.maxX);
    const mapY = scale(part.minY, part.maxY, whole.minY, whole.maxY);
    for (const node of cast) {
      if (pinned.has(node) && !spread.has(node)) continue;
      node.fx = node.x = mapX(node.x ?? 0);
      node.fy = node.y = mapY(node.y ?? 0);
      pinned.add(node);
      spread.add(node);
    }
    relax(nodes, forces);
  }
}

/** A short, cooler settle from where the nodes are now, the pinned ones held. */
function relax(nodes: LayoutNode[], forces: Force<LayoutNode, undefined>[]) {
  for (const node of nodes) {
    node.vx = 0;
    node.vy = 0;
  }
  let alpha = 0.3;
  for (let tick = 0; tick < 160; tick++) {
    alpha -= alpha * 0.03;
    for (const force of forces) force(alpha);
    for (const node of nodes) {
      node.vx = (node.vx ?? 0) * 0.6;
      node.vy = (node.vy ?? 0) * 0.6;
      node.x = node.fx ?? (node.x ?? 0) + node.vx;
      node.y = node.fy ?? (node.y ?? 0) + node.vy;
    }
  }
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
