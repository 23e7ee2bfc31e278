// The episode timeline: a d3-scaled track with one mark per visible episode, a draggable ARIA
// slider handle, step and play controls. Nothing after the spoiler cap `max` is rendered.
// Playback itself runs in the viewer core (src/viewer); this draws it and reports presses.
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Episode } from '../../model';
import { isSpeed, SPEEDS, valueText, type Speed } from '../../viewer';
import './Timeline.css';
import { AXIS, TimelineAxis } from './TimelineAxis';
import { useElementWidth } from './useElementWidth';
import { useTrackDrag } from './useTrackDrag';
import {
  DEFAULT_WIDTH,
  HANDLE_SIZE,
  clampPosition,
  estimateLabelWidth,
  keyTarget,
  lastVisible,
  nearestPosition,
  trackGeometry,
} from './timelineScale';

/** Playback as the viewer core runs it. */
export interface TimelinePlayback {
  readonly playing: boolean;
  readonly speed: Speed;
  readonly onToggle: () => void;
  readonly onSpeedChange: (speed: Speed) => void;
  /** True while the user drags the handle: playback waits instead of fighting the pointer. */
  readonly onDragChange: (dragging: boolean) => void;
}

export interface TimelineProps {
  /** The whole show; only positions 0..max are read. */
  readonly episodes: readonly Episode[];
  /** Current episode position (0-based); shown clamped to 0..max. */
  readonly value: number;
  /** Spoiler cap: the highest position the user may reach (inclusive). */
  readonly max: number;
  /** Changes arriving in each episode, by position; only 0..max are read. */
  readonly changeCounts: readonly number[];
  readonly onChange: (position: number) => void;
  /** Turns off the handle's glide; the system's prefers-reduced-motion does so too. */
  readonly reducedMotion?: boolean;
  /** Without it the timeline only steps (no Play, no speed). */
  readonly playback?: TimelinePlayback;
}

export function Timeline({
  episodes,
  value,
  max,
  changeCounts,
  onChange,
  reducedMotion = false,
  playback,
}: TimelineProps) {
  const last = lastVisible(episodes, max);
  const current = clampPosition(value, last);
  const visible = useMemo(() => episodes.slice(0, last + 1), [episodes, last]);
  const [trackRef, width] = useElementWidth<HTMLDivElement>(DEFAULT_WIDTH);
  const geometry = useMemo(
    () => trackGeometry(width, last, estimateLabelWidth(visible)),
    [width, last, visible],
  );
  const handleRef = useRef<HTMLDivElement>(null);
  const drag = useTrackDrag({
    value: current,
    // The SVG starts inside the track's border; the bounding box includes it.
    toPosition: (clientX, track) =>
      nearestPosition(
        geometry,
        clientX - track.getBoundingClientRect().left - track.clientLeft,
        last,
      ),
    onMove: (position) => move(position),
    onPress: () => handleRef.current?.focus({ preventScroll: true }),
  });
  const onDragChange = playback?.onDragChange;
  useEffect(() => {
    onDragChange?.(drag.dragging);
  }, [onDragChange, drag.dragging]);

  // Every user move goes through here: clamp and report only real changes (the core decides
  // what a move does to playback).
  function move(position: number) {
    const target = clampPosition(position, last);
    if (target !== current) onChange(target);
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === ' ' && playback) {
      event.preventDefault();
      playback.onToggle();
      return;
    }
    const target = keyTarget(event.key, current, last);
    if (target === undefined) return;
    event.preventDefault();
    move(target);
  };

  if (last < 0) return null;
  const episode = visible[current];
  const count = changeCounts[current] ?? 0;
  const still = reducedMotion || drag.dragging;

  return (
    <div className={still ? 'timeline timeline--still' : 'timeline'}>
      <div ref={trackRef} className="timeline-track" {...drag.trackHandlers}>
        <TimelineAxis
          episodes={visible}
          changeCounts={changeCounts}
          current={current}
          geometry={geometry}
        />
        <div
          ref={handleRef}
          className="timeline-handle"
          role="slider"
          tabIndex={0}
          aria-label="Episode"
          aria-orientation="horizontal"
          aria-valuemin={1}
          aria-valuemax={last + 1}
          aria-valuenow={current + 1}
          aria-valuetext={valueText(episode, current, last, count)}
          style={{
            transform: `translate(${geometry.x(current) - HANDLE_SIZE / 2}px, ${AXIS.baseline - HANDLE_SIZE / 2}px)`,
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="timeline-controls">
        <button
          type="button"
          aria-label="Previous episode"
          disabled={current <= 0}
          onClick={() => move(current - 1)}
        >
          <span aria-hidden="true">◀</span> Previous
        </button>
        {playback && (
          <button type="button" disabled={last <= 0} onClick={playback.onToggle}>
            <span aria-hidden="true">{playback.playing ? '❚❚' : '▶'}</span>{' '}
            {playback.playing ? 'Pause' : 'Play'}
          </button>
        )}
        <button
          type="button"
          aria-label="Next episode"
          disabled={current >= last}
          onClick={() => move(current + 1)}
        >
          Next <span aria-hidden="true">▶</span>
        </button>
        {playback && (
          <label className="timeline-speed">
            Speed{' '}
            <select
              value={playback.speed}
              onChange={(event) => {
                const chosen = Number(event.target.value);
                if (isSpeed(chosen)) playback.onSpeedChange(chosen);
              }}
            >
              {SPEEDS.map((option) => (
                <option key={option} value={option}>
                  {option}×
                </option>
              ))}
            </select>
          </label>
        )}
        <p className="timeline-readout">
          <strong>{episode?.id}</strong>
          {episode?.title && <> “{episode.title}”</>}
          {episode?.uncovered && <span className="timeline-uncovered"> · no source covers it</span>}
        </p>
      </div>
    </div>
  );
}
