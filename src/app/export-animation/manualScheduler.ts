// A clock the export drives by hand: the graph view's animator asks it for frames, and the
// export hands them out one frame time at a time, as fast as it can draw them.
import type { Scheduler } from '../../graph';

export interface ManualScheduler extends Scheduler {
  /** Moves the clock to `time` and runs what was waiting for the next frame. */
  advanceTo(time: number): void;
}

export function createManualScheduler(): ManualScheduler {
  let now = 0;
  let nextHandle = 1;
  let waiting = new Map<number, (time: number) => void>();
  return {
    request(callback) {
      const handle = nextHandle++;
      waiting.set(handle, callback);
      return handle;
    },
    cancel(handle) {
      waiting.delete(handle);
    },
    now: () => now,
    advanceTo(time) {
      now = Math.max(now, time);
      // Callbacks asked for during this frame wait for the next one, as with rAF.
      const due = waiting;
      waiting = new Map();
      for (const callback of due.values()) callback(now);
    },
  };
}
