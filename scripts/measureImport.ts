// `npm run measure:import`: opens a generated 200,000-row CSV set and a ~44 MB GEXF file in
// the built app (dist/, so run `npm run build` first) in Debian's headless Chromium and
// prints the longest main-thread gaps while each opens: between animation frames (a rAF
// probe) and the longest task the browser reports (PerformanceObserver "longtask"), split
// into the worker's part (read, parse, build, check) and the page's (building the view).
// The inputs are made in a temporary folder and removed afterwards.
// `--profile` builds the app unminified into a temporary folder instead and prints where the
// page's main thread spent its time while each file opened (the worker is not sampled), and
// in each of its three longest busy runs. Each frame gap over 200 ms (LISTED_GAP=ms to list
// shorter ones too) comes with the long animation frames (Long Animation Frames API) that
// overlap it: their scripts, their style, layout and paint, and what is neither.
// Each open also lists the first picture's slowest parts (createGraphView's user-timing entries)
// and those inside each listed gap.
// `--trace` also records a Chromium trace while each file opens and prints, for each listed
// gap, the page's main-thread tasks, its garbage collections and what filled the longest task,
// with that task's CPU time against its wall time and every busy thread's CPU time in its
// span (a main thread that waited for one of the two cores shows there).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS } from '../playwright.config';
import { FIRST_PICTURE_PART } from '../src/graph/createGraphView';
import { bigCsvSet, bigGexf } from './bigInputs';
import { busyStretches, printProfile, summarizeProfile, type CpuProfile } from './cpuProfile';

const profile = process.argv.includes('--profile');
const trace = process.argv.includes('--trace');

/** A long animation frame (the Long Animation Frames API) and the scripts that ran in it. */
interface LongFrame {
  at: number;
  duration: number;
  /** When style, layout and paint began (after the frame's scripts, rAF callbacks included). */
  styleStart: number;
  scripts: { invoker: string; where: string; duration: number }[];
}

interface Probe {
  frames: { at: number; gap: number }[];
  tasks: { at: number; duration: number }[];
  stages: { at: number; text: string }[];
  long: LongFrame[];
}

declare global {
  interface Window {
    importProbe?: Probe;
  }
}

// Plain script text: tsx would wrap named functions in a helper the page does not have.
const PROBE = `(() => {
  const probe = { frames: [], tasks: [], stages: [], long: [] };
  window.importProbe = probe;
  let last = performance.now();
  const tick = (now) => {
    probe.frames.push({ at: now, gap: now - last });
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.tasks.push({ at: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.duration > 150)
        probe.long.push({
          at: entry.startTime,
          duration: entry.duration,
          styleStart: entry.styleAndLayoutStart,
          scripts: entry.scripts.map((script) => ({
            invoker: script.invoker,
            where: (script.sourceFunctionName || '?') + ' ' + script.sourceURL.split('/').pop() + ':' + script.sourceCharPosition,
            duration: script.duration,
          })),
        });
  }).observe({ type: 'long-animation-frame' });
  let seen = '';
  new MutationObserver(() => {
    const text = document.querySelector('.drop-opening')?.textContent ?? '';
    if (text !== seen) probe.stages.push({ at: performance.now(), text: (seen = text) });
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

/** Starts recording frame gaps, long tasks and the progress line's steps in the page. */
const startProbe = (page: Page) => page.evaluate(PROBE);

/** Frame gaps longer than this are listed one by one (those over 200 ms are the fault). */
const LISTED_GAP = Number(process.env.LISTED_GAP ?? 200);

const ms = (value: number) => `${Math.round(value)} ms`;

async function measure(page: Page, label: string, files: string[], title: string) {
  await page.goto('/?show=tiny-pretty-things-s1');
  await page.getByRole('slider', { name: /episode/i }).waitFor();
  await startProbe(page);
  const cdp = profile ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  const browser = page.context().browser();
  if (trace && browser) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  // The trace's clock and the page's, tied by one user-timing mark.
  const started = await page.evaluate(() => performance.mark('measure-import-start').startTime);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file…' }).click();
  await (await choosing).setFiles(files);
  // The heading also holds the episode badge ("Big S1E1").
  await page.locator('.drop-opening progress').waitFor();
  // Polled cheaply and rarely: a locator's role query walks the whole page at every poll,
  // which on a big show is itself a long task in the figures.
  const ended = await page.waitForFunction(
    (name) => {
      // The title's first text, before its episode badge.
      if (document.querySelector('.show-title')?.firstChild?.textContent === name) return 'opened';
      return document.querySelector('.drop-opening progress') ? false : 'ended';
    },
    title,
    { polling: 1_000, timeout: 300_000 },
  );
  if ((await ended.jsonValue()) !== 'opened') {
    console.log(`\n## ${label}: not opened`);
    console.log(await page.locator('main').innerText());
    return;
  }
  const opened = await page.evaluate(() => performance.now());
  // Then the layout worker (for casts too big to lay out on the spot) and the first drawing
  // of the graph it places, polled as cheaply; two more seconds after that.
  await page.waitForFunction(() => !document.getElementById('layout-progress-label'), null, {
    polling: 1_000,
    timeout: 300_000,
  });
  const drawn = await page.evaluate(() => performance.now());
  await page.waitForTimeout(2_000);
  const probe = (await page.evaluate(() => window.importProbe)) as Probe;
  const traced = trace && browser ? parseTrace(await browser.stopTracing(), started) : undefined;
  const drawing = probe.stages.find((stage) => stage.text.includes('Drawing the show'))?.at;
  const split = drawing ?? opened;
  const worst = (from: number, to: number) => {
    const frames = probe.frames.filter((frame) => frame.at > from && frame.at <= to);
    const tasks = probe.tasks.filter((task) => task.at >= from && task.at < to);
    return {
      gap: Math.max(0, ...frames.map((frame) => frame.gap)),
      task: Math.max(0, ...tasks.map((task) => task.duration)),
      over200: frames.filter((frame) => frame.gap > 200).length,
    };
  };
  const worker = worst(started, split);
  const view = worst(split, drawn + 2_000);
  const size = files.reduce((sum, file) => sum + statSync(file).size, 0);
  console.log(`\n## ${label} (${(size / (1024 * 1024)).toFixed(1)} MiB)`);
  console.log(
    `opened in ${ms(opened - started)} (worker part ${ms(split - started)}), graph drawn at ${ms(drawn - started)}`,
  );
  console.log('| part | longest frame gap | longest task | frame gaps over 200 ms |');
  console.log('| --- | --- | --- | --- |');
  console.log(
    `| worker: read, parse, build, check | ${ms(worker.gap)} | ${ms(worker.task)} | ${worker.over200} |`,
  );
  console.log(
    `| page: build the view, lay out, first draw (+2 s) | ${ms(view.gap)} | ${ms(view.task)} | ${view.over200} |`,
  );
  for (const stage of probe.stages)
    if (stage.text)
      console.log(`  ${ms(stage.at - started)}: ${stage.text.replace(/Cancel$/, '')}`);
  console.log(`  ${ms(opened - started)}: opened; ${ms(drawn - started)}: graph drawn`);
  const parts = await firstPictureParts(page);
  // Where each long gap falls, to match it with the steps above and the profile below.
  for (const frame of probe.frames.filter((f) => f.gap > LISTED_GAP && f.at > started)) {
    console.log(`  frame gap of ${ms(frame.gap)} ending at ${ms(frame.at - started)}`);
    // What the browser says filled it: the long animation frames that overlap the gap.
    for (const long of probe.long.filter(
      (l) => l.at < frame.at && l.at + l.duration > frame.at - frame.gap,
    )) {
      const script = long.scripts.reduce((sum, run) => sum + run.duration, 0);
      const paint = long.styleStart ? long.at + long.duration - long.styleStart : 0;
      console.log(
        `    long frame of ${ms(long.duration)}: scripts ${ms(script)}, style, layout and paint ${ms(paint)}, neither (garbage collection, waiting) ${ms(long.duration - script - paint)}`,
      );
      for (const run of [...long.scripts].sort((a, b) => b.duration - a.duration).slice(0, 3))
        console.log(`      ${ms(run.duration)} ${run.invoker} (${run.where})`);
    }
    for (const part of parts.filter(
      (p) => p.at + p.duration > frame.at - frame.gap && p.at < frame.at,
    ))
      console.log(`    ${describePart(part, parts.length, started)}`);
    if (traced) printTraced(traced, frame.at - frame.gap, frame.at);
  }
  // The first picture's parts (createGraphView's user-timing entries), slowest first.
  if (parts.length > 0) {
    const last = parts[parts.length - 1];
    console.log(
      `  first picture: ${parts.length} parts from ${ms((parts[0]?.at ?? 0) - started)} to ${ms((last?.at ?? 0) + (last?.duration ?? 0) - started)}; the slowest:`,
    );
    for (const part of [...parts].sort((x, y) => y.duration - x.duration).slice(0, 3))
      console.log(`    ${describePart(part, parts.length, started)}`);
  }
  if (cdp) {
    const { profile: data } = await cdp.send('Profiler.stop');
    const summary = summarizeProfile(data as CpuProfile);
    console.log(`\n### main thread CPU profile, ${ms(summary.total)} sampled\n`);
    printProfile(summary);
    // The longest busy runs are the long frame gaps above; each gets its own summary.
    for (const stretch of busyStretches(data as CpuProfile, 3)) {
      console.log(
        `\n### busy for ${ms(stretch.duration)} from ${ms(stretch.at)} into the profile\n`,
      );
      printProfile(summarizeProfile(data as CpuProfile, stretch), console.log, 15);
    }
  }
}

interface Part {
  at: number;
  duration: number;
  add: number;
  style: number;
  elements: number;
}

/** The parts of this open's first picture, from createGraphView's user-timing entries. */
async function firstPictureParts(page: Page): Promise<Part[]> {
  return page.evaluate((name) => {
    const parts = performance.getEntriesByName(name, 'measure').map((entry) => {
      const detail = (entry as PerformanceMeasure).detail as Omit<Part, 'at' | 'duration'>;
      return { at: entry.startTime, duration: entry.duration, ...detail };
    });
    performance.clearMeasures(name);
    return parts;
  }, FIRST_PICTURE_PART);
}

function describePart(part: Part, count: number, started: number) {
  return `first-picture part at ${ms(part.at - started)} (of ${count}): ${ms(part.duration)}, adding ${ms(part.add)}, styling ${ms(part.style)}, ${part.elements} elements`;
}

/** Main-thread tasks and garbage collections from a Chromium trace (`--trace`). */
const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'blink.user_timing',
  'v8',
  'disabled-by-default-v8.gc',
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time; far below `dur` when the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  cat: string;
  args?: { name?: string; data?: { functionName?: string; url?: string; lineNumber?: number } };
}

interface Traced {
  /** Page milliseconds (performance.now) of each main-thread task and garbage collection. */
  tasks: { at: number; duration: number; cpu: number | undefined }[];
  /** Per thread: its name and the CPU time of its top-level events, to see who held the cores. */
  threads: { name: string; events: { at: number; cpu: number }[] }[];
  gcs: { at: number; duration: number; name: string }[];
  /** Every other main-thread event of 5 ms or more, to say what filled a long task. */
  steps: { at: number; duration: number; name: string }[];
}

function parseTrace(buffer: Buffer, started: number): Traced | undefined {
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mark = events.find((event) => event.name === 'measure-import-start');
  if (!mark) return undefined;
  const main = events.find(
    (event) =>
      event.name === 'thread_name' &&
      event.pid === mark.pid &&
      event.args?.name === 'CrRendererMain',
  );
  const onMain = events.filter(
    (event) =>
      event.pid === mark.pid &&
      event.tid === (main?.tid ?? mark.tid) &&
      event.ph === 'X' &&
      event.dur,
  );
  const at = (event: TraceEvent) => (event.ts - mark.ts) / 1000 + started;
  return {
    tasks: onMain
      .filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask')
      .map((event) => ({
        at: at(event),
        duration: (event.dur ?? 0) / 1000,
        cpu: event.tdur === undefined ? undefined : event.tdur / 1000,
      })),
    threads: threadsOf(events, at),
    gcs: onMain
      .filter(
        (event) =>
          /^(MinorGC|MajorGC|V8\.GC\w*|BlinkGC\.\w+)$/.test(event.name) &&
          !/BACKGROUND/.test(event.name),
      )
      .map((event) => ({ at: at(event), duration: (event.dur ?? 0) / 1000, name: event.name })),
    steps: onMain
      .filter((event) => (event.dur ?? 0) >= 5_000 && !/RunTask/.test(event.name))
      .map((event) => {
        const data = event.args?.data;
        const where =
          data?.functionName || data?.url
            ? ` ${data.functionName || '?'} ${(data.url ?? '').split('/').pop()}:${data.lineNumber ?? ''}`
            : '';
        return { at: at(event), duration: (event.dur ?? 0) / 1000, name: event.name + where };
      }),
  };
}

/** Every thread's task-level CPU time (its RunTask events, whatever the process). */
function threadsOf(events: TraceEvent[], at: (event: TraceEvent) => number) {
  const names = new Map<string, string>();
  for (const event of events)
    if (event.name === 'thread_name')
      names.set(`${event.pid}/${event.tid}`, event.args?.name ?? '?');
  const threads = new Map<string, { name: string; events: { at: number; cpu: number }[] }>();
  for (const event of events) {
    if (event.ph !== 'X' || !/RunTask$/.test(event.name) || event.tdur === undefined) continue;
    const key = `${event.pid}/${event.tid}`;
    let thread = threads.get(key);
    if (!thread)
      threads.set(key, (thread = { name: `${names.get(key) ?? '?'} ${key}`, events: [] }));
    thread.events.push({ at: at(event), cpu: event.tdur / 1000 });
  }
  return [...threads.values()];
}

/** What the trace saw on the main thread between two page times. */
function printTraced(traced: Traced, from: number, to: number) {
  const within = <T extends { at: number; duration: number }>(list: T[]) =>
    list.filter((item) => item.at < to && item.at + item.duration > from);
  const tasks = within(traced.tasks);
  const gcPhases = within(traced.gcs);
  const gcs = gcPhases.filter((gc) => gc.name === 'MinorGC' || gc.name === 'MajorGC');
  // Every GC phase the main thread ran, incremental marking steps included, by name.
  const phases = new Map<string, number>();
  for (const item of gcPhases) phases.set(item.name, (phases.get(item.name) ?? 0) + item.duration);
  const phaseList = [...phases].filter(([, sum]) => sum >= 1).sort((a, b) => b[1] - a[1]);
  if (phaseList.length > 0)
    console.log(
      `    GC phases on the main thread: ${phaseList
        .slice(0, 6)
        .map(([name, sum]) => `${name} ${ms(sum)}`)
        .join(', ')}`,
    );
  const busy = tasks.reduce((sum, task) => sum + task.duration, 0);
  const gc = gcs.reduce((sum, item) => sum + item.duration, 0);
  console.log(
    `    trace: ${tasks.length} tasks for ${ms(busy)} (longest ${ms(Math.max(0, ...tasks.map((task) => task.duration)))}), garbage collection ${ms(gc)} in ${gcs.length}: ${gcs
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 4)
      .map((item) => `${item.name} ${ms(item.duration)}`)
      .join(', ')}`,
  );
  const longest = tasks.reduce<(typeof tasks)[number] | undefined>(
    (best, task) => (best && best.duration >= task.duration ? best : task),
    undefined,
  );
  if (!longest) return;
  console.log(
    `    longest task: ${ms(longest.duration)} of wall time, ${longest.cpu === undefined ? '?' : ms(longest.cpu)} of CPU time on the main thread`,
  );
  const busyThreads = traced.threads
    .map((thread) => ({
      name: thread.name,
      cpu: thread.events
        .filter((event) => event.at < longest.at + longest.duration && event.at > longest.at - 5)
        .reduce((sum, event) => sum + event.cpu, 0),
    }))
    .filter((thread) => thread.cpu >= 5)
    .sort((a, b) => b.cpu - a.cpu)
    .slice(0, 6);
  console.log(
    `    CPU time in that task's span, by thread: ${busyThreads.map((t) => `${t.name} ${ms(t.cpu)}`).join(', ')}`,
  );
  const inside = traced.steps.filter(
    (step) =>
      step.at >= longest.at && step.at + step.duration <= longest.at + longest.duration + 0.01,
  );
  for (const step of inside.sort((a, b) => b.duration - a.duration).slice(0, 6))
    console.log(`      in the longest: ${ms(step.duration)} ${step.name}`);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'plotweb-measure-import-'));
  const outDir = join(dir, 'dist');
  if (profile) await build({ logLevel: 'warn', build: { minify: false, outDir } });
  const server = await preview({
    ...(profile ? { build: { outDir } } : {}),
    preview: { host: '127.0.0.1', port: 4292, strictPort: false },
    logLevel: 'silent',
  });
  const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4292/';
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const csv = bigCsvSet(200_000);
    const characters = join(dir, 'Big characters.csv');
    const relationships = join(dir, 'Big relationships.csv');
    writeFileSync(characters, csv.characters);
    writeFileSync(relationships, csv.relationships);
    const gexf = join(dir, 'Big graph.gexf');
    writeFileSync(gexf, bigGexf(44 * 1024 * 1024));
    const page = await browser.newPage({ baseURL: base, viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
    await measure(page, '200,000-row CSV set', [characters, relationships], 'Big');
    await measure(page, 'GEXF', [gexf], 'Big graph');
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
