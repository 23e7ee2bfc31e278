// Undo and redo over immutable values. Typing into one cell is one step: consecutive edits
// with the same key replace the newest entry instead of adding one.

export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The key of the edit that made `present`, while it may still be extended. */
  readonly key: string | undefined;
}

const LIMIT = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], key: undefined };
}

/** Records `next`; an edit with the same `key` as the last one joins its step. */
export function record<T>(history: History<T>, next: T, key?: string): History<T> {
  if (next === history.present) return history;
  if (key !== undefined && key === history.key) return { ...history, present: next, future: [] };
  return {
    past: [...history.past, history.present].slice(-LIMIT),
    present: next,
    future: [],
    key,
  };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    key: undefined,
  };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, key: undefined };
}
