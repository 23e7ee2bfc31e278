// A character's importance as of an episode, drawn as the node's size: its degree (the
// relationships it takes part in at that episode) on a square-root scale, so area grows
// with degree, capped so one hub cannot swallow its neighbours.
import type { Relationship } from './dataset';

/** Diameters in px: the least connected character, and the most (from CAP_DEGREE on). */
export const NODE_SIZE = { min: 18, max: 40 } as const;
export const CAP_DEGREE = 12;

/** Node diameter in px for a degree, rounded to a tenth of a pixel. */
export function nodeSize(degree: number): number {
  const share = Math.sqrt(Math.min(Math.max(degree, 0), CAP_DEGREE) / CAP_DEGREE);
  return Math.round((NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * share) * 10) / 10;
}

/** Relationships per character id (each counts once for its source and once for its target). */
export function degrees(relationships: readonly Relationship[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { source, target } of relationships) {
    counts.set(source, (counts.get(source) ?? 0) + 1);
    counts.set(target, (counts.get(target) ?? 0) + 1);
  }
  return counts;
}
