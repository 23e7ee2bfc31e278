// The episode list of an import that has none: every episode the file refers to, in order.
import { seasonAndNumber } from '../episodeRef';
import type { EpisodeRef } from '../schema';

export interface DerivedEpisode {
  readonly id: string;
  /** Index of the first reference that named it, so problems can point there. */
  readonly firstReference: number;
}

/**
 * "S1E3", "s01e03" and (in a one-season show) "E3" name the same episode, listed as "S1E3".
 * When every reference has that form the episodes are sorted by season and number;
 * otherwise they keep the order of first mention. Numbers are positions, so they add no
 * episode, except that a file naming episodes only by number gets S1E1 … S1En.
 */
export function deriveEpisodes(references: readonly EpisodeRef[]): DerivedEpisode[] {
  const byKey = new Map<string, DerivedEpisode & { season: number; number: number }>();
  let allNumbered = true;
  let highestPosition = 0;
  references.forEach((ref, index) => {
    if (typeof ref === 'number') {
      highestPosition = Math.max(highestPosition, ref);
      return;
    }
    const short = /^E(\d+)$/i.exec(ref);
    const parsed =
      seasonAndNumber(ref) ?? (short ? { season: 1, number: Number(short[1]) } : undefined);
    const id = parsed ? `S${parsed.season}E${parsed.number}` : ref;
    if (!parsed) allNumbered = false;
    const key = id.toLowerCase();
    if (!byKey.has(key)) {
      byKey.set(key, {
        id,
        firstReference: index,
        season: parsed?.season ?? 0,
        number: parsed?.number ?? 0,
      });
    }
  });
  const episodes = [...byKey.values()];
  if (allNumbered) episodes.sort((a, b) => a.season - b.season || a.number - b.number);
  if (episodes.length === 0) {
    const count = Math.max(1, Math.min(highestPosition, 10_000));
    return Array.from({ length: count }, (_, i) => ({ id: `S1E${i + 1}`, firstReference: -1 }));
  }
  return episodes.map(({ id, firstReference }) => ({ id, firstReference }));
}
