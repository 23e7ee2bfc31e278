// Which episode, and how far into its transition, each frame of an exported animation
// shows. Pure, so the timing is tested without a browser.

export interface FrameScheduleOptions {
  /** First episode (0-based position), inclusive. */
  readonly from: number;
  /** Last episode (0-based position), inclusive; never before `from`. */
  readonly to: number;
  readonly secondsPerEpisode: number;
  readonly fps: number;
  /** Milliseconds the view takes to animate into an episode. */
  readonly transition: number;
}

export interface Frame {
  /** 0-based position in the animation. */
  readonly index: number;
  /** 0-based episode position. */
  readonly episode: number;
  /** True on an episode's first frame: the view is told to show that episode then. */
  readonly enters: boolean;
  /**
   * Whether the view animates into this episode. The first one is shown whole from the
   * start, so the first frame (a GIF's thumbnail in many places) is never a blank graph.
   */
  readonly animate: boolean;
  /** Milliseconds since the episode was entered, for the animation clock. */
  readonly time: number;
  /** Linear progress of the transition into the episode, in (0, 1]; 1 when not animated. */
  readonly progress: number;
}

/** Frames each episode holds: at least one, so a very short time still shows it. */
export function framesPerEpisode(secondsPerEpisode: number, fps: number): number {
  return Math.max(1, Math.round(secondsPerEpisode * fps));
}

export function frameInterval(fps: number): number {
  return 1000 / fps;
}

/** Refuses what cannot be scheduled, with the reason. */
function check({ from, to, secondsPerEpisode, fps, transition }: FrameScheduleOptions) {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0) {
    throw new RangeError(`Episodes must be positions from 0 (got ${from} to ${to}).`);
  }
  // A rewind would be a different story; the dialog offers only forward ranges.
  if (to < from) throw new RangeError(`The range runs backwards (${from} to ${to}).`);
  if (!(secondsPerEpisode > 0) || !(fps > 0) || !(transition >= 0)) {
    throw new RangeError('Seconds per episode and frames per second must be positive.');
  }
}

export function frameCount(options: FrameScheduleOptions): number {
  check(options);
  return (options.to - options.from + 1) * framesPerEpisode(options.secondsPerEpisode, options.fps);
}

/**
 * Each frame shows the picture at the end of its interval, so the first frame of an episode
 * is already one step into its transition and no two frames repeat an instant.
 */
export function frameSchedule(options: FrameScheduleOptions): Frame[] {
  check(options);
  const perEpisode = framesPerEpisode(options.secondsPerEpisode, options.fps);
  const interval = frameInterval(options.fps);
  const frames: Frame[] = [];
  for (let episode = options.from; episode <= options.to; episode++) {
    const animate = episode > options.from;
    for (let step = 0; step < perEpisode; step++) {
      const time = (step + 1) * interval;
      frames.push({
        index: frames.length,
        episode,
        enters: step === 0,
        animate,
        time,
        progress: !animate || options.transition === 0 ? 1 : Math.min(1, time / options.transition),
      });
    }
  }
  return frames;
}
