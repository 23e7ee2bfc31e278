// mount(): one independent widget in a given root (a shadow root or a page element).
// It loads and validates its own data, draws with the shared graph view, and reports
// every failure inside its own box: nothing is thrown or logged into the host page.
import { createGraphView, GRAPH_THEMES, type GraphTheme, type GraphView } from '../graph';
import {
  buildTimeline,
  computeLayout,
  EpisodeResolver,
  formatProblems,
  validateGraphDataText,
  type Timeline,
} from '../model';
import { createControls, type ControlsView } from './controls';
import { h } from './dom';
import { legendSwatch } from './legendSwatch';
import embedCss from './embed.css?inline';
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
  destroy(): void;
}

const PLAY_INTERVAL_MS = 1500;
const MAX_LISTED_PROBLEMS = 5;

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

export function mount(
  root: ShadowRoot | HTMLElement,
  options: EmbedOptions,
  events: EmbedEvents = {},
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
  const legend = h('ul', { class: 'pw-legend', 'aria-label': 'Relationship types' });
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

  let timeline: Timeline | undefined;
  let view: GraphView | undefined;
  let controls: ControlsView | undefined;
  let position = 0;
  let cap = 0;
  let hidden: ReadonlySet<string> = new Set();
  let playTimer: ReturnType<typeof setInterval> | undefined;
  let visible = true;
  let destroyed = false;
  let resizeObserver: ResizeObserver | undefined;

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

  function showMessage(kind: 'error' | 'info', heading: string, lines: readonly string[] = []) {
    message.hidden = false;
    message.dataset.kind = kind;
    message.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    message.replaceChildren(h('strong', {}, heading), ...lines.map((line) => h('code', {}, line)));
    events.onResize?.();
  }

  function render(animate: boolean) {
    if (!timeline || !view) return;
    const snapshot = timeline.snapshotAt(position);
    view.show(snapshot, { animate, hiddenTypes: hidden });
    const episode = timeline.dataset.episodes[position];
    badge.textContent = episode?.id ?? '';
    graph.setAttribute(
      'aria-label',
      `Relationship graph at ${episode?.id ?? ''}: ${snapshot.characters.length} characters, ${snapshot.relationships.length} relationships`,
    );
    controls?.update(
      position,
      cap,
      timeline.changeCounts()[position] ?? 0,
      playTimer !== undefined,
    );
    renderLegend(snapshot.countsByType);
    if (options.appUrl && episode) {
      const url = new URL(options.appUrl, document.baseURI);
      url.searchParams.set('ep', episode.id);
      const last = timeline.dataset.episodes[cap];
      if (cap < timeline.dataset.episodes.length - 1 && last) url.searchParams.set('cap', last.id);
      appLink.href = url.href;
    }
    if (episode) events.onEpisodeChange?.({ id: episode.id, position });
  }

  function renderLegend(counts: ReadonlyMap<string, number>) {
    if (!timeline) return;
    const items = timeline.dataset.types
      .filter((type) => !hidden.has(type.id) && (counts.get(type.id) ?? 0) > 0)
      .map((type) => {
        const swatch = legendSwatch(type, theme);
        return h('li', {}, swatch, `${type.label} ${counts.get(type.id) ?? 0}`);
      });
    legend.replaceChildren(...items);
  }

  function goTo(next: number, animate = true) {
    const clamped = Math.max(0, Math.min(cap, Math.trunc(next)));
    if (clamped === position && view) return;
    position = clamped;
    render(animate);
  }

  function stopPlaying() {
    if (playTimer !== undefined) clearInterval(playTimer);
    playTimer = undefined;
    if (timeline) controls?.update(position, cap, timeline.changeCounts()[position] ?? 0, false);
  }

  function startPlaying() {
    if (!timeline || playTimer !== undefined || cap === 0) return;
    if (position >= cap) goTo(0);
    playTimer = setInterval(() => {
      if (!visible || document.hidden) return;
      if (position >= cap) stopPlaying();
      else goTo(position + 1);
    }, PLAY_INTERVAL_MS);
    controls?.update(position, cap, timeline.changeCounts()[position] ?? 0, true);
  }

  async function load() {
    if (options.src === '') {
      showMessage('error', 'No data file given', ['Set the src attribute to a Plotweb JSON file.']);
      return;
    }
    let text: string;
    try {
      const response = await fetch(new URL(options.src, document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
      if (/^\s*</.test(text))
        throw new Error('the server sent a web page, not a data file; check the address');
    } catch (error) {
      showMessage('error', 'The graph could not be loaded', [
        `${options.src}: ${error instanceof Error ? error.message : 'network error'}`,
      ]);
      return;
    }
    if (destroyed) return;
    const result = await validateGraphDataText(text);
    if (!result.ok) {
      const lines = formatProblems(options.src.split('/').pop() ?? options.src, result.problems);
      const more =
        lines.length > MAX_LISTED_PROBLEMS
          ? [`…and ${lines.length - MAX_LISTED_PROBLEMS} more`]
          : [];
      showMessage('error', 'This graph’s data has problems', [
        ...lines.slice(0, MAX_LISTED_PROBLEMS),
        ...more,
      ]);
      return;
    }
    timeline = buildTimeline(result.dataset);
    const { dataset } = timeline;
    const resolver = new EpisodeResolver(dataset.episodes);
    const at = (ref: string | undefined) => {
      if (ref === undefined) return undefined;
      const resolved = resolver.resolve(ref);
      return 'position' in resolved ? resolved.position : undefined;
    };
    cap = at(options.maxEpisode) ?? dataset.episodes.length - 1;
    position = Math.min(cap, at(options.episode) ?? 0);
    if (options.types) {
      const shown = new Set(options.types);
      hidden = new Set(dataset.types.filter((type) => !shown.has(type.id)).map((type) => type.id));
    }
    title.textContent = dataset.show.title;

    message.hidden = true;
    view = createGraphView(graph, {
      dataset,
      positions: computeLayout(dataset),
      theme,
      reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
      gestures: 'two-finger',
    });
    const zoom = h(
      'div',
      { class: 'pw-zoom' },
      zoomButton('+', 'Zoom in', () => view?.zoomBy(1.3)),
      zoomButton('−', 'Zoom out', () => view?.zoomBy(1 / 1.3)),
      zoomButton('⤢', 'Fit the graph', () => view?.fit()),
    );
    // 'none' asks for a still picture: no buttons at all.
    if (options.controls !== 'none') stage.append(zoom);
    controls = createControls(options.controls, dataset.episodes.slice(0, cap + 1), {
      onStep: (delta) => goTo(position + delta),
      onSeek: (next) => goTo(next),
      onTogglePlay: () => (playTimer === undefined ? startPlaying() : stopPlaying()),
    });
    if (options.appUrl) {
      foot.append(h('span', {}, 'Spoiler-safe up to ', dataset.episodes[cap]?.id ?? ''), appLink);
    }
    frame.append(
      ...[controls?.element, legend, options.appUrl ? foot : undefined].filter(
        (el): el is HTMLElement => el !== undefined,
      ),
    );
    // The controls took their room: fit the graph to what is left, and keep fitting.
    view.resize();
    resizeObserver = new ResizeObserver(() => view?.resize());
    resizeObserver.observe(graph);
    render(false);
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
    if (timeline) renderLegend(timeline.snapshotAt(position).countsByType);
  };
  if (options.theme === 'auto') darkQuery.addEventListener('change', onScheme);

  const ready = load().catch(() => showMessage('error', 'The graph could not be shown'));

  return {
    ready,
    get episode() {
      return timeline?.dataset.episodes[position]?.id;
    },
    setEpisode(ref) {
      if (!timeline) return;
      const resolved = new EpisodeResolver(timeline.dataset.episodes).resolve(ref);
      if ('position' in resolved) goTo(resolved.position);
    },
    play: startPlaying,
    pause: stopPlaying,
    setVisible(next) {
      visible = next;
    },
    destroy() {
      destroyed = true;
      stopPlaying();
      darkQuery.removeEventListener('change', onScheme);
      resizeObserver?.disconnect();
      view?.destroy();
      frame.remove();
    },
  };
}
