// mount(): one independent widget in a given root (a shadow root or a page element).
// It builds the box, loads its show (load.ts), draws it with the shared graph view, and
// reports every failure inside its own box: nothing is thrown or logged into the host page.
import {
  createGraphView,
  GRAPH_THEMES,
  inspectorOf,
  type CanvasInspector,
  type GraphTheme,
  type GraphView,
} from '../graph';
import { EpisodeResolver, groupsPresent, type Timeline } from '../model';
import { createViewer, type ViewFrame, type Viewer } from '../viewer';
import { createControls, type ControlsView } from './controls';
import { h } from './dom';
import { groupSwatch, legendSwatch } from './legendSwatch';
import embedCss from './embed.css?inline';
import { createLoader, type EmbeddedShow } from './load';
import type { EmbedOptions } from './options';

export interface EmbedEvents {
  onEpisodeChange?(episode: { id: string; position: number }): void;
  /** The widget's content size changed (iframe pages report it to their parent). */
  onResize?(): void;
}

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

  async function load() {
    // A retry after Cancel starts over: an earlier attempt may have got as far as a viewer.
    viewer?.destroy();
    viewer = undefined;
    timeline = undefined;
    const loaded = await loader.load((built) => {
      timeline = built;
      // The page's cap is the only limit: a widget keeps nothing on the reader's device.
      viewer = createViewer(built, {
        request: { episode: options.episode, cap: options.maxEpisode, shown: options.types },
      });
      title.textContent = built.dataset.show.title;
    });
    // Set by the callback above, which TypeScript's narrowing does not follow.
    const core = viewer as Viewer | undefined;
    if (!loaded || !core || destroyed) return;
    const { positions } = loaded;
    const { dataset } = loaded.timeline;
    const state = core.getState();
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

  const loader = createLoader({
    options,
    embedded,
    ownPage,
    signal: loading.signal,
    message,
    showMessage,
    retry,
    drawn: () => view !== undefined,
  });
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
      loader.stop();
      viewer?.destroy();
      document.removeEventListener('visibilitychange', onPageVisibility);
      darkQuery.removeEventListener('change', onScheme);
      resizeObserver?.disconnect();
      view?.destroy();
      frame.remove();
    },
  };
}
