// Geometry of the timeline, with no React: which episodes are visible, where each
// sits on the track, which labels fit and where seasons change (the words are src/viewer's).
import { scaleLinear, type ScaleLinear } from 'd3';
import type { Episode } from '../../model';

/** Fallback when ResizeObserver is missing (jsdom, very old browsers). */
export const DEFAULT_WIDTH = 600;
/** Narrower containers overflow rather than squeeze the marks into each other. */
export const MIN_WIDTH = 240;
export const HANDLE_SIZE = 28;
const LABEL_CHAR_WIDTH = 7;
const LABEL_GAP = 8;

export interface TrackGeometry {
  readonly x: ScaleLinear<number, number>;
  /** Pixels between neighbouring episodes (the whole inner width when only one is visible). */
  readonly step: number;
  /** Show the label of every k-th episode so labels never overlap. */
  readonly labelEvery: number;
  readonly width: number;
}

export function clampPosition(position: number, last: number): number {
  if (!Number.isFinite(position)) return 0;
  return Math.min(Math.max(Math.round(position), 0), Math.max(last, 0));
}

/** The highest position that may be shown: the spoiler cap, or the show's end if sooner. */
export function lastVisible(episodes: readonly Episode[], max: number): number {
  return Math.min(Math.floor(max), episodes.length - 1);
}

export function estimateLabelWidth(episodes: readonly Episode[]): number {
  const longest = episodes.reduce((length, episode) => Math.max(length, episode.id.length), 1);
  return longest * LABEL_CHAR_WIDTH + LABEL_GAP;
}

export function trackGeometry(width: number, last: number, labelWidth: number): TrackGeometry {
  const safeWidth = Math.max(width, MIN_WIDTH);
  // Edge labels are centred on their mark, so the margin must hold half a label (or the handle).
  const margin = Math.max(HANDLE_SIZE / 2 + 4, Math.ceil(labelWidth / 2));
  const x = scaleLinear()
    .domain([0, Math.max(last, 0)])
    .range([margin, safeWidth - margin]);
  const inner = safeWidth - 2 * margin;
  const step = last > 0 ? inner / last : inner;
  return { x, step, labelEvery: Math.max(1, Math.ceil(labelWidth / step)), width: safeWidth };
}

/** The episode nearest to a horizontal offset within the track. */
export function nearestPosition(geometry: TrackGeometry, offset: number, last: number): number {
  if (last <= 0) return 0;
  return clampPosition(geometry.x.invert(offset), last);
}

export interface SeasonMark {
  /** First visible position of the season. */
  readonly position: number;
  readonly label: string;
  /** False for the first visible season, which starts at the track's edge. */
  readonly divider: boolean;
}

export function seasonLabel(season: string): string {
  return /^\d+$/.test(season) ? `Season ${season}` : season;
}

/** Where seasons start among the visible episodes; empty for one season or no season info. */
export function seasonMarks(episodes: readonly Episode[], last: number): SeasonMark[] {
  const marks: SeasonMark[] = [];
  let previous: string | undefined;
  for (const episode of episodes.slice(0, last + 1)) {
    const season = episode.season;
    if (season !== undefined && season !== previous) {
      marks.push({
        position: episode.position,
        label: seasonLabel(season),
        divider: marks.length > 0,
      });
    }
    previous = season;
  }
  return marks.length > 1 ? marks : [];
}

export interface PlacedSeason extends SeasonMark {
  /** Where the divider (or, for the first season, the track) begins. */
  readonly left: number;
  /** Where the label starts; undefined when it would run into the previous label. */
  readonly textX: number | undefined;
}

const SEASON_CHAR_WIDTH = 7;

export function placeSeasons(
  marks: readonly SeasonMark[],
  geometry: TrackGeometry,
): PlacedSeason[] {
  const { x, step } = geometry;
  let textEnd = -Infinity;
  return marks.map((mark) => {
    const left = x(mark.position) - step / 2;
    const start = Math.max(left + 4, 4);
    const fits = start >= textEnd;
    if (fits) textEnd = start + mark.label.length * SEASON_CHAR_WIDTH + LABEL_GAP;
    return { ...mark, left, textX: fits ? start : undefined };
  });
}

/** PageUp/PageDown move by a tenth of the visible episodes, but never less than 3. */
export function pageStep(last: number): number {
  return Math.max(3, Math.round((last + 1) / 10));
}

/** Where a key moves the slider, or undefined when the key is not a movement key. */
export function keyTarget(key: string, value: number, last: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowLeft: value - 1,
    ArrowDown: value - 1,
    ArrowRight: value + 1,
    ArrowUp: value + 1,
    PageDown: value - pageStep(last),
    PageUp: value + pageStep(last),
    Home: 0,
    End: last,
  };
  const target = moves[key];
  return target === undefined ? undefined : clampPosition(target, last);
}
