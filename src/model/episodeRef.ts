// Episode references as authors write them ("S1E3", "E3", 3) resolved to a 0-based position.
import { quote } from './problems';
import type { EpisodeRef } from './schema';

export interface EpisodeInput {
  readonly id: string;
  readonly season?: number | string | undefined;
}

export type Resolved =
  { readonly position: number } | { readonly error: string; readonly fix: string };

const SEASON_EPISODE = /^S(\d+)E(\d+)$/i;
const EPISODE_ONLY = /^E(\d+)$/i;

/** Season and episode numbers read from an id like "S01E03", if it has that form. */
export function seasonAndNumber(id: string): { season: number; number: number } | undefined {
  const match = SEASON_EPISODE.exec(id);
  if (!match) return undefined;
  return { season: Number(match[1]), number: Number(match[2]) };
}

/** The season an episode belongs to, as a label: explicit `season`, else read from its id. */
export function seasonOf(episode: EpisodeInput): string | undefined {
  if (episode.season !== undefined) return String(episode.season);
  const parsed = seasonAndNumber(episode.id);
  return parsed ? String(parsed.season) : undefined;
}

export class EpisodeResolver {
  private readonly byId = new Map<string, number>();
  private readonly bySeasonNumber = new Map<string, number>();
  private readonly seasons = new Set<string>();

  constructor(private readonly episodes: readonly EpisodeInput[]) {
    episodes.forEach((episode, position) => {
      const key = episode.id.toLowerCase();
      if (!this.byId.has(key)) this.byId.set(key, position);
      const parsed = seasonAndNumber(episode.id);
      const season = seasonOf(episode);
      if (season !== undefined) this.seasons.add(season);
      if (parsed) {
        const sn = `${parsed.season}/${parsed.number}`;
        if (!this.bySeasonNumber.has(sn)) this.bySeasonNumber.set(sn, position);
      }
    });
  }

  get count(): number {
    return this.episodes.length;
  }

  resolve(ref: EpisodeRef): Resolved {
    const count = this.episodes.length;
    const range = count === 0 ? 'the file has no episodes' : `between 1 and ${count}`;
    if (typeof ref === 'number') {
      if (Number.isInteger(ref) && ref >= 1 && ref <= count) return { position: ref - 1 };
      return {
        error: `episode position ${ref} is out of range`,
        fix: `use a position ${range}, or an episode id such as ${this.example()}`,
      };
    }
    const exact = this.byId.get(ref.toLowerCase());
    if (exact !== undefined) return { position: exact };
    const full = seasonAndNumber(ref);
    if (full) {
      const found = this.bySeasonNumber.get(`${full.season}/${full.number}`);
      if (found !== undefined) return { position: found };
    }
    const short = EPISODE_ONLY.exec(ref);
    if (short) {
      if (this.seasons.size > 1) {
        return {
          error: `${quote(ref)} is ambiguous in a show with ${this.seasons.size} seasons`,
          fix: `name the season, e.g. "S1${ref.toUpperCase()}"`,
        };
      }
      const number = Number(short[1]);
      for (const [key, position] of this.bySeasonNumber) {
        if (key.endsWith(`/${number}`)) return { position };
      }
      if (this.bySeasonNumber.size === 0 && number >= 1 && number <= count) {
        return { position: number - 1 };
      }
    }
    return {
      error: `no episode ${quote(ref)} in this file`,
      fix: `use one of the episode ids (${this.example()}) or a position ${range}`,
    };
  }

  private example(): string {
    const first = this.episodes[0];
    const last = this.episodes[this.episodes.length - 1];
    if (!first || !last) return '"S1E1"';
    return first === last ? `"${first.id}"` : `"${first.id}" … "${last.id}"`;
  }
}
