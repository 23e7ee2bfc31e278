// The benchmark page: driven by scripts/bench.ts through window.bench. Every contender
// draws the same elements with the same stylesheet at 1280×800.
import cytoscape, { type StylesheetJson } from 'cytoscape';
import { createGraphView, GRAPH_THEMES } from '../src/graph';
import { viewStyleOptions } from '../src/graph/createGraphView';
import { buildStylesheet } from '../src/graph/stylesheet';
import { buildTimeline, levelOfDetail, validateGraphData, type Timeline } from '../src/model';
import { computeLayout } from '../src/model/layout';
import { syntheticShow } from '../src/model/synthetic';
import { createBaseline } from './baseline';
import { episodeSequence, fitViewport, nextPaint, stats, type Stats } from './measure';

const EPISODES = 50;
const stage = document.getElementById('stage') as HTMLElement;
const shows = new Map<
  string,
  { timeline: Timeline; positions: Map<string, { x: number; y: number }> }
>();

function show(characters: number, relationships: number, withLayout = true) {
  const key = `${characters}/${relationships}`;
  const known = shows.get(key);
  if (known && (!withLayout || known.positions.size > 0)) return known;
  const result = validateGraphData(
    syntheticShow({ characters, relationships, episodes: EPISODES, seed: 42 }),
  );
  if (!result.ok) throw new Error('synthetic data invalid');
  const timeline = buildTimeline(result.dataset);
  const positions = withLayout
    ? computeLayout(result.dataset, { ticks: characters > 5000 ? 60 : 150 })
    : new Map();
  const entry = { timeline, positions };
  shows.set(key, entry);
  return entry;
}

function engine(characters: number, relationships: number, calls: number) {
  const { timeline } = show(characters, relationships, false);
  const episodes = episodeSequence('random', EPISODES, calls + 1);
  const snapshot: number[] = [];
  const diff: number[] = [];
  let sink = 0;
  for (let i = 0; i < calls; i++) {
    let t = performance.now();
    sink += timeline.snapshotAt(episodes[i] as number).relationships.length;
    snapshot.push(performance.now() - t);
    t = performance.now();
    sink += timeline.diff(episodes[i] as number, episodes[i + 1] as number).relationships.added
      .length;
    diff.push(performance.now() - t);
  }
  return { snapshotAt: stats(snapshot), diff: stats(diff), sink };
}

type Contender = 'plotweb' | 'plotweb-lod' | 'plotweb-webgl' | 'baseline';

async function steps(
  contender: Contender,
  characters: number,
  relationships: number,
  kind: 'adjacent' | 'random',
  count: number,
) {
  const { timeline, positions } = show(characters, relationships);
  const { dataset } = timeline;
  const stylesheet = buildStylesheet(dataset.types, GRAPH_THEMES.light, viewStyleOptions(dataset));
  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;inset:0';
  stage.append(container);
  const lod = contender === 'plotweb-lod';
  const snapshotFor = (episode: number) => {
    const snapshot = timeline.snapshotAt(episode);
    return lod ? levelOfDetail(snapshot).snapshot : snapshot;
  };
  const plotweb =
    contender === 'baseline'
      ? undefined
      : createGraphView(container, {
          dataset,
          positions,
          reducedMotion: true,
          webgl: contender === 'plotweb-webgl',
        });
  const baseline =
    contender === 'baseline'
      ? createBaseline(container, dataset, positions, stylesheet)
      : undefined;
  const apply = (episode: number) =>
    plotweb
      ? plotweb.show(snapshotFor(episode), { animate: false })
      : baseline?.show(snapshotFor(episode));

  const sequence = episodeSequence(kind, EPISODES, count + 10);
  apply(sequence[0] as number);
  await nextPaint();
  const samples: number[] = [];
  const floor: number[] = [];

  for (const [index, episode] of sequence.entries()) {
    const start = performance.now();
    apply(episode);
    const painted = await nextPaint();
    if (index >= 10) samples.push(painted - start);
    if (index >= 10 && index % 3 === 0) {
      // The render floor: the same elements drawn again, no change.
      const redraw = performance.now();
      if (plotweb) plotweb.redraw();
      else baseline?.redraw();
      floor.push((await nextPaint()) - redraw);
    }
  }
  const elements = plotweb
    ? plotweb.drawn().nodes.length + plotweb.drawn().edges.length
    : (baseline?.count() ?? 0);
  plotweb?.destroy();
  baseline?.destroy();
  container.remove();
  return { step: stats(samples), floor: stats(floor), elements };
}

/** Stylesheet variants for the render-floor sweep: ours, Cytoscape's defaults, and ours minus one cost. */
export type StyleVariant =
  'default' | 'plotweb' | 'haystack' | 'no-arrows' | 'no-outline' | 'no-labels';

const VARIANT_RULES: Record<Exclude<StyleVariant, 'default' | 'plotweb'>, StylesheetJson> = {
  haystack: [{ selector: 'edge', style: { 'curve-style': 'haystack' } }],
  'no-arrows': [{ selector: 'edge', style: { 'target-arrow-shape': 'none' } }],
  'no-outline': [{ selector: 'node', style: { 'text-outline-width': 0 } }],
  'no-labels': [{ selector: 'node', style: { label: '' } }],
};

/** The render floor of one mid-show episode under a stylesheet variant. */
async function stylesheetFloor(
  characters: number,
  relationships: number,
  count: number,
  variant: StyleVariant,
) {
  const { timeline, positions } = show(characters, relationships);
  const { dataset } = timeline;
  const snapshot = timeline.snapshotAt(EPISODES / 2);
  const typeIndex = new Map(dataset.types.map((type, index) => [type.id, index]));
  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;inset:0';
  stage.append(container);
  const ours = buildStylesheet(
    dataset.types,
    GRAPH_THEMES.light,
    viewStyleOptions(dataset),
  ) as unknown as StylesheetJson[];
  const style =
    variant === 'default'
      ? undefined
      : ([
          ...ours,
          ...(variant === 'plotweb' ? [] : VARIANT_RULES[variant]),
        ] as unknown as StylesheetJson);
  const cy = cytoscape({
    container,
    ...(style ? { style } : {}),
    elements: [
      ...snapshot.characters.map((entry) => ({
        data: { id: `n:${entry.character.id}`, label: entry.character.name },
        position: { ...(positions.get(entry.character.id) ?? { x: 0, y: 0 }) },
      })),
      ...snapshot.relationships.map((r) => ({
        data: { id: `e:${r.id}`, source: `n:${r.source}`, target: `n:${r.target}` },
        classes: `t${typeIndex.get(r.type) ?? 0}`,
      })),
    ],
    layout: { name: 'preset', fit: false },
  });
  cy.viewport(fitViewport(positions, 1280, 800) ?? { zoom: 1, pan: { x: 0, y: 0 } });
  await nextPaint();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    cy.forceRender();
    samples.push((await nextPaint()) - start);
  }
  cy.destroy();
  container.remove();
  return stats(samples);
}

/** Long tasks while playing 100 steps with animation, one step every 120 ms. */
async function play(characters: number, relationships: number) {
  const { timeline, positions } = show(characters, relationships);
  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;inset:0';
  stage.append(container);
  const view = createGraphView(container, { dataset: timeline.dataset, positions });
  const long: number[] = [];
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((entry) => long.push(entry.duration)),
  );
  observer.observe({ type: 'longtask', buffered: false });
  for (let i = 0; i < 100; i++) {
    view.show(levelOfDetail(timeline.snapshotAt(i % EPISODES)).snapshot);
    await new Promise((resolve) => setTimeout(resolve, 120));
  }
  observer.disconnect();
  view.destroy();
  container.remove();
  return {
    count: long.length,
    total: long.reduce((sum, x) => sum + x, 0),
    max: Math.max(0, ...long),
  };
}

/** JS heap after 100 and after 1,000 steps (garbage collected first). */
async function heap(characters: number, relationships: number) {
  const { timeline, positions } = show(characters, relationships);
  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;inset:0';
  stage.append(container);
  const view = createGraphView(container, {
    dataset: timeline.dataset,
    positions,
    reducedMotion: true,
  });
  const measure = async () => {
    (globalThis as { gc?: () => void }).gc?.();
    await nextPaint();
    return (
      (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
      0
    );
  };
  const sequence = episodeSequence('random', EPISODES, 2000, 3);
  let after100 = 0;
  let after500 = 0;
  let after1000 = 0;
  for (const [index, episode] of sequence.entries()) {
    view.show(timeline.snapshotAt(episode), { animate: false });
    if (index % 50 === 0) await nextPaint();
    if (index === 99) after100 = await measure();
    if (index === 499) after500 = await measure();
    if (index === 999) after1000 = await measure();
  }
  const after2000 = await measure();
  view.destroy();
  container.remove();
  return { after100, after500, after1000, after2000 };
}

/** What WebGL this browser offers (the bench reports it next to the WebGL figures). */
function webglRenderer(): string {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 'none';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

declare global {
  interface Window {
    bench: {
      ready: boolean;
      engine: typeof engine;
      steps: typeof steps;
      stylesheetFloor: typeof stylesheetFloor;
      play: typeof play;
      heap: typeof heap;
      webglRenderer: typeof webglRenderer;
    };
  }
}

window.bench = { ready: true, engine, steps, stylesheetFloor, play, heap, webglRenderer };
export type { Stats };
