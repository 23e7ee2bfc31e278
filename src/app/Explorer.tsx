// The explorer for one loaded show: graph, timeline and panels, all reading the snapshot
// at the current episode, which never passes the viewer's spoiler cap.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { detectWebGL, GRAPH_THEMES, LARGE_VIEW, typeColor, type GraphView } from '../graph';
import { levelOfDetail, type Diff, type Snapshot, type Timeline as ShowTimeline } from '../model';
import { DetailNotice, LayoutProgress } from './DetailNotice';
import { useLayout } from './useLayout';
import { GraphCanvas } from './GraphCanvas';
import { usePrefersReducedMotion, useRememberedCap } from './hooks';
import {
  CharacterSearch,
  ChangesList,
  DetailsPanel,
  EdgeLegend,
  RelationshipTable,
  type ChangeTarget,
} from './panels';
import { SpoilerCap } from './SpoilerCap';
import { StateLegend } from './StateLegend';
import { Timeline } from './timeline/Timeline';
import { createHistoryWriter, type ThemeChoice, type UrlState } from './urlState';
import { resolveViewState, toUrlState, type ViewState } from './viewState';
import { downloadPng } from './exportPng';
import { EmbedDialog } from './embed-dialog/EmbedDialog';
import { DROPPED_SLUG } from './dropImport/droppedUrl';
import { ExportAnimationDialog } from './export-animation/ExportAnimationDialog';

const NO_TYPES: ReadonlySet<string> = new Set();

/** The first episode's changes: everything in it is new. */
function openingDiff(snapshot: Snapshot): Diff {
  return {
    from: snapshot.episode,
    to: snapshot.episode,
    characters: { added: snapshot.characters, removed: [], changed: [] },
    relationships: { added: snapshot.relationships, removed: [] },
  };
}

interface Props {
  readonly slug: string;
  /** The show's data file as the catalogue names it; the embed snippet points at it. */
  readonly dataFile?: string;
  readonly timeline: ShowTimeline;
  readonly url: UrlState;
  readonly theme: 'light' | 'dark';
  readonly themeChoice: ThemeChoice;
  readonly notices: readonly string[];
}

export function Explorer({
  slug,
  dataFile,
  timeline,
  url,
  theme,
  themeChoice,
  notices: inherited,
}: Props) {
  const { dataset } = timeline;
  const [rememberedCap, rememberCap] = useRememberedCap(slug);
  const [initial] = useState(() => resolveViewState(url, timeline, rememberedCap));
  const [state, setState] = useState<ViewState>(initial.state);
  const [notices, setNotices] = useState<readonly string[]>([...inherited, ...initial.notices]);
  const [panelsOpen, setPanelsOpen] = useState(false);
  const reducedMotion = usePrefersReducedMotion();
  const viewRef = useRef<GraphView | undefined>(undefined);
  const onViewChange = useCallback((view: GraphView | undefined) => {
    viewRef.current = view;
  }, []);

  const layout = useLayout(dataset);
  const [showAll, setShowAll] = useState(false);
  // WebGL only where it wins: a real GPU. On software GL (SwiftShader) canvas is faster.
  const webglSupport = useMemo(() => detectWebGL(), []);
  const [webgl, setWebgl] = useState(
    () => webglSupport === 'hardware' && dataset.characters.length > LARGE_VIEW,
  );
  const snapshot = useMemo(() => timeline.snapshotAt(state.episode), [timeline, state.episode]);
  const diff = useMemo(
    () =>
      state.episode > 0 ? timeline.diff(state.episode - 1, state.episode) : openingDiff(snapshot),
    [timeline, state.episode, snapshot],
  );
  const changeCounts = useMemo(
    () => timeline.changeCounts().slice(0, state.cap + 1),
    [timeline, state.cap],
  );
  const episode = dataset.episodes[state.episode];

  const writeHistory = useMemo(() => createHistoryWriter(), []);
  useEffect(() => {
    writeHistory(toUrlState(slug, state, timeline, themeChoice));
  }, [writeHistory, slug, state, timeline, themeChoice]);
  useEffect(() => {
    document.title = `${dataset.show.title} · ${episode?.id ?? ''} — Plotweb`;
  }, [dataset, episode]);

  const present = (id: string | undefined, at: number) =>
    id !== undefined && timeline.isPresent(id, at);

  const goTo = (position: number) =>
    setState((current) => {
      const next = Math.max(0, Math.min(current.cap, position));
      return {
        ...current,
        episode: next,
        selected: present(current.selected, next) ? current.selected : undefined,
      };
    });
  const select = (id: string | undefined) => setState((current) => ({ ...current, selected: id }));
  const toggleType = (type: string) =>
    setState((current) => {
      const hidden = new Set(current.hidden);
      if (!hidden.delete(type)) hidden.add(type);
      return { ...current, hidden };
    });
  const setCap = (cap: number | undefined) => {
    const last = dataset.episodes.length - 1;
    rememberCap(cap === undefined ? undefined : dataset.episodes[cap]?.id);
    setState((current) => {
      const limit = cap ?? last;
      const next = Math.min(current.episode, limit);
      return {
        ...current,
        cap: limit,
        capped: limit < last,
        episode: next,
        selected: present(current.selected, next) ? current.selected : undefined,
      };
    });
  };
  const focusChange = (target: ChangeTarget) => {
    if (target.kind === 'character') select(target.id);
    viewRef.current?.focus(target);
  };
  const exportPng = () => {
    const view = viewRef.current;
    if (!view || !episode) return;
    void downloadPng(view, {
      title: dataset.show.title,
      subtitle: `${episode.id}${episode.title ? ` — ${episode.title}` : ''} · made with Plotweb`,
      file: `${slug}-${episode.id}.png`,
    });
  };

  const counts = snapshot.relationships.length;
  // The canvas draws a readable subset of a huge episode; panels keep the whole snapshot.
  const detail = useMemo(
    () =>
      levelOfDetail(snapshot, {
        hiddenTypes: state.hidden,
        focus: state.selected === undefined ? [] : [state.selected],
        showAll,
      }),
    [snapshot, state.hidden, state.selected, showAll],
  );
  const label = `Relationship graph at ${episode?.id ?? ''}: ${snapshot.characters.length} characters, ${counts} relationships. A text view follows in the panels.`;

  return (
    <div className="explorer" data-panels-open={panelsOpen ? 'true' : undefined}>
      <div className="toolbar">
        <h2 className="show-title">
          {dataset.show.title}
          {episode && <span className="episode-tag">{episode.id}</span>}
        </h2>
        <CharacterSearch
          characters={snapshot.characters}
          onSelect={(id) => focusChange({ kind: 'character', id })}
        />
        <SpoilerCap
          episodes={dataset.episodes}
          cap={state.capped ? state.cap : undefined}
          onChange={setCap}
        />
        <button type="button" className="button" onClick={exportPng}>
          Download PNG
        </button>
        {/* A file opened from the viewer's computer is on no server: nothing to embed. */}
        {slug !== DROPPED_SLUG && (
          <EmbedDialog
            slug={slug}
            dataFile={dataFile ?? `${slug}.json`}
            timeline={timeline}
            state={state}
          />
        )}
        <ExportAnimationDialog
          slug={slug}
          timeline={timeline}
          positions={layout.ready ? layout.positions : undefined}
          theme={theme}
          cap={state.cap}
          episode={state.episode}
          hiddenTypes={state.hidden}
        />
        {webglSupport === 'hardware' && (
          <label className="field">
            <input
              type="checkbox"
              checked={webgl}
              onChange={(event) => setWebgl(event.target.checked)}
            />
            <span>Draw with the GPU (WebGL)</span>
          </label>
        )}
        <button
          type="button"
          className="button panels-toggle"
          aria-expanded={panelsOpen}
          aria-controls="explorer-panels"
          onClick={() => setPanelsOpen((open) => !open)}
        >
          {panelsOpen ? 'Hide panels' : 'Panels'}
        </button>
      </div>
      {notices.length > 0 && (
        <div className="notice" role="status">
          <ul>
            {notices.map((notice, index) => (
              <li key={index}>{notice}</li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => setNotices([])}>
            Dismiss
          </button>
        </div>
      )}
      <div className="stage">
        {layout.ready ? (
          <GraphCanvas
            timeline={timeline}
            positions={layout.positions}
            snapshot={detail.snapshot}
            hiddenTypes={NO_TYPES}
            selected={state.selected}
            theme={theme}
            reducedMotion={reducedMotion}
            label={label}
            onSelect={select}
            onViewChange={onViewChange}
            webgl={webgl}
          />
        ) : (
          <LayoutProgress characters={dataset.characters.length} state={layout} />
        )}
        <DetailNotice detail={detail} showAll={showAll} onShowAll={setShowAll} />
        <aside id="explorer-panels" className="panels" aria-label="Panels">
          <DetailsPanel
            dataset={dataset}
            snapshot={snapshot}
            selectedId={state.selected}
            onSelect={select}
            onClose={() => select(undefined)}
          />
          <EdgeLegend
            types={dataset.types}
            counts={snapshot.countsByType}
            hidden={state.hidden}
            onToggle={toggleType}
            colorOf={(type) => typeColor(type, GRAPH_THEMES[theme])}
          />
          <StateLegend characters={snapshot.characters} theme={GRAPH_THEMES[theme]} />
          <ChangesList dataset={dataset} diff={diff} onFocus={focusChange} />
          <RelationshipTable dataset={dataset} snapshot={snapshot} hidden={state.hidden} />
        </aside>
      </div>
      <Timeline
        episodes={dataset.episodes}
        value={state.episode}
        max={state.cap}
        changeCounts={changeCounts}
        onChange={goTo}
        reducedMotion={reducedMotion}
      />
    </div>
  );
}
