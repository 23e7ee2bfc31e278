import { useEffect, useState } from 'react';
import type { Catalog, Timeline } from '../model';
import { ErrorPanel } from './ErrorPanel';
import { EpisodeSummary } from './EpisodeSummary';
import { loadCatalog, loadShow, type Loaded } from './loadShow';

export function App() {
  const [catalog, setCatalog] = useState<Loaded<Catalog>>();
  const [slug, setSlug] = useState<string>();
  const [loaded, setLoaded] = useState<{ slug: string; timeline: Loaded<Timeline> }>();
  const [episode, setEpisode] = useState(0);

  useEffect(() => {
    let live = true;
    void loadCatalog().then((result) => {
      if (!live) return;
      setCatalog(result);
      if (result.ok) setSlug(result.value.shows[0]?.slug);
    });
    return () => {
      live = false;
    };
  }, []);

  const entry = catalog?.ok ? catalog.value.shows.find((show) => show.slug === slug) : undefined;
  const timeline = loaded && loaded.slug === slug ? loaded.timeline : undefined;
  useEffect(() => {
    if (!entry) return;
    let live = true;
    void loadShow(entry.file).then((result) => {
      if (live) setLoaded({ slug: entry.slug, timeline: result });
    });
    return () => {
      live = false;
    };
  }, [entry]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Plotweb</h1>
        {catalog?.ok && (
          <label>
            Show{' '}
            <select
              value={slug ?? ''}
              onChange={(event) => {
                setSlug(event.target.value);
                setEpisode(0);
              }}
            >
              {catalog.value.shows.map((show) => (
                <option key={show.slug} value={show.slug}>
                  {show.title}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      <main>
        {catalog && !catalog.ok && (
          <ErrorPanel title="The show list could not be read" problems={catalog.problems} />
        )}
        {timeline && !timeline.ok && (
          <ErrorPanel title="This show's data has problems" problems={timeline.problems} />
        )}
        {!timeline && catalog?.ok !== false && <p aria-live="polite">Loading…</p>}
        {timeline?.ok && (
          <EpisodeSummary
            timeline={timeline.value}
            episode={episode}
            onEpisodeChange={setEpisode}
          />
        )}
      </main>
    </div>
  );
}
