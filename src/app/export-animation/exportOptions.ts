// The export dialog's choices and the names it gives files. Pure: no DOM, no React.
import type { Episode } from '../../model';

export type AnimationFormat = 'gif' | 'webm';

export interface FrameSize {
  readonly width: number;
  readonly height: number;
}

export const FRAME_SIZES: readonly FrameSize[] = [
  { width: 640, height: 360 },
  { width: 960, height: 540 },
  { width: 1280, height: 720 },
];

export const SECONDS_PER_EPISODE: readonly number[] = [0.5, 1, 1.5, 2, 3];
export const DEFAULT_SECONDS = 1.5;

/** 10 fps: a GIF counts delays in hundredths of a second, so 100 ms per frame is exact. */
export const FPS = 10;

export const sizeLabel = ({ width, height }: FrameSize) => `${width} × ${height}`;

/** How long the view animates into each episode: most of a short slot, at most 0.8 s. */
export function transitionFor(secondsPerEpisode: number): number {
  return Math.min(800, secondsPerEpisode * 1000 * 0.6);
}

export interface EpisodeChoice {
  readonly position: number;
  readonly label: string;
}

/** Episodes the viewer may export: never past the spoiler cap (inclusive). */
export function episodeChoices(episodes: readonly Episode[], cap: number): EpisodeChoice[] {
  return episodes.slice(0, Math.max(0, cap + 1)).map((episode, position) => ({
    position,
    label: episode.title ? `${episode.id} — ${episode.title}` : episode.id,
  }));
}

/** Keeps a file name part to letters, digits, dot, dash and underscore. */
function safePart(text: string): string {
  const safe = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return safe === '' ? 'episode' : safe;
}

/** `<show-slug>-<from>-<to>.gif|webm`, safe to offer as a download name. */
export function animationFileName(
  slug: string,
  from: string,
  to: string,
  format: AnimationFormat,
): string {
  return `${safePart(slug)}-${safePart(from)}-${safePart(to)}.${format}`;
}

/** The header drawn above the graph: the show, then the episode id and title. */
export function frameCaption(showTitle: string, episode: Episode | undefined) {
  const id = episode?.id ?? '';
  return {
    title: showTitle,
    subtitle: episode?.title ? `${id} — ${episode.title}` : id,
  };
}
