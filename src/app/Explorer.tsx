// The explorer for one loaded show: graph, timeline and panels, all reading one frame of
// the viewer core (src/viewer), which never passes the viewer's spoiler cap.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { detectWebGL, GRAPH_THEMES, LARGE_VIEW, typeColor, type GraphView } from '../graph';
import { exportLegendOf } from '../graph/exportLegend';
import type { GraphData, Timeline as ShowTimeline } from '../model';
import { createViewer, mergeNotices } from '../viewer';
import { DetailNotice, LayoutProgress } from './DetailNotice';
import { useLayout } from './useLayout';
import { GraphCanvas } from './GraphCanvas';
import { useMediaQuery, usePrefersReducedMotion, useRememberedCap } from './hooks';
import './phone.css';
import {
  CharacterSearch,
  ChangesList,
  DetailsPanel,
  EdgeLegend,
  GroupLegend,
  RelationshipTable,
  type ChangeTarget,
} from './panels';
import { SpoilerCap } from './SpoilerCap';
import { StateLegend } from './StateLegend';
import { Timeline } from './timeline/Timeline';
import { viewerPlayback } from './timeline/viewerPlayback';
import { createHistoryWriter, type ThemeChoice, type UrlState } from './urlState';
import { useViewer } from './useViewer';
import { requestFromUrl, toUrlState } from './viewState';
import { downloadPng } from './exportPng';
import { EmbedDialog } from './embed-dialog/EmbedDialog';
import { CopyLinkButton } from './CopyLinkButton';
import { ExportAnimationDialog } from './export-animation/ExportAnimationDialog';

const NO_TYPES: ReadonlySet<string> = new Set();

interface Props {
  readonly slug: string;
  /** The show's data file as the catalogue names it; the embed snippet points at it. */
  readonly dataFile?: string;
  readonly timeline: ShowTimeline;
  /** The data of a show that is not on the site (opened or edited by the viewer). */
  readonly data?: GraphData | undefined;
  readonly url: UrlState;
  /** Bumped when the address bar changes under the explorer (Back/Forward): apply `url` live. */
  readonly urlVersion?: number;
  readonly theme: 'light' | 'dark';
  readonly themeChoice: ThemeChoice;
  readonly notices: readonly string[];
  /** Shows an "Edit data" button that opens the show in the editor. */
  readonly onEdit?: () => void;
  /** Inside the editor: the view's state goes here instead of into the address bar. */
  readonly onViewState?: (state: UrlState) => void;
}

export function Explorer({
  slug,
  dataFile,
  timeline,
  data,
  url,
  urlVersion = 0,
  theme,
  themeChoice,
  notices: inherited,
  onEdit,
  onViewState,
}: Props) {
  const { dataset } = timeline;
  const [rememberedCap, rememberCap] = useRememberedCap(slug);
  const remember = useRef(rememberCap);
  useEffect(() => {
    remember.current = rememberCap;
  });
  const [viewer, frame] = useViewer(() =>
    createViewer(timeline, {
      request: requestFromUrl(url, rememberedCap),
      onCapChange: (id) => remember.current(id),
    }),
  );
  const { state, snapshot, diff, fresh, changeCounts, detail, episode } = frame;
  // Hovered on the canvas or in the What changed list: each marks it in the other.
  const [hovered, setHovered] = useState<ChangeTarget>();
  const [notices, setNotices] = useState<readonly string[]>(() =>
    mergeNotices([...inherited, ...viewer.notices]),
  );
  // A link's later cap that the viewer's own limit held back: one click takes it.
  const [offeredCap, setOfferedCap] = useState(viewer.offeredCap);
  // Back/Forward: the same live view moves to what the address bar now says.
  const appliedVersion = useRef(urlVersion);
  useEffect(() => {
    if (appliedVersion.current === urlVersion) return;
    appliedVersion.current = urlVersion;
    setNotices(viewer.apply(requestFromUrl(url, rememberedCap)));
    setOfferedCap(viewer.offeredCap);
  }, [viewer, url, urlVersion, rememberedCap]);
  const offered = offeredCap === undefined ? undefined : dataset.episodes[offeredCap];
  const [panelsOpen, setPanelsOpen] = useState(false);
  // On a phone, with the panels closed, a selected character's details rise as a sheet
  // over the bottom of the graph (phone.css), which stays in view above it.
  const phone = useMediaQuery('(max-width: 760px)');
  const sheet = phone && !panelsOpen && state.selected !== undefined;
  const reducedMotion = usePrefersReducedMotion();
  const viewRef = useRef<GraphView | undefined>(undefined);
  const onViewChange = useCallback((view: GraphView | undefined) => {
    viewRef.current = view;
  }, []);

  const layout = useLayout(dataset);
  // WebGL only where it wins: a real GPU. On software GL (SwiftShader) canvas is faster.
  const webglSupport = useMemo(() => detectWebGL(), []);
  const [webgl, setWebgl] = useState(
    () => webglSupport === 'hardware' && dataset.characters.length > LARGE_VIEW,
  );

  const writeHistory = useMemo(() => createHistoryWriter(), []);
  const wasPlaying = useRef(false);
  useEffect(() => {
    // A played run, up to the episode it stops on, is one history entry.
    const run = state.playing || wasPlaying.current ? 'play' : undefined;
    wasPlaying.current = state.playing;
    const view = toUrlState(slug, state, timeline, themeChoice);
    if (onViewState) onViewState(view);
    else writeHistory(view, run);
  }, [writeHistory, slug, state, timeline, themeChoice, onViewState]);
  useEffect(() => {
    document.title = `${dataset.show.title} · ${episode?.id ?? ''} — Plotweb`;
  }, [dataset, episode]);

  const focusChange = (target: ChangeTarget) => {
    if (target.kind === 'character') viewer.select(target.id);
    viewRef.current?.focus(target);
  };
  const exportPng = () => {
    const view = viewRef.current;
    if (!view || !episode) return;
    void downloadPng(view, {
      title: dataset.show.title,
      subtitle: `${episode.id}${episode.title ? ` — ${episode.title}` : ''} · made with Plotweb`,
      file: `${slug}-${episode.id}.png`,
      legend: exportLegendOf(dataset, [detail.snapshot], state.hidden),
    });
  };

  const label = `${frame.ariaLabel}. A text view follows in the panels.`;

  return (
    <div
      className="explorer"
      data-panels-open={panelsOpen ? 'true' : undefined}
      data-sheet={sheet ? 'details' : undefined}
    >
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
          onChange={viewer.setCap}
        />
        {/* One row that scrolls sideways on a phone, so buttons never push the graph down. */}
        <div className="toolbar-actions">
          {onEdit && (
            <button type="button" className="button" onClick={onEdit}>
              Edit data
            </button>
          )}
          <button type="button" className="button" onClick={exportPng}>
            Download PNG
          </button>
          {/* A show on no server (opened from the viewer's computer) travels inside the code. */}
          <EmbedDialog
            slug={slug}
            dataFile={dataFile ?? `${slug}.json`}
            timeline={timeline}
            state={state}
            data={data}
          />
          <CopyLinkButton data={data} />
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
      </div>
      <div className="stage">
        {notices.length > 0 && (
          <div className="notice" role="status">
            <ul>
              {notices.map((notice, index) => (
                <li key={index}>{notice}</li>
              ))}
            </ul>
            {offered && offeredCap !== undefined && offeredCap > state.cap && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  viewer.setCap(offeredCap);
                  setOfferedCap(undefined);
                }}
              >
                I’ve watched up to {offered.id}: show it
              </button>
            )}
            <button
              type="button"
              className="button"
              onClick={() => {
                setNotices([]);
                setOfferedCap(undefined);
              }}
            >
              Dismiss
            </button>
          </div>
        )}
        {layout.ready ? (
          <GraphCanvas
            timeline={timeline}
            positions={layout.positions}
            snapshot={detail.snapshot}
            hiddenTypes={NO_TYPES}
            fresh={fresh}
            selected={state.selected}
            highlighted={hovered}
            onHover={setHovered}
            theme={theme}
            reducedMotion={reducedMotion}
            label={label}
            onSelect={viewer.select}
            onViewChange={onViewChange}
            webgl={webgl}
          />
        ) : (
          <LayoutProgress characters={dataset.characters.length} state={layout} />
        )}
        <DetailNotice detail={detail} showAll={state.showAll} onShowAll={viewer.setShowAll} />
        <aside id="explorer-panels" className="panels" aria-label="Panels">
          <DetailsPanel
            dataset={dataset}
            snapshot={snapshot}
            selectedId={state.selected}
            onSelect={viewer.select}
            onClose={() => viewer.select(undefined)}
            sheet={sheet}
          />
          <EdgeLegend
            types={dataset.types}
            counts={snapshot.countsByType}
            hidden={state.hidden}
            onToggle={viewer.toggleType}
            colorOf={(type) => typeColor(type, GRAPH_THEMES[theme])}
          />
          <GroupLegend
            groups={dataset.groups}
            characters={snapshot.characters}
            background={GRAPH_THEMES[theme].background}
            border={GRAPH_THEMES[theme].nodeBorder}
          />
          <StateLegend characters={snapshot.characters} theme={GRAPH_THEMES[theme]} />
          <ChangesList
            dataset={dataset}
            diff={diff}
            episode={episode}
            onFocus={focusChange}
            highlighted={hovered}
            onHighlight={setHovered}
          />
          <RelationshipTable dataset={dataset} snapshot={snapshot} hidden={state.hidden} />
        </aside>
      </div>
      <Timeline
        episodes={dataset.episodes}
        value={state.episode}
        max={state.cap}
        changeCounts={changeCounts}
        onChange={viewer.seek}
        reducedMotion={reducedMotion}
        playback={viewerPlayback(viewer, state)}
      />
    </div>
  );
}
