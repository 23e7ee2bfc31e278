// `npm run measure:view [-- --show SLUG] [--viewport 1280x800|390x844]`: opens the built
// app (dist/, so run `npm run build` first) in Debian's headless Chromium at every episode
// of each show and prints, per episode, what viewMetrics.ts measures on the live canvas.
// Exits non-zero when a budget of issue 11 is missed.
import { readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import {
  missedBudgets,
  viewFigures,
  type ViewFigures,
  type ViewSample,
} from '../src/graph/viewMetrics';
import { CHROMIUM_ARGS } from '../playwright.config';
import { settledSample } from '../tests/e2e/settledSample';

const SHOWS = ['tiny-pretty-things-s1', 'hamlet'];
const VIEWPORTS = ['1280x800', '390x844'];

function option(name: string): string[] {
  const values: string[] = [];
  process.argv.forEach((arg, index) => {
    if (arg === name && process.argv[index + 1]) values.push(process.argv[index + 1] as string);
  });
  return values;
}

/** Opens an episode and waits until the canvas has settled on it. */
export async function sampleEpisode(
  page: Page,
  show: string,
  episode: string,
): Promise<ViewSample> {
  await page.goto(`/?show=${encodeURIComponent(show)}&ep=${encodeURIComponent(episode)}`);
  return settledSample(page, episode);
}

const pct = (value: number) => `${Math.round(value * 100)}%`;
const gap = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

async function main() {
  const shows = option('--show').length > 0 ? option('--show') : SHOWS;
  const viewports = option('--viewport').length > 0 ? option('--viewport') : VIEWPORTS;
  const server = await preview({
    preview: { host: '127.0.0.1', port: 4291, strictPort: false },
    logLevel: 'silent',
  });
  const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4291/';
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const summary: string[] = [];
  let failed = false;
  try {
    for (const show of shows) {
      const data = JSON.parse(readFileSync(`graph-data/${show}.json`, 'utf8')) as {
        episodes: { id: string }[];
      };
      for (const viewport of viewports) {
        const [width, height] = viewport.split('x').map(Number) as [number, number];
        const page = await browser.newPage({ viewport: { width, height }, baseURL: base });
        page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
        console.log(`\n## ${show} at ${viewport}\n`);
        console.log(
          '| episode | characters | overlaps | clipped | readable | drift px | canvas use | pair curves apart px | missed |',
        );
        console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
        let previous: ViewSample | undefined;
        const all: ViewFigures[] = [];
        for (const { id } of data.episodes) {
          const sample = await sampleEpisode(page, show, id);
          const figures = viewFigures(sample, previous);
          previous = sample;
          all.push(figures);
          const missed = missedBudgets(figures);
          console.log(
            `| ${id} | ${figures.characters} | ${figures.overlaps.length} | ${figures.clipped.length} | ${pct(figures.readable)} | ${figures.drift.toFixed(1)} | ${pct(figures.canvasUse)} | ${gap(figures.parallelGap)} | ${missed.join(', ')} |`,
          );
          if (process.argv.includes('--verbose')) {
            for (const line of [...figures.overlaps, ...figures.clipped.map((c) => `${c} clipped`)])
              console.log(`    ${line}`);
          }
        }
        await page.close();
        const worst = {
          overlaps: Math.max(...all.map((f) => f.overlaps.length)),
          clipped: Math.max(...all.map((f) => f.clipped.length)),
          readable: Math.min(...all.map((f) => f.readable)),
          drift: Math.max(...all.map((f) => f.drift)),
          canvasUse: Math.min(...all.map((f) => f.canvasUse)),
          canvasUseMax: Math.max(...all.map((f) => f.canvasUse)),
          parallelGap: Math.min(...all.map((f) => f.parallelGap)),
        };
        const missed = all.some((f) => missedBudgets(f).length > 0);
        failed ||= missed;
        summary.push(
          `| ${show} | ${viewport} | ${worst.overlaps} | ${all.reduce((n, f) => n + f.overlaps.length, 0)} | ${worst.clipped} | ${pct(worst.readable)} | ${worst.drift.toFixed(1)} | ${pct(worst.canvasUse)}–${pct(worst.canvasUseMax)} | ${gap(worst.parallelGap)} | ${missed ? 'MISSED' : 'ok'} |`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    '\n## Summary (worst episode; budgets: 0 overlaps, 0 clipped, ≥ 90% readable, ≤ 2 px drift, ≥ 70% canvas use, curves of one pair ≥ 8 px apart, at every episode)\n',
  );
  console.log(
    '| show | viewport | overlaps (worst) | overlaps (all episodes) | clipped | readable (min) | drift (max) | canvas use (min–max) | pair curves apart (min px) | budgets |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const line of summary) console.log(line);
  if (failed) process.exitCode = 1;
}

void main();
