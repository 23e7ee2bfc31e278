// `npm run bench [-- --quick]`: builds the benchmark page, drives Debian's headless
// Chromium through it, prints a table and writes .bench/results.json. WebGL and canvas
// both run on the CPU here (SwiftShader): figures are for software rendering.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import type { Stats } from '../bench/measure';
import { CHROMIUM_ARGS } from '../playwright.config';

const quick = process.argv.includes('--quick');
const STEPS = 60;
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
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  quick,
  machine: '2 cores, headless Chromium, software rendering (SwiftShader), 1280×800',
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

async function coldLoad(browser: Browser, url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    const cdp = await context.newCDPSession(fresh);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await fresh.goto(`${url}embed.html?show=tiny-pretty-things-s1&ep=S1E5`);
    await fresh.waitForFunction(
      () =>
        (document.querySelector('.pw-message') as HTMLElement | null)?.hidden === true &&
        document.querySelector('.pw-graph canvas') !== null,
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    times.push(
      await fresh.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
          ),
      ),
    );
    await context.close();
  }
  return times;
}

async function main() {
  console.log(`building the benchmark page and the app${quick ? ' (quick run)' : ''}…`);
  await build({ configFile: 'vite.bench.config.ts' });
  await build({ logLevel: 'warn' });
  const benchServer = await serve('vite.bench.config.ts', 4281);
  const appServer = await serve(undefined, 4282);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      ...CHROMIUM_ARGS,
      // WebGL on a machine without a GPU comes from SwiftShader, which needs this flag.
      '--enable-unsafe-swiftshader',
      '--js-flags=--expose-gc',
      '--enable-precise-memory-info',
      '--disable-frame-rate-limit',
      '--disable-gpu-vsync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
    await page.goto(benchServer.url);
    await page.waitForFunction(() => window.bench?.ready === true);

    console.log('\n## Timeline engine (per call, in Chromium)\n');
    console.log(
      row([
        'characters / relationships',
        'snapshotAt p50',
        'snapshotAt p95',
        'diff p50',
        'diff p95',
      ]),
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

    const renderer = await page.evaluate(() => window.bench.webglRenderer());
    results.webglRenderer = renderer;
    console.log(
      `\n## Scrub step, input to next painted frame (same stylesheet; WebGL here: ${renderer})\n`,
    );
    console.log(
      row(['size', 'contender', 'kind', 'elements', 'p50', 'p95', 'max', 'render floor p50 / p95']),
    );
    console.log(row(['---', '---', '---', '---', '---', '---', '---', '---']));
    const steps: Record<string, { step: Stats; floor: Stats; elements: number }> = {};
    for (const [c, r] of SIZES_RENDER) {
      const contenders =
        c > 5000
          ? (['plotweb-lod', 'baseline'] as const)
          : (['plotweb', 'baseline', 'plotweb-lod', 'plotweb-webgl'] as const);
      for (const contender of contenders) {
        for (const kind of ['adjacent', 'random'] as const) {
          const result = await page.evaluate(
            ([k, c2, r2, kd, n]) => window.bench.steps(k, c2, r2, kd, n),
            [contender, c, r, kind, STEPS] as const,
          );
          steps[`${c}/${r}/${contender}/${kind}`] = result;
          console.log(
            row([
              `${c} / ${r}`,
              contender,
              kind,
              result.elements,
              `${ms(result.step.p50)} ms`,
              `${ms(result.step.p95)} ms`,
              `${ms(result.step.max)} ms`,
              `${ms(result.floor.p50)} / ${ms(result.floor.p95)} ms`,
            ]),
          );
        }
      }
    }
    results.steps = steps;
    console.log(
      '\n## Render floor by stylesheet, 1000 / 5000 mid-show (forced redraw, no change)\n',
    );
    console.log(row(['stylesheet', 'p50', 'p95']));
    console.log(row(['---', '---', '---']));
    const variants = [
      'default',
      'plotweb',
      'haystack',
      'no-arrows',
      'no-outline',
      'no-labels',
    ] as const;
    const floors: Record<string, Stats> = {};
    for (const variant of variants) {
      const floor = await page.evaluate(([v]) => window.bench.stylesheetFloor(1000, 5000, 40, v), [
        variant,
      ] as const);
      floors[variant] = floor;
      const label =
        variant === 'default'
          ? "Cytoscape's defaults"
          : variant === 'plotweb'
            ? 'Plotweb'
            : `Plotweb, ${variant}`;
      console.log(row([label, `${ms(floor.p50)} ms`, `${ms(floor.p95)} ms`]));
    }
    results.stylesheetFloors = floors;

    const play = await page.evaluate(() => window.bench.play(1000, 5000));
    results.play = play;
    console.log(
      `long tasks (> 50 ms) during a 100-step animated play at 1000/5000: ${play.count} (total ${ms(play.total)} ms, longest ${ms(play.max)} ms)`,
    );
    const heap = await page.evaluate(() => window.bench.heap(1000, 5000));
    results.heap = heap;
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.log(
      `JS heap at 1000/5000: ${mb(heap.after100)} MB after 100 steps, ${mb(heap.after500)} MB after 500, ${mb(heap.after1000)} MB after 1,000, ${mb(heap.after2000)} MB after 2,000`,
    );
    const cold = await coldLoad(browser, appServer.url, quick ? 3 : 5);
    results.embedColdLoad = cold;
    console.log(
      `embed iframe cold load to first painted graph, 4× CPU throttling: ${cold.map((t) => `${t.toFixed(0)} ms`).join(', ')}`,
    );

    mkdirSync('.bench', { recursive: true });
    writeFileSync('.bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nwrote .bench/results.json');
    const adjacent = steps['1000/5000/plotweb/adjacent'];
    const adjacentBase = steps['1000/5000/baseline/adjacent'];
    const random = steps['1000/5000/plotweb/random'];
    const randomBase = steps['1000/5000/baseline/random'];
    if (adjacent && adjacentBase && random && randomBase) {
      console.log(
        `adjacent step p95 at 1000/5000: ${ms(adjacent.step.p95)} ms, render floor ${ms(adjacent.floor.p95)} ms, baseline ${ms(adjacentBase.step.p95)} ms`,
      );
      console.log(
        `random jump p95 at 1000/5000: ${ms(random.step.p95)} ms, baseline ${ms(randomBase.step.p95)} ms, ratio ${(randomBase.step.p95 / random.step.p95).toFixed(2)}x`,
      );
    }
  } finally {
    await browser.close();
    benchServer.server.httpServer.close();
    appServer.server.httpServer.close();
  }
}

main().catch((error: unknown) => {
  console.log(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
