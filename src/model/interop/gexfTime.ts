// GEXF times → episode positions. Plotweb writes integer time = episode number (1-based).
// Other files: integer times from 1 up to MAX_DIRECT_EPISODES are episode numbers too; any
// other times (doubles, zero or negative, years) are ranked, each distinct value becoming
// one episode in order. Dates (timeformat="date" or "dateTime") are read as instants and
// always ranked. Spells are inclusive at both ends.

const MAX_DIRECT_EPISODES = 1000;
export const MAX_EPISODES = 10_000;

export interface TimeAxis {
  readonly episodeCount: number;
  /** 0-based position of a time that occurs in the file. */
  position(time: number): number;
  /** The time an episode position stands for. */
  timeAt(position: number): number;
  /** Whether each distinct time became one episode (rather than time n being episode n). */
  readonly ranked: boolean;
}

/** `ranked` forces one episode per distinct time, as for dates. */
export function buildTimeAxis(times: readonly number[], ranked = false): TimeAxis {
  if (times.length === 0) {
    return { episodeCount: 1, position: () => 0, timeAt: () => 1, ranked: false };
  }
  const distinct = [...new Set(times)].sort((a, b) => a - b);
  const lowest = distinct[0] as number;
  const highest = distinct[distinct.length - 1] as number;
  const direct = distinct.every(Number.isInteger) && lowest >= 1 && highest <= MAX_DIRECT_EPISODES;
  if (direct && !ranked) {
    return {
      episodeCount: highest,
      position: (time) => time - 1,
      timeAt: (position) => position + 1,
      ranked: false,
    };
  }
  const rank = new Map(distinct.map((time, index) => [time, index]));
  return {
    episodeCount: distinct.length,
    position: (time) => rank.get(time) ?? 0,
    timeAt: (position) => distinct[position] ?? lowest,
    ranked: true,
  };
}

// xsd:date and xsd:dateTime as GEXF writes them: 2009-01-01, 2009-01-01T10:30:00(.5)(Z|+02:00).
const DATE =
  /^(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A date or date-time as milliseconds since 1970 (UTC when no zone is given), or undefined. */
export function parseGexfDate(text: string): number | undefined {
  const match = DATE.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const [m, d, h, min, sec] = [month, day, hour, minute, second].map((part) => Number(part ?? 0));
  if (m === undefined || d === undefined || h === undefined || min === undefined) return undefined;
  if (m < 1 || m > 12 || d < 1 || d > 31 || h > 24 || min > 59 || (sec ?? 0) > 60) return undefined;
  let time = Date.UTC(Number(year), m - 1, d, h, min, sec ?? 0) + Number(fraction ?? 0) * 1000;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return Number.isFinite(time) ? time : undefined;
}

/** A span of episode positions, inclusive. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** Sorted spans with overlapping or touching ones joined: [1,3] and [4,6] become [1,6]. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const merged: Span[] = [];
  for (const span of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && span.from <= previous.to + 1) {
      merged[merged.length - 1] = { from: previous.from, to: Math.max(previous.to, span.to) };
    } else merged.push(span);
  }
  return merged;
}
