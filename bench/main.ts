// The benchmark page: driven by scripts/bench.ts through window.bench. Every contender
// draws the same elements with the same stylesheet at 1280×800.
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { createGraphView, GRAPH_THEMES } from '../src/graph';
import { cameraOptions } from '../src/graph/camera';
import { viewStyleOptions } from '../src/graph/createGraphView';
import { buildStylesheet } from '../src/graph/stylesheet';
import { buildTimeline, levelOfDetail, validateGraphData, type Timeline } from '../src/model';
import { computeLayout } from '../src/model/layout';
import { syntheticShow } from '../src/model/synthetic';
import { createBaseline } from './baseline';
import { createFairBaseline, fairLook, snapshotElements } from './fairBaseline';
import { coreIn, difference, digest, fingerprint, skippingLayers } from './fingerprint';
import { episodeSequence, nextPaint, stats, type Stats } from './measure';

const EPISODES = 50;
const stage = document.getElementById('stage') as HTMLElement;
const shows = new Map<
  string,
  { timeline: Timeline; positions: Map<string, { x: number; y: number }> }
>();

function timelineOf(characters: number, relationships: number): Timeline {
  const result = validateGraphData(
    syntheticShow({ characters, relationships, episodes: EPISODES, seed: 42 }),
  );
  if (!result.ok) throw new Error('synthetic data invalid');
  return buildTimeline(result.dataset);
}

/** Hands the page the layout scripts/bench.ts computed once in Node (the same for every page). */
function prepare(characters: number, relationships: number, positions: [string, number, number][]) {
  shows.set(`${characters}/${relationships}`, {
    timeline: timelineOf(characters, relationships),
    positions: new Map(positions.map(([id, x, y]) => [id, { x, y }])),
  });
}

function show(characters: number, relationships: number, withLayout = true) {
  const key = `${characters}/${relationships}`;
  const known = shows.get(key);
  if (known && (!withLayout || known.positions.size > 0)) return known;
  const timeline = timelineOf(characters, relationships);
  const positions = withLayout
    ? computeLayout(timeline.dataset, { ticks: characters > 5000 ? 60 : 150 })
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

/**
 * plotweb: the product's view. fair: react-cytoscapejs doing the same work (fairBaseline.tsx).
 * naive: a react-cytoscapejs app with its own plain look (baseline.tsx), not a fair match.
 */
type Contender = 'plotweb' | 'plotweb-lod' | 'plotweb-webgl' | 'fair' | 'naive';

interface Drawing {
  apply(episode: number): void;
  core(): Core | undefined;
  count(): number;
  destroy(): void;
}

function mountContender(contender: Contender, characters: number, relationships: number): Drawing {
  const { timeline, positions } = show(characters, relationships);
  const { dataset } = timeline;
  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;inset:0';
  stage.append(container);
  const lod = contender === 'plotweb-lod';
  const snapshotFor = (episode: number) => {
    const snapshot = timeline.snapshotAt(episode);
    return lod ? levelOfDetail(snapshot).snapshot : snapshot;
  };
  if (contender === 'fair' || contender === 'naive') {
    const baseline =
      contender === 'fair'
        ? createFairBaseline(container, dataset, positions)
        : createBaseline(
            container,
            dataset,
            positions,
            buildStylesheet(dataset.types, GRAPH_THEMES.light, viewStyleOptions(dataset)),
          );
    return {
      apply: (episode) => baseline.show(snapshotFor(episode)),
      core: () => baseline.core(),
      count: () => baseline.count(),
      destroy() {
        baseline.destroy();
        container.remove();
      },
    };
  }
  const view = createGraphView(container, {
    dataset,
    positions,
    reducedMotion: true,
    webgl: contender === 'plotweb-webgl',
  });
  return {
    apply: (episode) => view.show(snapshotFor(episode), { animate: false }),
    core: () => coreIn(container),
    count: () => view.drawn().nodes.length + view.drawn().edges.length,
    destroy() {
      view.destroy();
      container.remove();
    },
  };
}

/**
 * Before any timing: Plotweb's view and the fair baseline, side by side on this page, must
 * hold identical style JSON, elements and options at each of these episodes.
 */
async function check(characters: number, relationships: number, episodes: number[]) {
  const plotweb = mountContender('plotweb', characters, relationships);
  const fair = mountContender('fair', characters, relationships);
  let problem: string | undefined;
  let counts = { nodes: 0, edges: 0 };
  for (const episode of episodes) {
    plotweb.apply(episode);
    fair.apply(episode);
    await nextPaint();
    const a = plotweb.core();
    const b = fair.core();
    if (!a || !b) {
      problem = 'a contender has no Cytoscape instance';
      break;
    }
    const ours = fingerprint(a);
    counts = ours.counts;
    problem = difference(ours, fingerprint(b));
    if (problem) {
      problem = `episode ${episode}: ${problem}`;
      break;
    }
  }
  plotweb.destroy();
  fair.destroy();
  return { problem, counts, episodes: episodes.length };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One contender's scrub run on this (fresh) page. Each step is timed from its input to the
 * end of the next painted frame. After every third step, the render floor just after a
 * change: the same elements redrawn at once, while Cytoscape still draws element by element
 * (it skips its layer cache for 250 ms after a change). At the end, the static floor: a
 * redraw with nothing changed for long enough that the layer cache is in use.
 */
async function steps(
  contender: Contender,
  characters: number,
  relationships: number,
  kind: 'adjacent' | 'random',
  count: number,
) {
  const drawing = mountContender(contender, characters, relationships);
  const sequence = episodeSequence(kind, EPISODES, count + 10);
  drawing.apply(sequence[0] as number);
  await nextPaint();
  const samples: number[] = [];
  const afterChange: number[] = [];
  let afterChangeSkipping = 0;
  for (const [index, episode] of sequence.entries()) {
    const start = performance.now();
    drawing.apply(episode);
    const painted = await nextPaint();
    if (index >= 10) samples.push(painted - start);
    if (index >= 10 && index % 3 === 0) {
      const cy = drawing.core();
      const redraw = performance.now();
      cy?.forceRender();
      afterChange.push((await nextPaint()) - redraw);
      if (cy && skippingLayers(cy)) afterChangeSkipping++;
    }
  }
  const cy = drawing.core();
  const final = cy ? fingerprint(cy) : undefined;
  const staticFloor: number[] = [];
  let staticSkipping = 0;
  await wait(400);
  for (let i = 0; i < 18; i++) {
    const redraw = performance.now();
    cy?.forceRender();
    const took = (await nextPaint()) - redraw;
    // The first redraws build the layer textures.
    if (i >= 3) {
      staticFloor.push(took);
      if (cy && skippingLayers(cy)) staticSkipping++;
    }
  }
  const elements = drawing.count();
  drawing.destroy();
  return {
    samples,
    afterChange,
    staticFloor,
    afterChangeSkipping,
    staticSkipping,
    elements,
    final: final ? digest(final) : '',
  };
}

/**
 * Stylesheet variants for the render-floor sweep: Cytoscape's defaults, Plotweb's as drawn
 * at the fitted zoom (simple edges), Plotweb's with full edges, and either minus one cost.
 */
export type StyleVariant =
  'default' | 'plotweb' | 'full-edges' | 'no-arrows' | 'no-outline' | 'no-labels';

const VARIANT_RULES: Record<
  Exclude<StyleVariant, 'default' | 'plotweb' | 'full-edges'>,
  StylesheetJson
> = {
  'no-arrows': [{ selector: 'edge', style: { 'target-arrow-shape': 'none' } }],
  'no-outline': [{ selector: 'node', style: { 'text-outline-width': 0 } }],
  'no-labels': [{ selector: 'node', style: { label: '' } }],
};

/**
 * The render floor of one mid-show episode under a stylesheet variant, both ways: a
 * static redraw (Cytoscape's layer cache in use) and a redraw just after a change (one
 * node nudged by a thousandth of a unit, which makes Cytoscape skip the layer cache).
 */
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
  const { stylesheet: drawn, viewport } = fairLook(dataset, positions);
  const full = buildStylesheet(dataset.types, GRAPH_THEMES.light, viewStyleOptions(dataset));
  const base = (variant === 'full-edges' || variant === 'no-arrows'
    ? full
    : drawn) as unknown as StylesheetJson[];
  const style =
    variant === 'default'
      ? undefined
      : ([
          ...base,
          ...(variant === 'plotweb' || variant === 'full-edges' ? [] : VARIANT_RULES[variant]),
        ] as unknown as StylesheetJson);
  const cy = cytoscape({
    container,
    ...(style ? { style } : {}),
    ...cameraOptions(true, undefined),
    elements: snapshotElements(snapshot, dataset, positions, typeIndex),
    layout: { name: 'preset', fit: false },
  });
  cy.viewport(viewport);
  await nextPaint();
  const nudged = cy.nodes()[0];
  const afterChange: number[] = [];
  let skipping = 0;
  for (let i = 0; i < count; i++) {
    const at = nudged?.position();
    if (nudged && at) nudged.position({ x: at.x + (i % 2 === 0 ? 0.001 : -0.001), y: at.y });
    const start = performance.now();
    cy.forceRender();
    afterChange.push((await nextPaint()) - start);
    if (skippingLayers(cy)) skipping++;
  }
  await wait(400);
  const cached: number[] = [];
  for (let i = 0; i < count + 3; i++) {
    const start = performance.now();
    cy.forceRender();
    const took = (await nextPaint()) - start;
    if (i >= 3) cached.push(took);
  }
  cy.destroy();
  container.remove();
  return { cached: stats(cached), afterChange: stats(afterChange), skipping, count };
}

/** Long tasks while playing 100 steps with animation, one step every 120 ms. */
async function play(characters: number, relationships: number) {
  const { timeline, positions } = show(characters, relationships);
  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;inset:0';
  stage.append(container);
  const view = createGraphView(container, { dataset: timeline.dataset, positions });
  const long: { step: number; duration: number }[] = [];
  let step = 0;
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((entry) => long.push({ step, duration: entry.duration })),
  );
  observer.observe({ type: 'longtask', buffered: false });
  for (; step < 100; step++) {
    view.show(levelOfDetail(timeline.snapshotAt(step % EPISODES)).snapshot);
    await wait(120);
  }
  observer.disconnect();
  view.destroy();
  container.remove();
  const durations = long.map((entry) => entry.duration);
  return {
    count: long.length,
    total: durations.reduce((sum, x) => sum + x, 0),
    max: Math.max(0, ...durations),
    long,
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
  // What stays alive: the step's frame is painted first, then a full collection (twice, so
  // what the first one's finalizers released goes too) runs right before the reading. A
  // reading taken after a paint would count that paint's garbage.
  const measure = async () => {
    await nextPaint();
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
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
    if (index === 999) {
      after1000 = await measure();
      // A hook for heap snapshots (scripts/bench.ts exposes it in its --play part).
      await window.benchHeapMark?.('after1000');
    }
  }
  const after2000 = await measure();
  await window.benchHeapMark?.('after2000');
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
    benchHeapMark?: (label: string) => Promise<void>;
    bench: {
      ready: boolean;
      prepare: typeof prepare;
      check: typeof check;
      engine: typeof engine;
      steps: typeof steps;
      stylesheetFloor: typeof stylesheetFloor;
      play: typeof play;
      heap: typeof heap;
      webglRenderer: typeof webglRenderer;
    };
  }
}

window.bench = {
  ready: true,
  prepare,
  check,
  engine,
  steps,
  stylesheetFloor,
  play,
  heap,
  webglRenderer,
};
export type { Stats };
