// Long lists in parts: a big show's episode can hold thousands of relationships, changes or
// characters, and rendering them all at once floods the panel and holds the page up. A list
// shows its first rows, and a button adds more; another episode starts short again.
import { useState } from 'react';

/** Rows shown at first, and how many more each "Show more" adds. */
export const ROWS_SHOWN = 100;
export const ROWS_MORE = 400;

/**
 * How many rows to show of a list that belongs to `owner` (the diff or snapshot it is built
 * from), and a way to show more; a new owner starts again at `ROWS_SHOWN`.
 */
export function useShownRows(owner: unknown): readonly [number, () => void] {
  const [more, setMore] = useState<{ owner: unknown; shown: number }>();
  const shown = more !== undefined && more.owner === owner ? more.shown : ROWS_SHOWN;
  return [shown, () => setMore({ owner, shown: shown + ROWS_MORE })];
}

interface ShowMoreProps {
  /** Rows in the whole list. */
  readonly total: number;
  readonly shown: number;
  readonly onMore: () => void;
  /** What the rows are, in the plural: "changes", "relationships". */
  readonly noun: string;
}

/** "Show 400 more (3,900 changes not shown)", or nothing once every row is shown. */
export function ShowMore({ total, shown, onMore, noun }: ShowMoreProps) {
  const hidden = total - shown;
  if (hidden <= 0) return null;
  return (
    <button type="button" className="button pw-show-more" onClick={onMore}>
      Show {Math.min(hidden, ROWS_MORE)} more ({hidden.toLocaleString('en')} {noun} not shown)
    </button>
  );
}
