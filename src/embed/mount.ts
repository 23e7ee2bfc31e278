// mount(): one independent widget in a given root (a shadow root or a page element).
// It loads and validates its own data, draws with the shared graph view, and reports
// every failure inside its own box: nothing is thrown or logged into the host page.
import {
  createGraphView,
  GRAPH_THEMES,
  inspectorOf,
  type CanvasInspector,
  type GraphTheme,
  type GraphView,
} from '../graph';
import {
  buildTimeline,
  bakedPositions,
  EpisodeResolver,
  groupsPresent,
  type Timeline,
} from '../model';
import { layoutRequest } from '../model/layoutRequest';
import { createViewer, type ViewFrame, type Viewer } from '../viewer';
import { createControls, type ControlsView } from './controls';
import { h } from './dom';
import { fetchDataBytes } from './fetchData';
import { groupSwatch, legendSwatch } from './legendSwatch';
import embedCss from './embed.css?inline';
import type { EmbedOptions } from './options';
import type { ProgressStage } from './progress';
import type { ReadShow, ShowSource } from './readShow';

export interface EmbedEvents {
  onEpisodeChange?(episode: { id: string; position: number }): void;
  /** The widget's content size changed (iframe pages report it to their parent). */
  onResize?(): void;
}

/** A show carried by the embed itself instead of a data file on a server. */
export type EmbeddedShow =
  /** JSON text, e.g. from a child <script type="application/json"> of the element. */
  | { readonly kind: 'json'; readonly text: string }
  /** Packed with packShow, e.g. from the iframe page's #data= fragment. */
  | { readonly kind: 'packed'; readonly packed: string };

export interface EmbedHandle {
  /** Settles when the widget shows its graph or its error; never rejects. */
  readonly ready: Promise<void>;
  readonly episode: string | undefined;
  setEpisode(ref: string | number): void;
  play(): void;
  pause(): void;
  /** Off-screen widgets pause playback. */
  setVisible(visible: boolean): void;
  /** What the canvas holds, once it is drawn (the iframe page exposes it to browser tests). */
  readonly inspector: CanvasInspector | undefined;
  destroy(): void;
}

/** Data files this big are read in a worker (parse.worker.ts), with a progress bar. */
export const WORKER_FROM_BYTES = 1024 * 1024;

const readInWorker = (source: ShowSource): source is ShowSource & { content: Uint8Array } =>
  typeof source.content !== 'string' && source.content.length >= WORKER_FROM_BYTES;

function adoptStyles(root: ShadowRoot | Document) {
  // A constructed sheet, not a <style> element: hosts with a strict CSP still apply it.
  if (
    'adoptedStyleSheets' in root &&
    typeof CSSStyleSheet === 'function' &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(embedCss);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = embedCss;
  (root instanceof Document ? root.head : root).append(style);
}

export interface MountExtras {
  /** The show itself, when the embed carries it instead of pointing at a data file. */
  readonly embedded?: EmbeddedShow | undefined;
  /**
   * The widget is alone on Plotweb's own iframe page, where laying out on the page's thread
   * cannot freeze a host: it does so when the page (a sandboxed frame) cannot start a worker.
   */
  readonly ownPage?: boolean;
  /**
   * The episode's share picture (drawn in the light theme), shown at once in the box until
   * the graph is drawn over it. Light themes only: in a dark one it would flash white.
   */
  readonly picture?: string | undefined;
}

export function mount(
  root: ShadowRoot | HTMLElement,
  options: EmbedOptions,
  events: EmbedEvents = {},
  { embedded, ownPage = false, picture }: MountExtras = {},
): EmbedHandle {
  adoptStyles(root instanceof ShadowRoot ? root : root.ownerDocument);
  const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
  const themeName = () =>
    options.theme === 'auto' ? (darkQuery.matches ? 'dark' : 'light') : options.theme;

  const title = h('span', { class: 'pw-title' }, 'Plotweb');
  const badge = h('span', { class: 'pw-ep' });
  const graph = h('div', { class: 'pw-graph', role: 'img', 'aria-label': 'Relationship graph' });
  const message = h('div', { class: 'pw-message', role: 'status' }, 'Loading the graph…');
  const stage = h('div', { class: 'pw-stage' }, graph, message);
  const legend = h('ul', {
    class: 'pw-legend',
    'aria-label': 'Legend: relationship types and groups',
  });
  const foot = h('p', { class: 'pw-foot' });
  const appLink = h(
    'a',
    { class: 'pw-link', target: '_blank', rel: 'noopener' },
    'Open in Plotweb',
  );
  const frame = h(
    'div',
    { class: 'pw', 'data-theme': themeName() },
    h('div', { class: 'pw-head' }, title, badge),
    stage,
  );
  frame.style.height = `${options.height}px`;
  root.append(frame);
  // Decorative: the box's status line says what is happening; a picture that fails to
  // load simply goes away.
  const placeholder =
    picture && themeName() === 'light'
      ? h('img', { class: 'pw-picture', src: picture, alt: '', decoding: 'async' })
      : undefined;
  if (placeholder) {
    placeholder.addEventListener('error', () => placeholder.remove());
    frame.append(placeholder);
    message.dataset.over = 'picture';
  }

  let timeline: Timeline | undefined;
  let viewer: Viewer | undefined;
  let view: GraphView | undefined;
  let controls: ControlsView | undefined;
  let shown: ViewFrame | undefined;
  let destroyed = false;
  // Set before the data arrives too: playback must wait off-screen from the first tick.
  let offscreen = false;
  let resizeObserver: ResizeObserver | undefined;
  // Removing the widget stops its download.
  const loading = new AbortController();
  let cancelLayout: (() => void) | undefined;
  let cancelParse: (() => void) | undefined;
  // Each load is one attempt; Cancel ends it, so nothing it was still doing is drawn.
  let attempt = 0;

  const graphTheme = (): GraphTheme => {
    const base = GRAPH_THEMES[themeName()];
    const css = getComputedStyle(frame);
    const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    const background = read('--pw-bg', base.background);
    return {
      ...base,
      background,
      halo: background,
      text: read('--pw-fg', base.text),
      accent: read('--pw-accent', base.accent),
    };
  };

  // Read from the computed styles once per colour scheme: a step must not force a style
  // recalculation of the host page just to colour the legend.
  let theme: GraphTheme = graphTheme();

  function showMessage(
    kind: 'error' | 'info',
    heading: string,
    lines: readonly string[] = [],
    retry?: () => void,
  ) {
    message.hidden = false;
    message.dataset.kind = kind;
    // A problem is read in full, not over a picture of a graph that will not come.
    if (kind === 'error') {
      placeholder?.remove();
      delete message.dataset.over;
    }
    message.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    const again = retry
      ? [h('button', { type: 'button', class: 'pw-button pw-retry' }, 'Retry')]
      : [];
    again[0]?.addEventListener('click', () => retry?.());
    message.replaceChildren(
      h('strong', {}, heading),
      ...lines.map((line) => h('code', {}, line)),
      ...again,
    );
    events.onResize?.();
  }

  /**
   * Attempt `mine`'s progress box (progress.ts, loaded with the workers). The attempt is
   * the one that started the work, not the one current when a late callback runs: a
   * cancelled attempt's stage must not cover "Loading stopped".
   */
  const progress = (mine: number, stage: ProgressStage, share = 0) => {
    void import('./progress').then((box) => {
      // Not after Cancel, nor over a graph already drawn.
      if (!current(mine) || view) return;
      box.showProgress(message, stage, share, () => {
        attempt++;
        cancelParse?.();
        cancelLayout?.();
        showMessage('info', 'Loading stopped', [], retry);
      });
    });
  };
  const current = (mine: number) => !destroyed && attempt === mine;

  const retry = () => {
    showMessage('info', 'Loading the graph…');
    void load().catch(() => showMessage('error', 'The graph could not be shown'));
  };

  /** Draws a frame of the viewer core: only what changed since the last one. */
  function render(next: ViewFrame) {
    if (!timeline || !view || next === shown) return;
    const previous = shown;
    shown = next;
    if (next.detail.snapshot !== previous?.detail.snapshot) {
      view.show(next.detail.snapshot, {
        animate: previous !== undefined,
        inSlices: previous === undefined,
        fresh: next.fresh,
      });
    }
    const { episode, state } = next;
    badge.textContent = episode?.id ?? '';
    graph.setAttribute('aria-label', next.ariaLabel);
    controls?.update(next);
    if (next.legend !== previous?.legend || next.snapshot !== previous?.snapshot) {
      renderLegend(next);
    }
    if (options.appUrl && episode) {
      const url = new URL(options.appUrl, document.baseURI);
      url.searchParams.set('ep', episode.id);
      const last = timeline.dataset.episodes[state.cap];
      if (state.capped && last) url.searchParams.set('cap', last.id);
      appLink.href = url.href;
    }
    if (episode && state.episode !== previous?.state.episode) {
      events.onEpisodeChange?.({ id: episode.id, position: state.episode });
    }
  }

  function renderLegend(current: ViewFrame) {
    const items = current.legend
      .filter((row) => !row.hidden)
      .map(({ type, count }) => h('li', {}, legendSwatch(type, theme), `${type.label} ${count}`));
    const groups = groupsPresent(timeline?.dataset.groups ?? [], current.snapshot.characters).map(
      ({ group }) => h('li', { class: 'pw-legend-group' }, groupSwatch(group, theme), group.label),
    );
    legend.replaceChildren(...items, ...groups);
  }

  const onPageVisibility = () => viewer?.suspend('hidden-page', document.hidden);

  /** The data and the names its problems are reported under, or undefined on failure. */
  async function readSource(): Promise<ShowSource | undefined> {
    // Data inside the snippet is as untrusted as data from a server: same caps, same validator.
    const inline = (content: string) => ({ content, src: 'embedded data', name: 'embedded data' });
    if (embedded?.kind === 'json') return inline(embedded.text);
    if (embedded?.kind === 'packed') {
      const { unpackShow } = await import('../model/dataCodec');
      const unpacked = await unpackShow(embedded.packed);
      if (unpacked.ok) return inline(unpacked.text);
      showMessage('error', 'The graph could not be loaded', [
        `embedded data: ${unpacked.message} — ${unpacked.fix}`,
      ]);
      return undefined;
    }
    if (options.src === '') {
      showMessage('error', 'No data file given', ['Set the src attribute to a Plotweb JSON file.']);
      return undefined;
    }
    const fetched = await fetchDataBytes(options.src, document.baseURI, loading.signal);
    if (fetched.ok)
      return {
        content: fetched.bytes,
        src: options.src,
        name: options.src.split('/').pop() ?? options.src,
      };
    if (fetched.reason === 'aborted') return undefined;
    showMessage(
      'error',
      fetched.reason === 'timeout'
        ? 'The data file did not arrive'
        : 'The graph could not be loaded',
      [`${options.src}: ${fetched.message}`],
      retry,
    );
    return undefined;
  }

  /** Small data is read here at once; a big file in the parse worker, with progress. */
  async function readData(source: ShowSource, mine: number): Promise<ReadShow | undefined> {
    if (!readInWorker(source)) return (await reading).readShow(source);
    progress(mine, 'read');
    const { parseOffMainThread } = await import('./parseOffMainThread');
    // Cancelled while the worker's script loaded: start nothing.
    if (!current(mine)) return undefined;
    const job = parseOffMainThread(source, (stage) => progress(mine, stage));
    cancelParse = job.cancel;
    try {
      return await job.result;
    } finally {
      cancelParse = undefined;
    }
  }

  async function load() {
    const mine = ++attempt;
    // A retry after Cancel starts over: an earlier attempt may have got as far as a viewer.
    viewer?.destroy();
    viewer = undefined;
    timeline = undefined;
    const source = await readSource();
    if (!source || !current(mine)) return;
    const read = await readData(source, mine);
    if (!read || !current(mine)) return;
    if (!read.ok) {
      showMessage('error', read.heading, read.lines);
      return;
    }
    // A big show's timeline is built in slices too, between which the page keeps answering.
    const built = readInWorker(source)
      ? await (
          await import('./parseOffMainThread')
        ).timelineInSlices(read.dataset, () => !current(mine))
      : buildTimeline(read.dataset);
    if (!built || !current(mine)) return;
    timeline = built;
    const { dataset } = timeline;
    // The page's cap is the only limit: a widget keeps nothing on the reader's device.
    const core = createViewer(timeline, {
      request: { episode: options.episode, cap: options.maxEpisode, shown: options.types },
    });
    viewer = core;
    const state = core.getState();
    title.textContent = dataset.show.title;

    // Baked data (every catalogue show) draws at once. Unbaked data is laid out in a
    // worker: the host page's main thread never runs the layout.
    const positions = bakedPositions(dataset.characters) ?? (await layOut(dataset, mine));
    if (!current(mine) || !positions) return;
    message.hidden = true;
    const zoom = h(
      'div',
      { class: 'pw-zoom' },
      zoomButton('+', 'Zoom in', () => view?.zoomBy(1.3)),
      zoomButton('−', 'Zoom out', () => view?.zoomBy(1 / 1.3)),
      zoomButton('⤢', 'Fit the graph', () => view?.fit()),
    );
    // 'none' asks for a still picture: no buttons at all.
    if (options.controls !== 'none') stage.append(zoom);
    controls = createControls(options.controls, dataset.episodes.slice(0, state.cap + 1), {
      onStep: core.step,
      onSeek: core.seek,
      onTogglePlay: core.togglePlay,
    });
    if (options.appUrl) {
      foot.append(
        h('span', {}, 'Spoiler-safe up to ', dataset.episodes[state.cap]?.id ?? ''),
        appLink,
      );
    }
    frame.append(
      ...[controls?.element, legend, options.appUrl ? foot : undefined].filter(
        (el): el is HTMLElement => el !== undefined,
      ),
    );
    // Created once the controls and the legend took their room: the first fit (and the
    // stylesheet for its zoom) is for the canvas as it stays. Then keep fitting.
    renderLegend(core.getFrame());
    view = createGraphView(graph, {
      dataset,
      positions,
      theme,
      reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
      gestures: 'two-finger',
    });
    view.resize();
    // Cytoscape paints in its first animation frame, before this one's callback.
    if (placeholder) requestAnimationFrame(() => placeholder.remove());
    delete message.dataset.over;
    resizeObserver = new ResizeObserver(() => view?.resize());
    resizeObserver.observe(graph);
    core.subscribe(() => render(core.getFrame()));
    document.addEventListener('visibilitychange', onPageVisibility);
    onPageVisibility();
    core.suspend('offscreen', offscreen);
    render(core.getFrame());
    events.onResize?.();
  }

  async function layOut(dataset: Timeline['dataset'], mine: number) {
    const { layoutOffMainThread } = await import('../graph/layoutWorker');
    if (!current(mine)) return undefined;
    const job = layoutOffMainThread(layoutRequest(dataset), (share) =>
      progress(mine, 'layout', share),
    );
    cancelLayout = job.cancel;
    try {
      return await job.positions;
    } catch {
      // Cancelled (or the widget removed): nothing to say, nothing to draw.
      if (!current(mine)) return undefined;
      if (ownPage) return (await import('../model/layout')).computeLayout(dataset);
      showMessage('error', 'The graph could not be laid out', [
        'This page does not let the widget start a Web Worker for the layout.',
        'Bake positions into the data file with npm run layout, or embed it as an iframe.',
      ]);
      return undefined;
    } finally {
      cancelLayout = undefined;
    }
  }

  const zoomButton = (text: string, label: string, onClick: () => void) => {
    const button = h(
      'button',
      { type: 'button', class: 'pw-button', 'aria-label': label, title: label },
      text,
    );
    button.addEventListener('click', onClick);
    return button;
  };

  const onScheme = () => {
    frame.dataset.theme = themeName();
    theme = graphTheme();
    view?.setTheme(theme);
    if (shown) renderLegend(shown);
  };
  if (options.theme === 'auto') darkQuery.addEventListener('change', onScheme);

  // The checker (the schema and its messages) loads while the data downloads: it is not
  // part of the widget's first script, which stays small.
  const reading = import('./readShow');
  const ready = load().catch(() => showMessage('error', 'The graph could not be shown'));

  return {
    ready,
    get episode() {
      return shown?.episode?.id;
    },
    get inspector() {
      return view ? inspectorOf(view) : undefined;
    },
    setEpisode(ref) {
      if (!timeline || !viewer) return;
      const resolved = new EpisodeResolver(timeline.dataset.episodes).resolve(ref);
      if ('position' in resolved) viewer.seek(resolved.position);
    },
    play: () => viewer?.play(),
    pause: () => viewer?.pause(),
    setVisible(visible) {
      offscreen = !visible;
      viewer?.suspend('offscreen', offscreen);
    },
    destroy() {
      destroyed = true;
      loading.abort();
      cancelParse?.();
      cancelLayout?.();
      viewer?.destroy();
      document.removeEventListener('visibilitychange', onPageVisibility);
      darkQuery.removeEventListener('change', onScheme);
      resizeObserver?.disconnect();
      view?.destroy();
      frame.remove();
    },
  };
}
