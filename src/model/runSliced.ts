// Runs a build written as Steps (slices.ts) in slices that give the page back between them.
// Its own module so that only the code that opens big shows (loaded on demand) carries it.
import type { Steps } from './slices';

/** Hands the thread back to the page (its input, its painting) until the next task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs a build in slices of about `budgetMs` each, giving the thread back between them.
 * `cancelled` is asked at each slice's end; once it says so, the build stops and this
 * returns undefined.
 */
export async function runSliced<T>(
  steps: Steps<T>,
  { budgetMs = 30, cancelled }: { budgetMs?: number; cancelled?: () => boolean } = {},
): Promise<T | undefined> {
  let deadline = performance.now() + budgetMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() < deadline) continue;
    await nextTask();
    if (cancelled?.()) return undefined;
    deadline = performance.now() + budgetMs;
  }
}
