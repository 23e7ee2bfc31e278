// The editor's page (`?edit=<id>`): the saved show the address names, opened in the editor,
// with the list of the user's shows; or only the list, when none is named or it is gone.
import { useCallback, useEffect, useState } from 'react';
import type { ThemeChoice } from '../urlState';
import { Editor } from './Editor';
import './editor.css';
import type { SavedShow, SavedShowSummary, ShowStore } from './store';
import { YourShows } from './YourShows';

interface Props {
  readonly store: ShowStore;
  /** The saved show to open; '' for the list alone. */
  readonly id: string;
  readonly theme: 'light' | 'dark';
  readonly themeChoice: ThemeChoice;
  /** Opens another saved show ('' for the list): the app puts it in the address bar. */
  readonly onOpen: (id: string) => void;
}

export function EditorPage({ store, id, theme, themeChoice, onOpen }: Props) {
  const [opened, setOpened] = useState<{ id: string; show: SavedShow | undefined }>();
  const [shows, setShows] = useState<SavedShowSummary[]>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    if (id === '') return;
    store.get(id).then(
      (show) => {
        if (live) setOpened({ id, show });
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [store, id]);
  const refresh = useCallback(() => {
    store.list().then(setShows, () => setFailed(true));
  }, [store]);
  useEffect(refresh, [refresh]);

  const remove = (removed: string) => {
    void store.remove(removed).then(() => {
      refresh();
      if (removed === id) onOpen('');
    });
  };

  const list = (
    <YourShows shows={shows} openId={id || undefined} onOpen={onOpen} onDelete={remove} />
  );
  const current = opened && opened.id === id ? opened : undefined;
  if (id !== '' && current?.show) {
    return (
      <Editor
        key={id}
        saved={current.show}
        store={store}
        theme={theme}
        themeChoice={themeChoice}
        onSaved={refresh}
      >
        {list}
      </Editor>
    );
  }
  return (
    <div className="editor-page editor-page-list">
      {failed && (
        <p className="notice" role="alert">
          This browser would not let Plotweb read its saved shows (private browsing can do this).
        </p>
      )}
      {id !== '' && current && !current.show && (
        <p className="notice" role="status">
          There is no saved show “{id}” in this browser; it may have been deleted. Your other shows
          are listed below.
        </p>
      )}
      {(id === '' || current) && list}
      {id !== '' && !current && !failed && (
        <p className="loading" aria-live="polite">
          Loading…
        </p>
      )}
    </div>
  );
}
