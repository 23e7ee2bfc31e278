// The app shell: reads the URL, loads the catalogue and the chosen show through the
// validator, and shows the explorer or an error panel, never a blank page.
import { useCallback, useEffect, useState } from 'react';
import type { Catalog, Timeline } from '../model';
import { packedFromHash, unpackShow } from '../model/dataCodec';
import {
  catalogueView,
  DropOverlay,
  DroppedBanner,
  DropProblems,
  DROPPED_SLUG,
  droppedShowGoneNotice,
  OpenFileButton,
  pushDroppedView,
  useDropImport,
} from './dropImport';
import { EditorPage, editingFrom, pushEditorView, startEditing, browserStore } from './editor';
import { ErrorPanel } from './ErrorPanel';
import { Explorer } from './Explorer';
import { useTheme } from './hooks';
import { loadCatalog, loadShow, type Loaded } from './loadShow';
import { EMPTY_URL_STATE, parseUrlState, type ThemeChoice, type UrlState } from './urlState';

const THEME_KEY = 'plotweb:theme';
/** The show menu's entry while the editor is open (a colon: no catalogue slug has one). */
const EDITING = ':editing';

function storedTheme(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function App() {
  const [url, setUrl] = useState<{ state: UrlState; version: number }>(() => ({
    state: parseUrlState(window.location.search),
    version: 0,
  }));
  const [catalog, setCatalog] = useState<Loaded<Catalog>>();
  const [chosen, setChosen] = useState<string>();
  const [loaded, setLoaded] = useState<{ slug: string; timeline: Loaded<Timeline> }>();
  const [themeChoice, setThemeChoice] = useState<ThemeChoice>(
    () => url.state.theme ?? storedTheme(),
  );
  const theme = useTheme(themeChoice);
  const drop = useDropImport();
  // `?edit=<id>`: the editor, over a show saved in this browser.
  const [editing, setEditing] = useState(() => editingFrom(window.location.search));
  const [store] = useState(browserStore);

  // Back and forward restore the view the URL describes: a new show mounts its explorer,
  // the same show's explorer applies the new state to its live view.
  const followAddressBar = useCallback(() => {
    const state = parseUrlState(window.location.search);
    setUrl((current) => ({ state, version: current.version + 1 }));
    setChosen(state.show);
    setEditing(editingFrom(window.location.search));
    if (state.theme) setThemeChoice(state.theme);
  }, []);
  useEffect(() => {
    window.addEventListener('popstate', followAddressBar);
    return () => window.removeEventListener('popstate', followAddressBar);
  }, [followAddressBar]);

  useEffect(() => {
    let live = true;
    void loadCatalog().then((result) => {
      if (live) setCatalog(result);
    });
    return () => {
      live = false;
    };
  }, []);

  const shows = catalog?.ok ? catalog.value.shows : [];
  const requested = chosen ?? url.state.show;
  const entry = shows.find((show) => show.slug === requested) ?? shows[0];
  const notices =
    requested !== undefined && entry !== undefined && entry.slug !== requested
      ? [
          droppedShowGoneNotice(requested, entry.title) ??
            `There is no show "${requested}" here; showing ${entry.title} instead.`,
        ]
      : [];
  const dropped = requested === DROPPED_SLUG ? drop.show : undefined;
  const openDropped = (files: File[]) => {
    void drop.open(files, dropped ? undefined : entry?.slug, () => {
      setEditing(undefined);
      const state = pushDroppedView();
      setChosen(DROPPED_SLUG);
      setUrl((current) => ({ state, version: current.version + 1 }));
    });
  };
  const backToCatalogue = () => {
    const show = dropped?.returnTo;
    setChosen(show);
    setUrl((current) => ({ state: { ...EMPTY_URL_STATE, show }, version: current.version + 1 }));
  };
  const catalogueShown = !drop.problems && !dropped && editing === undefined;
  const openEditor = (id: string) => {
    pushEditorView(id);
    setEditing(id);
  };
  const editShow = () => {
    const source = dropped ? { data: dropped.data } : entry ? { file: entry.file } : undefined;
    if (source) void startEditing(store, source).then(openEditor);
  };

  // A shared link can carry its show in the fragment (#data=…, never sent to a server): it
  // opens like a dropped file, and the fragment stays in the address so a reload keeps it.
  const { open: openDrop, report: reportDrop } = drop;
  useEffect(() => {
    const packed = packedFromHash(window.location.hash);
    if (packed === undefined) return;
    // Read now: while the show unpacks, the catalogue's first show may open and rewrite the
    // address with its own episode.
    const linked = parseUrlState(window.location.search);
    const label = 'the show in this link';
    void unpackShow(packed).then(async (unpacked) => {
      if (!unpacked.ok) {
        reportDrop(label, [`${label}: ${unpacked.message} — ${unpacked.fix}`]);
        return;
      }
      const text = unpacked.text;
      await openDrop(
        [
          {
            name: 'shared-show.json',
            size: text.length,
            arrayBuffer: () => Promise.resolve(new TextEncoder().encode(text).buffer),
          },
        ],
        undefined,
        () => {
          const state = { ...linked, show: DROPPED_SLUG };
          setChosen(DROPPED_SLUG);
          setUrl((current) => ({ state, version: current.version + 1 }));
        },
      );
    });
  }, [openDrop, reportDrop]);

  useEffect(() => {
    if (!entry) return;
    let live = true;
    void loadShow(entry.file).then((timeline) => {
      if (live) setLoaded({ slug: entry.slug, timeline });
    });
    return () => {
      live = false;
    };
  }, [entry]);

  const timeline = loaded && entry && loaded.slug === entry.slug ? loaded.timeline : undefined;
  const chooseTheme = (choice: ThemeChoice) => {
    setThemeChoice(choice);
    try {
      if (choice === 'system') window.localStorage.removeItem(THEME_KEY);
      else window.localStorage.setItem(THEME_KEY, choice);
    } catch {
      // Private browsing may refuse storage; the choice still holds for this page.
    }
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="brand">Plotweb</h1>
        {shows.length > 0 && (
          <label className="field">
            <span>Show</span>
            <select
              value={editing !== undefined ? EDITING : dropped ? DROPPED_SLUG : (entry?.slug ?? '')}
              onChange={(event) => {
                setEditing(undefined);
                setChosen(event.target.value);
                setUrl((current) => ({
                  state: {
                    ...current.state,
                    episode: undefined,
                    selected: undefined,
                    hidden: [],
                    cap: undefined,
                  },
                  version: current.version + 1,
                }));
              }}
            >
              {editing !== undefined && <option value={EDITING}>Your shows (editing)</option>}
              {dropped && (
                <option value={DROPPED_SLUG}>{dropped.data.show.title} (your file)</option>
              )}
              {shows.map((show) => (
                <option key={show.slug} value={show.slug}>
                  {show.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <OpenFileButton
          onFiles={openDropped}
          strict={drop.strict}
          onStrictChange={drop.setStrict}
        />
        <button type="button" className="button" onClick={() => openEditor('')}>
          Your shows
        </button>
        <label className="field">
          <span>Theme</span>
          <select
            value={themeChoice}
            onChange={(event) => chooseTheme(event.target.value as ThemeChoice)}
          >
            <option value="system">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </header>
      <main className="app-main">
        {drop.problems && (
          <DropProblems
            label={drop.problems.label}
            problems={drop.problems.lines}
            onBack={() => {
              drop.dismissProblems();
              followAddressBar();
            }}
          />
        )}
        {!drop.problems && editing !== undefined && (
          <EditorPage
            store={store}
            id={editing}
            theme={theme}
            themeChoice={themeChoice}
            onOpen={openEditor}
          />
        )}
        {!drop.problems && editing === undefined && dropped && (
          <>
            <DroppedBanner
              key={dropped.id}
              label={dropped.label}
              data={dropped.data}
              onBack={backToCatalogue}
              warnings={dropped.warnings}
            />
            <Explorer
              key={`${DROPPED_SLUG}/${dropped.id}`}
              slug={DROPPED_SLUG}
              data={dropped.data}
              timeline={dropped.timeline}
              url={url.state}
              urlVersion={url.version}
              theme={theme}
              themeChoice={themeChoice}
              notices={[]}
              onEdit={editShow}
            />
          </>
        )}
        {catalogueShown && catalog && !catalog.ok && (
          <ErrorPanel title="The show list could not be read" problems={catalog.problems} />
        )}
        {catalogueShown && timeline && !timeline.ok && (
          <ErrorPanel title="This show's data has problems" problems={timeline.problems} />
        )}
        {catalogueShown && !timeline && catalog?.ok !== false && (
          <p className="loading" aria-live="polite">
            Loading…
          </p>
        )}
        {catalogueShown && timeline?.ok && entry && (
          <Explorer
            key={entry.slug}
            slug={entry.slug}
            dataFile={entry.file}
            timeline={timeline.value}
            url={catalogueView(url.state)}
            urlVersion={url.version}
            theme={theme}
            themeChoice={themeChoice}
            notices={notices}
            onEdit={editShow}
          />
        )}
      </main>
      <DropOverlay onFiles={openDropped} opening={drop.opening} onCancel={drop.cancel} />
    </div>
  );
}
