import type { Scheduler } from '../../src/graph';

/** A frame clock a test advances by hand. */
export function fakeScheduler() {
  let now = 0;
  let nextHandle = 1;
  const pending = new Map<number, (time: number) => void>();
  const scheduler: Scheduler = {
    request(callback) {
      const handle = nextHandle++;
      pending.set(handle, callback);
      return handle;
    },
    cancel(handle) {
      pending.delete(handle);
    },
    now: () => now,
  };
  return {
    scheduler,
    /** Advances time by `ms` in 16 ms frames, running what each frame asked for. */
    advance(ms: number) {
      for (let elapsed = 0; elapsed < ms; elapsed += 16) {
        now += 16;
        const callbacks = [...pending.values()];
        pending.clear();
        for (const callback of callbacks) callback(now);
      }
    },
    get pendingFrames() {
      return pending.size;
    },
  };
}
