// One timer per view: every element that enters, leaves or changes in a step is driven by
// the same frame loop, so a new step can stop it at once and land on the final picture.

/**
 * d3's cubic in-out, written out: importing it pulls all of d3-ease into the widget
 * (1.4 KB minified, measured), since that module's other easings cannot be tree-shaken.
 */
export function easeCubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}

export interface Scheduler {
  request(callback: (time: number) => void): number;
  cancel(handle: number): void;
  now(): number;
}

export const browserScheduler: Scheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
  now: () => performance.now(),
};

export interface Tween {
  /** Called with eased progress in [0, 1] on every frame. */
  frame(progress: number): void;
  /** Called once when the tween ends or is cut short: must leave the final state. */
  finish(): void;
}

export class Animator {
  private handle: number | undefined;
  private current: Tween | undefined;

  constructor(private readonly scheduler: Scheduler) {}

  get running(): boolean {
    return this.current !== undefined;
  }

  /** Starts a tween, first landing any tween in flight on its final state. */
  start(tween: Tween, duration: number): void {
    this.finishNow();
    this.current = tween;
    const started = this.scheduler.now();
    const step = () => {
      if (this.current !== tween) return;
      const progress = Math.min(1, (this.scheduler.now() - started) / duration);
      tween.frame(easeCubicInOut(progress));
      if (progress < 1) this.handle = this.scheduler.request(step);
      else this.finishNow();
    };
    tween.frame(0);
    this.handle = this.scheduler.request(step);
  }

  /** Ends the tween in flight (if any) exactly on its final state. */
  finishNow(): void {
    const tween = this.current;
    if (this.handle !== undefined) this.scheduler.cancel(this.handle);
    this.handle = undefined;
    this.current = undefined;
    tween?.finish();
  }
}
