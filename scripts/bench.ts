// `npm run bench [-- --quick] [-- --profile]`: builds the benchmark page, drives Debian's
// headless Chromium through it, prints tables and writes .bench/results.json. WebGL and
// canvas both run on the CPU here (SwiftShader): figures are for software rendering.
//
// Fairness: the fair baseline (bench/fairBaseline.tsx) must hold exactly what Plotweb's
// view holds (style JSON, elements, options), checked on one page before any timing and
// again at the end of every run. Each contender runs on a fresh page, in alternating order,
// over at least two runs; samples are pooled and each run's p50/p95 range is printed.
// `--profile` records a CPU profile of Plotweb's steps instead and prints where time goes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Core, ElementDefinition } from 'cytoscape';
import { build, preview, type PreviewServer } from 'vite';
import type { FirstPicture } from '../bench/coldFloor';
import { difference, type Fingerprint } from '../bench/fingerprint';
import { stats, type Stats } from '../bench/measure';
import { printProfile, summarizeProfile, type CpuProfile } from './cpuProfile';
import { heapGrowth, heapSummary, heapTotal, type HeapSummary } from './heapSnapshot';
import { buildTimeline, validateGraphData } from '../src/model';
import { computeLayout } from '../src/model/layout';
import { syntheticShow } from '../src/model/synthetic';
import { CHROMIUM_ARGS } from '../playwright.config';

const quick = process.argv.includes('--quick');
const profile = process.argv.includes('--profile');
// `--steps`: only the fairness check and the scrub-step table (for trying a change quickly).
const stepsOnly = process.argv.includes('--steps');
// `--play`: only the long tasks during play, the heap and the widget's cold load.
const playOnly = process.argv.includes('--play');
const STEPS = 60;
const RUNS = quick ? 2 : 3;
const EPISODES = 50;
const SIZES_RENDER: [number, number][] = quick
  ? [[1000, 5000]]
  : [
      [1000, 5000],
      [10000, 50000],
    ];
const SIZES_ENGINE: [number, number][] = quick
  ? [
      [1000, 5000],
      [10000, 50000],
    ]
  : [
      [1000, 5000],
      [10000, 50000],
      [100000, 500000],
    ];
const ms = (value: number) => value.toFixed(1);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  quick,
  machine: '2 cores, headless Chromium, software rendering (SwiftShader), 1280×800',
  loadBefore: load(),
};

async function serve(
  configFile: string | undefined,
  port: number,
): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    ...(configFile ? { configFile } : {}),
    preview: { host: '127.0.0.1', port, strictPort: false },
    logLevel: 'silent',
  });
  return { server, url: server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/` };
}

/** The layout every page draws, computed once here (the same code the app runs). */
function layoutOf(characters: number, relationships: number): [string, number, number][] {
  const result = validateGraphData(
    syntheticShow({ characters, relationships, episodes: EPISODES, seed: 42 }),
  );
  if (!result.ok) throw new Error('synthetic data invalid');
  const positions = computeLayout(buildTimeline(result.dataset).dataset, {
    ticks: characters > 5000 ? 60 : 150,
  });
  return [...positions].map(([id, { x, y }]) => [id, x, y]);
}

type Layouts = Map<string, [string, number, number][]>;

async function benchPage(browser: Browser, url: string, layouts: Layouts): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => window.bench?.ready === true);
  for (const [key, positions] of layouts) {
    const [c, r] = key.split('/').map(Number) as [number, number];
    await page.evaluate(([c2, r2, p]) => window.bench.prepare(c2, r2, p), [
      c,
      r,
      positions,
    ] as const);
  }
  return page;
}

/** The widget's page the cold load opens (a catalogue show, as a blog's iframe would). */
const WIDGET_PAGE = 'embed.html?show=tiny-pretty-things-s1&ep=S1E5';

/** What a page's Cytoscape draws, as floor.json (bench/coldFloor.ts) and as a fingerprint. */
interface Picture {
  readonly raw: FirstPicture;
  readonly print: Fingerprint;
}

/**
 * Reads the picture the Cytoscape in `selector` holds. Runs in the page, so it names no
 * inner function (tsx would wrap a named one in a helper the page does not have).
 */
const pictureIn = (selector: string): Picture => {
  const root = document.querySelector(selector) as
    (HTMLElement & { _cyreg?: { cy?: Core } }) | null;
  const holder = root?._cyreg ? root : (root?.querySelector('div') as typeof root | undefined);
  const cy = holder?._cyreg?.cy;
  if (!cy) throw new Error(`no Cytoscape in ${selector}`);
  const own = (cy as unknown as { _private: { options: Record<string, unknown> } })._private
    .options;
  const options = {
    minZoom: cy.minZoom(),
    maxZoom: cy.maxZoom(),
    userPanningEnabled: cy.userPanningEnabled(),
    userZoomingEnabled: cy.userZoomingEnabled(),
    boxSelectionEnabled: cy.boxSelectionEnabled(),
    autoungrabify: cy.autoungrabify(),
    autounselectify: cy.autounselectify(),
    selectionType: own.selectionType as 'single',
    hideEdgesOnViewport: own.hideEdgesOnViewport as boolean,
    textureOnViewport: own.textureOnViewport as boolean,
    pixelRatio: own.pixelRatio as number,
    motionBlur: own.motionBlur as boolean,
    renderer: own.renderer as { name: string },
  };
  const raw = {
    width: cy.width(),
    height: cy.height(),
    zoom: cy.zoom(),
    pan: cy.pan(),
    style: (cy.style() as unknown as { json(): unknown }).json(),
    elements: cy.elements().jsons() as unknown as ElementDefinition[],
    options,
  };
  return {
    raw,
    print: {
      style: JSON.stringify(raw.style),
      elements: JSON.stringify(raw.elements),
      options: JSON.stringify({
        ...options,
        width: raw.width,
        height: raw.height,
        zoom: raw.zoom,
        pan: raw.pan,
      }),
      counts: { nodes: cy.nodes().length, edges: cy.edges().length },
    },
  };
};

/** When the frame after next begins once `drawn` holds: ms since the page's navigation. */
async function paintedAt(page: Page, drawn: () => boolean): Promise<number> {
  await page.waitForFunction(drawn, undefined, { polling: 'raf', timeout: 60_000 });
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
      ),
  );
}

const widgetDrawn = () =>
  (document.querySelector('.pw-message') as HTMLElement | null)?.hidden === true &&
  document.querySelector('.pw-graph canvas') !== null;
const floorDrawn = () =>
  document.body.dataset.drawn === 'true' && document.querySelector('#stage canvas') !== null;

/**
 * The widget's cold load and its floor, Cytoscape alone drawing the same first picture
 * (bench/coldFloor.ts), in a browser of its own that paces frames to the display as a
 * visitor's does. The step timings run without that pacing (so a frame's time is not rounded
 * up to 16.7 ms), and there every requestAnimationFrame loop on the loading page (Cytoscape's
 * own, and the wait for the paint) spins as fast as it can on the same two cores: measured
 * side by side, 5 loads each, twice, that put the median 17–20 % higher (2,041 against
 * 1,695 ms, and 2,281 against 1,907 ms).
 *
 * First the widget loads at full speed and its settled picture goes to floor.json; the floor
 * page must then hold the same style JSON, elements, viewport, canvas size and options, or
 * nothing is timed. Then the two load in turn, `runs` times each, cache off, 4× throttling.
 */
async function coldLoad(
  appUrl: string,
  benchUrl: string,
  runs: number,
): Promise<{ widget: number[]; floor: number[] }> {
  const browser = await launchChromium();
  const times = { widget: [] as number[], floor: [] as number[] };
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${appUrl}${WIDGET_PAGE}`);
    await paintedAt(page, widgetDrawn);
    await page.waitForFunction(() => window.plotweb?.animating === false);
    // Labels are placed in the frame after a step lands.
    await page.waitForTimeout(500);
    const widget = await page.evaluate(pictureIn, '.pw-graph');
    writeFileSync('.bench/dist/floor.json', JSON.stringify(widget.raw));
    await page.goto(`${benchUrl}coldFloor.html`);
    await paintedAt(page, floorDrawn);
    const floor = await page.evaluate(pictureIn, '#stage');
    await context.close();
    const problem = difference(widget.print, floor.print);
    if (problem) throw new Error(`cold-load floor check failed: ${problem}`);
    console.log(
      `cold-load floor check: identical stylesheet, elements, viewport and options (${widget.print.counts.nodes} characters, ${widget.print.counts.edges} relationships)`,
    );
    for (let run = 0; run < runs; run++) {
      for (const kind of run % 2 === 0
        ? (['widget', 'floor'] as const)
        : (['floor', 'widget'] as const)) {
        const fresh = await browser.newContext();
        const loading = await fresh.newPage();
        const cdp = await fresh.newCDPSession(loading);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await loading.goto(
          kind === 'widget' ? `${appUrl}${WIDGET_PAGE}` : `${benchUrl}coldFloor.html`,
        );
        times[kind].push(await paintedAt(loading, kind === 'widget' ? widgetDrawn : floorDrawn));
        await fresh.close();
      }
    }
  } finally {
    await browser.close();
  }
  return times;
}

/** Debian's Chromium with the sandbox flags every run needs, plus `extra`. */
function launchChromium(extra: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    // WebGL on a machine without a GPU comes from SwiftShader, which needs this flag.
    args: [...CHROMIUM_ARGS, '--enable-unsafe-swiftshader', ...extra],
  });
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

type Contender = 'plotweb' | 'plotweb-lod' | 'plotweb-webgl' | 'fair' | 'naive';
const LABEL: Record<Contender, string> = {
  plotweb: 'Plotweb',
  fair: 'fair baseline (react-cytoscapejs, same work)',
  naive: 'naive app (react-cytoscapejs, plain full edges)',
  'plotweb-lod': 'Plotweb, level of detail',
  'plotweb-webgl': 'Plotweb, WebGL',
};

interface Run {
  samples: number[];
  afterChange: number[];
  staticFloor: number[];
  afterChangeSkipping: number;
  staticSkipping: number;
  elements: number;
  final: string;
}

interface Pooled {
  step: Stats;
  afterChange: Stats;
  staticFloor: Stats;
  runs: { step: Stats; afterChange: Stats; staticFloor: Stats; load: string }[];
  elements: number;
  finals: string[];
}

function pool(runs: readonly (Run & { load: string })[]): Pooled {
  return {
    step: stats(runs.flatMap((run) => run.samples)),
    afterChange: stats(runs.flatMap((run) => run.afterChange)),
    staticFloor: stats(runs.flatMap((run) => run.staticFloor)),
    runs: runs.map((run) => ({
      step: stats(run.samples),
      afterChange: stats(run.afterChange),
      staticFloor: stats(run.staticFloor),
      load: run.load,
    })),
    elements: runs[0]?.elements ?? 0,
    finals: runs.map((run) => run.final),
  };
}

/** "62.1 (60.3–64.0)": pooled, then the range of the per-run figures. */
function withRange(
  pooled: Pooled,
  pick: (s: { step: Stats; afterChange: Stats; staticFloor: Stats }) => number,
) {
  const each = pooled.runs.map(pick);
  return `${ms(pick(pooled))} (${ms(Math.min(...each))}–${ms(Math.max(...each))})`;
}

async function timedRun(
  browser: Browser,
  url: string,
  layouts: Layouts,
  contender: Contender,
  size: [number, number],
  kind: 'adjacent' | 'random',
): Promise<Run & { load: string }> {
  const page = await benchPage(browser, url, layouts);
  try {
    const run = await page.evaluate(([k, c2, r2, kd, n]) => window.bench.steps(k, c2, r2, kd, n), [
      contender,
      size[0],
      size[1],
      kind,
      STEPS,
    ] as const);
    return { ...run, load: load() };
  } finally {
    await page.close();
  }
}

async function profileSteps(browser: Browser, url: string, layouts: Layouts) {
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7);
  for (const contender of ['plotweb', 'fair'] as const) {
    for (const kind of ['random', 'adjacent'] as const) {
      if (only && only !== `${contender}-${kind}`) continue;
      const page = await benchPage(browser, url, layouts);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      const run = await page.evaluate(([k, kd, n]) => window.bench.steps(k, 1000, 5000, kd, n), [
        contender,
        kind,
        40,
      ] as const);
      const { profile: data } = await cdp.send('Profiler.stop');
      // The whole profile too, for DevTools' Performance panel or a closer look.
      mkdirSync('.bench', { recursive: true });
      writeFileSync(`.bench/${contender}-${kind}.cpuprofile`, JSON.stringify(data));
      const summary = summarizeProfile(data as CpuProfile);
      const step = stats(run.samples);
      console.log(
        `\n## CPU profile, ${LABEL[contender]}, ${kind} at 1000/5000: step p50 ${ms(step.p50)} / p95 ${ms(step.p95)} ms, ${ms(summary.total)} ms sampled\n`,
      );
      printProfile(summary);
      await page.close();
    }
  }
}

/** The timeline engine's per-call figures, on a page of their own; closes the page. */
async function engineTable(page: Page) {
  console.log('\n## Timeline engine (per call, in Chromium)\n');
  console.log(
    row(['characters / relationships', 'snapshotAt p50', 'snapshotAt p95', 'diff p50', 'diff p95']),
  );
  console.log(row(['---', '---', '---', '---', '---']));
  const engine: Record<string, unknown> = {};
  for (const [c, r] of SIZES_ENGINE) {
    const result = await page.evaluate(([c2, r2]) => window.bench.engine(c2, r2, 200), [
      c,
      r,
    ] as const);
    engine[`${c}/${r}`] = result;
    console.log(
      row([
        `${c} / ${r}`,
        `${ms(result.snapshotAt.p50)} ms`,
        `${ms(result.snapshotAt.p95)} ms`,
        `${ms(result.diff.p50)} ms`,
        `${ms(result.diff.p95)} ms`,
      ]),
    );
  }
  results.engine = engine;
  await page.close();
}

/**
 * Long tasks over an animated play, the heap over 2,000 steps, and the widget's cold load
 * beside its floor.
 */
async function playHeapAndColdLoad(
  browser: Browser,
  benchUrl: string,
  appUrl: string,
  layouts: Layouts,
): Promise<number[]> {
  const playPage = await benchPage(browser, benchUrl, layouts);
  const play = await playPage.evaluate(() => window.bench.play(1000, 5000));
  await playPage.close();
  results.play = play;
  console.log(
    `\nlong tasks (> 50 ms) during a 100-step animated play at 1000/5000: ${play.count} (total ${ms(play.total)} ms, longest ${ms(play.max)} ms${play.long.length ? `; at steps ${play.long.map((entry) => `${entry.step}: ${ms(entry.duration)}`).join(', ')}` : ''})`,
  );
  const heapPage = await benchPage(browser, benchUrl, layouts);
  // Heap snapshots at steps 1,000 and 2,000 as a second, independent reading of what stays
  // alive (performance.memory counts only the JS heap; a snapshot sees every object).
  const cdp = await heapPage.context().newCDPSession(heapPage);
  const snapshots = new Map<string, HeapSummary>();
  await heapPage.exposeFunction('benchHeapMark', async (label: string) => {
    snapshots.set(label, await heapSummary(cdp));
  });
  const heap = await heapPage.evaluate(() => window.bench.heap(1000, 5000));
  await heapPage.close();
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  const change = (from: number, to: number) => `${(((to - from) / from) * 100).toFixed(1)} %`;
  console.log(
    `JS heap at 1000/5000: ${mb(heap.after100)} MB after 100 steps, ${mb(heap.after500)} MB after 500, ${mb(heap.after1000)} MB after 1,000, ${mb(heap.after2000)} MB after 2,000 (${change(heap.after1000, heap.after2000)} from 1,000 to 2,000)`,
  );
  const [at1000, at2000] = [snapshots.get('after1000'), snapshots.get('after2000')];
  if (at1000 && at2000) {
    const [before, after] = [heapTotal(at1000), heapTotal(at2000)];
    results.heap = { ...heap, snapshot1000: before, snapshot2000: after };
    console.log(
      `heap snapshot at 1000/5000: ${mb(before)} MB at step 1,000, ${mb(after)} MB at 2,000 (${change(before, after)}); grew most: ${heapGrowth(
        at1000,
        at2000,
        3,
      )
        .map((kind) => `${kind.kind} ${(kind.bytes / 1024).toFixed(0)} KB`)
        .join(', ')}`,
    );
  } else results.heap = heap;
  const cold = await coldLoad(appUrl, benchUrl, 5);
  results.embedColdLoad = cold.widget;
  results.coldLoadFloor = cold.floor;
  const list = (times: readonly number[]) => times.map((t) => `${t.toFixed(0)} ms`).join(', ');
  console.log(
    `widget (embed.html) cold load to first painted graph, cache off, 4× CPU throttling, frames paced to the display: ${list(cold.widget)}`,
  );
  console.log(
    `Cytoscape alone drawing the same first picture (bench/coldFloor.ts), loaded in turn with it: ${list(cold.floor)}; median ${median(cold.floor).toFixed(0)} ms, the widget's is ${(median(cold.widget) / median(cold.floor)).toFixed(2)}× that`,
  );
  return cold.widget;
}

async function main() {
  console.log(
    `building the benchmark page and the app${quick ? ' (quick run)' : ''}… load ${load()}`,
  );
  await build({
    configFile: 'vite.bench.config.ts',
    ...(profile ? { build: { minify: false } } : {}),
  });
  if (!profile) await build({ logLevel: 'warn' });
  const benchServer = await serve('vite.bench.config.ts', 4281);
  const appServer = profile ? undefined : await serve(undefined, 4282);
  const browser = await launchChromium([
    '--js-flags=--expose-gc',
    '--enable-precise-memory-info',
    '--disable-frame-rate-limit',
    '--disable-gpu-vsync',
  ]);
  const layouts: Layouts = new Map(
    SIZES_RENDER.map(([c, r]) => [`${c}/${r}`, layoutOf(c, r)] as const),
  );
  try {
    if (profile) {
      await profileSteps(browser, benchServer.url, layouts);
      return;
    }
    const page = await benchPage(browser, benchServer.url, new Map());
    const renderer = await page.evaluate(() => window.bench.webglRenderer());
    results.webglRenderer = renderer;
    if (stepsOnly || playOnly) await page.close();
    else await engineTable(page);
    if (playOnly) {
      await playHeapAndColdLoad(browser, benchServer.url, appServer?.url ?? '', layouts);
      console.log(`load average before ${String(results.loadBefore)}, after ${load()}`);
      return;
    }

    // Fairness first: nothing is timed unless the fair baseline holds what Plotweb holds.
    const checkPage = await benchPage(browser, benchServer.url, layouts);
    const fairness: Record<string, unknown> = {};
    for (const [c, r] of SIZES_RENDER) {
      const verdict = await checkPage.evaluate(
        ([c2, r2]) => window.bench.check(c2, r2, [25, 26, 24, 3, 47, 12, 12, 0, 49]),
        [c, r] as const,
      );
      fairness[`${c}/${r}`] = verdict;
      if (verdict.problem) {
        throw new Error(`fair baseline check failed at ${c}/${r}: ${verdict.problem}`);
      }
    }
    results.fairness = fairness;
    await checkPage.close();

    console.log(
      `\n## Scrub step, input to next painted frame, ${RUNS} runs per contender on fresh pages, alternating (WebGL here: ${renderer})\n`,
    );
    console.log(
      'Pooled figure, then the range of the per-run figures. Floor after change: a redraw of the same elements at once after a step (Cytoscape skips its layer cache then); static floor: a redraw after 400 ms with nothing changed.\n',
    );
    console.log(
      row([
        'size',
        'contender',
        'kind',
        'elements',
        'p50',
        'p95',
        'max',
        'floor after change p50 / p95',
        'static floor p95',
      ]),
    );
    console.log(row(['---', '---', '---', '---', '---', '---', '---', '---', '---']));
    const steps: Record<string, Pooled> = {};
    for (const size of SIZES_RENDER) {
      const [c, r] = size;
      const paired: Contender[] = c > 5000 ? ['plotweb-lod', 'fair'] : ['plotweb', 'fair'];
      const extra: Contender[] = quick
        ? []
        : c > 5000
          ? ['naive']
          : ['naive', 'plotweb-lod', 'plotweb-webgl'];
      for (const kind of ['adjacent', 'random'] as const) {
        const runs = new Map<Contender, (Run & { load: string })[]>();
        for (let run = 0; run < RUNS; run++) {
          const order = run % 2 === 0 ? paired : [...paired].reverse();
          for (const contender of [...order, ...(run === 0 ? extra : [])]) {
            const result = await timedRun(browser, benchServer.url, layouts, contender, size, kind);
            runs.set(contender, [...(runs.get(contender) ?? []), result]);
          }
        }
        for (const [contender, list] of runs) {
          const pooled = pool(list);
          steps[`${c}/${r}/${contender}/${kind}`] = pooled;
          console.log(
            row([
              `${c} / ${r}`,
              LABEL[contender],
              kind,
              pooled.elements,
              withRange(pooled, (s) => s.step.p50),
              withRange(pooled, (s) => s.step.p95),
              ms(pooled.step.max),
              `${ms(pooled.afterChange.p50)} / ${withRange(pooled, (s) => s.afterChange.p95)}`,
              withRange(pooled, (s) => s.staticFloor.p95),
            ]),
          );
          const skipped = list.reduce((sum, run) => sum + run.afterChangeSkipping, 0);
          const afterCount = list.reduce((sum, run) => sum + run.afterChange.length, 0);
          const staticSkipped = list.reduce((sum, run) => sum + run.staticSkipping, 0);
          if (skipped < afterCount || staticSkipped > 0) {
            console.log(
              `  (note: ${skipped}/${afterCount} after-change redraws skipped the layer cache, ${staticSkipped} static ones did)`,
            );
          }
        }
        // Same sequence, same work: every run of both paired contenders ends on the same state.
        const ends = new Set(
          paired.flatMap((contender) => runs.get(contender)?.map((run) => run.final) ?? []),
        );
        if (ends.size !== 1 && !paired.includes('plotweb-lod')) {
          throw new Error(
            `fair baseline check failed: runs ended on different states (${[...ends].join(', ')})`,
          );
        }
      }
    }
    results.steps = steps;
    if (stepsOnly) {
      for (const kind of ['random', 'adjacent'] as const) {
        const ours = steps[`1000/5000/plotweb/${kind}`];
        const fair = steps[`1000/5000/fair/${kind}`];
        if (ours && fair)
          console.log(
            `${kind} at 1000/5000: fair baseline ÷ Plotweb = ${(fair.step.p50 / ours.step.p50).toFixed(2)}× at p50, ${(fair.step.p95 / ours.step.p95).toFixed(2)}× at p95; Plotweb p95 ÷ floor after change p95 = ${(ours.step.p95 / ours.afterChange.p95).toFixed(2)}`,
          );
      }
      console.log(`load average before ${String(results.loadBefore)}, after ${load()}`);
      return;
    }

    const sweepPage = await benchPage(browser, benchServer.url, layouts);
    console.log(
      '\n## Render floor by stylesheet, 1000 / 5000 mid-show at the fitted zoom, both ways\n',
    );
    console.log(
      row(['stylesheet', 'static (layer cache) p50 / p95', 'just after a change p50 / p95']),
    );
    console.log(row(['---', '---', '---']));
    const variants = [
      'default',
      'plotweb',
      'full-edges',
      'no-arrows',
      'no-outline',
      'no-labels',
    ] as const;
    const variantLabel: Record<(typeof variants)[number], string> = {
      default: "Cytoscape's defaults",
      plotweb: 'Plotweb as drawn at this zoom (simple edges)',
      'full-edges': 'Plotweb with full edges (bezier, arrows, dashes)',
      'no-arrows': 'Plotweb with full edges, no arrows',
      'no-outline': 'Plotweb as drawn, no label outlines',
      'no-labels': 'Plotweb as drawn, no labels',
    };
    const floors: Record<string, unknown> = {};
    for (const variant of variants) {
      const floor = await sweepPage.evaluate(
        ([v]) => window.bench.stylesheetFloor(1000, 5000, 30, v),
        [variant] as const,
      );
      floors[variant] = floor;
      console.log(
        row([
          variantLabel[variant],
          `${ms(floor.cached.p50)} / ${ms(floor.cached.p95)} ms`,
          `${ms(floor.afterChange.p50)} / ${ms(floor.afterChange.p95)} ms${floor.skipping < floor.count ? ` (${floor.skipping}/${floor.count} skipped the cache)` : ''}`,
        ]),
      );
    }
    results.stylesheetFloors = floors;
    await sweepPage.close();

    const cold = await playHeapAndColdLoad(browser, benchServer.url, appServer?.url ?? '', layouts);
    results.loadAfter = load();
    console.log(`load average before ${String(results.loadBefore)}, after ${load()}`);

    mkdirSync('.bench', { recursive: true });
    writeFileSync('.bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nwrote .bench/results.json\n');
    const random = steps['1000/5000/plotweb/random'];
    const randomFair = steps['1000/5000/fair/random'];
    const adjacent = steps['1000/5000/plotweb/adjacent'];
    const adjacentFair = steps['1000/5000/fair/adjacent'];
    console.log('fair baseline check: identical stylesheet and elements');
    if (random && randomFair && adjacent && adjacentFair) {
      console.log(
        `random jump at 1000/5000: p50 ${ms(random.step.p50)} / p95 ${ms(random.step.p95)} ms, fair baseline p50 ${ms(randomFair.step.p50)} / p95 ${ms(randomFair.step.p95)} ms, floor after change p95 ${ms(random.afterChange.p95)} ms`,
      );
      console.log(
        `adjacent step at 1000/5000: p95 ${ms(adjacent.step.p95)} ms, fair baseline p95 ${ms(adjacentFair.step.p95)} ms`,
      );
    }
    console.log(`widget cold load (4x throttle) median ${median(cold).toFixed(0)} ms`);
  } finally {
    await browser.close();
    benchServer.server.httpServer.close();
    appServer?.server.httpServer.close();
  }
}

main().catch((error: unknown) => {
  console.log(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
