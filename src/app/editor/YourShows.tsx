// "Your shows": every show saved in this browser, newest first, to open or delete. Deleting
// asks once more, since nothing else keeps a copy.
import { useState } from 'react';
import type { SavedShowSummary } from './store';

interface Props {
  readonly shows: readonly SavedShowSummary[] | undefined;
  readonly openId: string | undefined;
  readonly onOpen: (id: string) => void;
  readonly onDelete: (id: string) => void;
}

const lastEdited = (updated: number) =>
  new Date(updated).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function YourShows({ shows, openId, onOpen, onDelete }: Props) {
  const [confirming, setConfirming] = useState<string>();
  return (
    <section className="your-shows" aria-labelledby="your-shows-heading">
      <h2 id="your-shows-heading">Your shows</h2>
      {shows === undefined ? (
        <p>Loading…</p>
      ) : shows.length === 0 ? (
        <p>None yet. Press “Edit data” on any show to start editing a copy of it.</p>
      ) : (
        <ul>
          {shows.map((show) => (
            <li key={show.id} aria-current={show.id === openId ? 'true' : undefined}>
              <span className="your-show-title">{show.title}</span>
              <span className="your-show-time">
                last edited{' '}
                <time dateTime={new Date(show.updated).toISOString()}>
                  {lastEdited(show.updated)}
                </time>
              </span>
              {confirming === show.id ? (
                <span
                  className="your-show-confirm"
                  role="group"
                  aria-label={`Delete ${show.title}?`}
                >
                  <span>Delete it from this browser?</span>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      setConfirming(undefined);
                      onDelete(show.id);
                    }}
                  >
                    Delete for good
                  </button>
                  <button type="button" className="button" onClick={() => setConfirming(undefined)}>
                    Keep it
                  </button>
                </span>
              ) : (
                <span className="your-show-actions">
                  {show.id === openId ? (
                    <span className="your-show-open">Open now</span>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      aria-label={`Open ${show.title}`}
                      onClick={() => onOpen(show.id)}
                    >
                      Open
                    </button>
                  )}
                  <button
                    type="button"
                    className="button"
                    aria-label={`Delete ${show.title}`}
                    onClick={() => setConfirming(show.id)}
                  >
                    Delete
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
