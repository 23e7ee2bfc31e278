// The track's picture: season dividers, change bars, one mark per episode and the labels that
// fit. Decoration only (aria-hidden); the slider carries the same facts for assistive tech.
import { max as maxOf, scaleLinear } from 'd3';
import type { Episode } from '../../model';
import { placeSeasons, seasonMarks, type TrackGeometry } from './timelineScale';

/** Vertical layout of the track, in px; the handle is centred on BASELINE. */
export const AXIS = {
  height: 80,
  seasonText: 11,
  barTop: 16,
  barBottom: 36,
  baseline: 52,
  tick: 6,
  labelText: 76,
} as const;

interface TimelineAxisProps {
  /** Only the episodes the user may see (0..last). */
  readonly episodes: readonly Episode[];
  readonly changeCounts: readonly number[];
  readonly current: number;
  readonly geometry: TrackGeometry;
}

export function TimelineAxis({ episodes, changeCounts, current, geometry }: TimelineAxisProps) {
  const { x, step, labelEvery, width } = geometry;
  const last = episodes.length - 1;
  const counts = episodes.map((episode) => Math.max(0, changeCounts[episode.position] ?? 0));
  const barHeight = scaleLinear()
    .domain([0, Math.max(1, maxOf(counts) ?? 0)])
    .range([0, AXIS.barBottom - AXIS.barTop]);
  const barWidth = Math.max(1, Math.min(10, step * 0.6));
  const seasons = placeSeasons(seasonMarks(episodes, last), geometry);

  return (
    <svg
      className="timeline-axis"
      aria-hidden="true"
      focusable="false"
      width={width}
      height={AXIS.height}
      viewBox={`0 0 ${width} ${AXIS.height}`}
    >
      {seasons.map((season) => (
        <g key={season.position} className="timeline-season">
          {season.divider && (
            <line
              className="timeline-season-divider"
              x1={season.left}
              x2={season.left}
              y1={0}
              y2={AXIS.baseline + AXIS.tick}
            />
          )}
          {season.textX !== undefined && (
            <text className="timeline-season-label" x={season.textX} y={AXIS.seasonText}>
              {season.label}
            </text>
          )}
        </g>
      ))}
      <line
        className="timeline-rail"
        x1={x(0)}
        x2={x(Math.max(last, 0))}
        y1={AXIS.baseline}
        y2={AXIS.baseline}
      />
      <line
        className="timeline-progress"
        x1={x(0)}
        x2={x(current)}
        y1={AXIS.baseline}
        y2={AXIS.baseline}
      />
      {episodes.map((episode, index) => {
        const height = barHeight(counts[index] ?? 0);
        const cx = x(episode.position);
        const isCurrent = episode.position === current;
        return (
          <g
            key={episode.position}
            className={isCurrent ? 'timeline-episode is-current' : 'timeline-episode'}
          >
            {episode.uncovered && (
              // No source covers it: an empty dashed frame, so the missing bar reads as a
              // gap in the sources rather than a quiet episode.
              <rect
                className="timeline-gap"
                x={cx - barWidth / 2}
                y={AXIS.barTop}
                width={barWidth}
                height={AXIS.barBottom - AXIS.barTop}
              />
            )}
            {height > 0 && (
              <rect
                className="timeline-bar"
                x={cx - barWidth / 2}
                y={AXIS.barBottom - height}
                width={barWidth}
                height={height}
              />
            )}
            <line
              className="timeline-tick"
              x1={cx}
              x2={cx}
              y1={AXIS.baseline}
              y2={AXIS.baseline + AXIS.tick}
            />
            {index % labelEvery === 0 && (
              <text className="timeline-label" x={cx} y={AXIS.labelText} textAnchor="middle">
                {episode.id}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
