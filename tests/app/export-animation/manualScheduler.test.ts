// The hand-driven clock with the graph view's animator: each advance is one frame, at the
// time the export asks for, however long drawing takes.
import { describe, expect, it, vi } from 'vitest';
import { createManualScheduler } from '../../../src/app/export-animation/manualScheduler';
import { Animator } from '../../../src/graph/animator';

describe('createManualScheduler', () => {
  it('runs waiting callbacks only when advanced, and those asked for meanwhile the next time', () => {
    const scheduler = createManualScheduler();
    const seen: number[] = [];
    const tick = (time: number) => {
      seen.push(time);
      scheduler.request(tick);
    };
    scheduler.request(tick);
    expect(seen).toEqual([]);
    scheduler.advanceTo(100);
    scheduler.advanceTo(200);
    expect(seen).toEqual([100, 200]);
    expect(scheduler.now()).toBe(200);
  });

  it('forgets cancelled callbacks and never runs the clock backwards', () => {
    const scheduler = createManualScheduler();
    const callback = vi.fn();
    scheduler.cancel(scheduler.request(callback));
    scheduler.advanceTo(50);
    scheduler.advanceTo(10);
    expect(callback).not.toHaveBeenCalled();
    expect(scheduler.now()).toBe(50);
  });

  it('drives an Animator tween frame by frame to its end', () => {
    const scheduler = createManualScheduler();
    const animator = new Animator(scheduler);
    const progress: number[] = [];
    const finish = vi.fn();
    animator.start({ frame: (t) => progress.push(t), finish }, 400);
    for (const time of [100, 200, 300, 400]) scheduler.advanceTo(time);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress).toHaveLength(5);
    expect(finish).toHaveBeenCalledTimes(1);
    expect(animator.running).toBe(false);
  });
});
