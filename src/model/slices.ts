// Long builds (a dataset or timeline of 200,000 relationships) written once as generators
// that pause now and then: run to the end at once where nobody waits (tests, the CLI, small
// shows), or in slices that give the page back between them, so opening a big show never
// freezes it. A pause costs next to nothing: the builds check the clock only at a pause.

/** A build that pauses (yields) between parts of its work and returns T at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Items handled between two pauses in a loop over a big list. */
export const SLICE_ITEMS = 4096;

/**
 * Relationships per message from a worker to the page. The page copies each message in one
 * task, and the browser may run a few such tasks before it paints: 5,000 a message (15-82 ms
 * each under load) made frames of 160-180 ms while a big file opened (`npm run measure:import`).
 */
export const RELATIONSHIPS_PER_MESSAGE = 2_000;

/** A worker's relationships as the parts it posts to the page, in order. */
export function* messageParts<T>(items: readonly T[]): Generator<T[], void, void> {
  for (let start = 0; start < items.length; start += RELATIONSHIPS_PER_MESSAGE)
    yield items.slice(start, start + RELATIONSHIPS_PER_MESSAGE);
}

/** Runs a build to its end without pausing. */
export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
