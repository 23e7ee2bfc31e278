// One saved show being edited: its undo history, and each change written to the store
// (in order, so the newest data is what a reload finds).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GraphData } from '../../model';
import { record, redo, startHistory, undo, type History } from './history';
import type { SavedShow, ShowStore } from './store';

export type SaveStatus = 'saved' | 'saving' | 'failed';

export interface EditedShow {
  readonly history: History<GraphData>;
  readonly data: GraphData;
  readonly status: SaveStatus;
  /** Records a change; changes with the same key (typing in one cell) are one undo step. */
  change(next: GraphData, key?: string): void;
  undo(): void;
  redo(): void;
}

export function useEditedShow(
  saved: SavedShow,
  store: ShowStore,
  onSaved?: () => void,
): EditedShow {
  const [history, setHistory] = useState(() => startHistory(saved.data));
  const [status, setStatus] = useState<SaveStatus>('saved');
  const lastWritten = useRef(saved.data);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });

  const data = history.present;
  useEffect(() => {
    if (data === lastWritten.current) return;
    lastWritten.current = data;
    setStatus('saving');
    const show: SavedShow = { id: saved.id, title: data.show.title, updated: Date.now(), data };
    queue.current = queue.current
      .then(() => store.put(show))
      .then(
        () => {
          if (lastWritten.current === data) setStatus('saved');
          onSavedRef.current?.();
        },
        () => setStatus('failed'),
      );
  }, [data, saved.id, store]);

  const change = useCallback(
    (next: GraphData, key?: string) => setHistory((current) => record(current, next, key)),
    [],
  );
  return {
    history,
    data,
    status,
    change,
    undo: useCallback(() => setHistory(undo), []),
    redo: useCallback(() => setHistory(redo), []),
  };
}
