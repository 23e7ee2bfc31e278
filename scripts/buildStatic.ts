// After `vite build`: per show and episode, a share page (dist/share/<show>/<ep>/index.html)
// with Open Graph and Twitter tags and oEmbed discovery, its oEmbed JSON (type "rich", the
// iframe snippet as html), and graph.png, a picture of the real embed page taken in
// headless Chromium. PLOTWEB_SITE_URL sets the absolute address the tags point to.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from '../playwright.config';
import {
  buildTimeline,
  embedPageUrl,
  embedSnippet,
  escapeHtml,
  sharePageUrl,
  validateCatalogText,
  validateGraphDataText,
  type EmbedSnippetOptions,
  type Timeline,
} from '../src/model';

const SITE_URL = (process.env.PLOTWEB_SITE_URL ?? 'http://127.0.0.1:4173/').replace(/\/?$/, '/');

/** Share pages name their site in every link and picture: a local one is dead anywhere else. */
function warnIfLocal(siteUrl: string) {
  const host = new URL(siteUrl).hostname;
  const local =
    host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]';
  if (!local) return;
  const line = '!'.repeat(78);
  console.warn(
    [
      line,
      `WARNING: share pages point at ${siteUrl}, a local address.`,
      process.env.PLOTWEB_SITE_URL === undefined ? 'PLOTWEB_SITE_URL is not set.' : '',
      'Their "Explore it in Plotweb" links, pictures and oEmbed data work on this machine only.',
      'Before you deploy, build with the public address, e.g.',
      '  PLOTWEB_SITE_URL=https://plotweb.example.org/ npm run build',
      line,
    ]
      .filter(Boolean)
      .join('\n'),
  );
}
const PICTURE = { width: 1200, height: 630 };
const CHROMIUM = '/usr/bin/chromium';

function relationshipLines(timeline: Timeline, position: number): string[] {
  const { dataset } = timeline;
  const name = (id: string) => dataset.characterById.get(id)?.name ?? id;
  return timeline.snapshotAt(position).relationships.map((relationship) => {
    const type = dataset.typeById.get(relationship.type);
    return `${name(relationship.source)} — ${type?.label ?? relationship.type} ${type?.directed ? '→' : '—'} ${name(relationship.target)}`;
  });
}

function sharePage(
  options: EmbedSnippetOptions,
  timeline: Timeline,
  position: number,
  lines: string[],
): string {
  const episode = timeline.dataset.episodes[position];
  const share = sharePageUrl(SITE_URL, options.show, episode?.id ?? '');
  const title = `${options.title} — ${episode?.id ?? ''}${episode?.title ? ` “${episode.title}”` : ''}`;
  const snapshot = timeline.snapshotAt(position);
  const description = `Who is tied to whom as of ${episode?.id ?? ''}: ${snapshot.characters.length} characters, ${snapshot.relationships.length} relationships. Spoiler-safe: nothing after this episode.`;
  const app = `${SITE_URL}?${new URLSearchParams({ show: options.show, ep: episode?.id ?? '' }).toString()}`;
  const meta = (attribute: 'property' | 'name', key: string, value: string) =>
    `    <meta ${attribute}="${key}" content="${escapeHtml(value)}" />`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' ${escapeHtml(new URL(SITE_URL).origin)}; style-src 'self'" />
    <title>${escapeHtml(title)} · Plotweb</title>
    <meta name="description" content="${escapeHtml(description)}" />
    <link rel="canonical" href="${escapeHtml(share)}" />
    <link rel="alternate" type="application/json+oembed" href="${escapeHtml(`${share}oembed.json`)}" title="${escapeHtml(title)}" />
${meta('property', 'og:type', 'website')}
${meta('property', 'og:site_name', 'Plotweb')}
${meta('property', 'og:title', title)}
${meta('property', 'og:description', description)}
${meta('property', 'og:url', share)}
${meta('property', 'og:image', `${share}graph.png`)}
${meta('property', 'og:image:width', String(PICTURE.width))}
${meta('property', 'og:image:height', String(PICTURE.height))}
${meta('property', 'og:image:alt', `Relationship graph of ${title}`)}
${meta('name', 'twitter:card', 'summary_large_image')}
${meta('name', 'twitter:title', title)}
${meta('name', 'twitter:description', description)}
${meta('name', 'twitter:image', `${share}graph.png`)}
    <link rel="stylesheet" href="../../share.css" />
  </head>
  <body>
    <main>
      <h1>${escapeHtml(title)}</h1>
      <p>${escapeHtml(description)}</p>
      <p><a href="${escapeHtml(app)}">Explore it in Plotweb</a></p>
      <img src="graph.png" alt="${escapeHtml(`Relationship graph of ${title}`)}" width="${PICTURE.width}" height="${PICTURE.height}" />
      <h2>Relationships as of ${escapeHtml(episode?.id ?? '')}</h2>
      <ul>
${lines.map((line) => `        <li>${escapeHtml(line)}</li>`).join('\n')}
      </ul>
    </main>
  </body>
</html>
`;
}

const SHARE_CSS = `body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f; background: #fff; }
main { max-width: 1200px; margin: 0 auto; padding: 1rem; }
img { max-width: 100%; height: auto; border: 1px solid #c9c9d3; border-radius: 8px; }
a { color: #0b5cad; }
@media (prefers-color-scheme: dark) { body { color: #ececf1; background: #141417; } a { color: #7fb4f0; } img { border-color: #44444f; } }
`;

async function takePictures(jobs: { url: string; file: string }[]): Promise<string> {
  if (!existsSync(CHROMIUM)) {
    return `pictures skipped: ${CHROMIUM} is missing (apt-get install -y chromium); share pages point at graph.png files that were not made`;
  }
  const server = await preview({
    preview: { host: '127.0.0.1', port: 4190, strictPort: false },
    logLevel: 'silent',
  });
  const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4190/';
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: PICTURE, reducedMotion: 'reduce' });
    let done = 0;
    for (const job of jobs) {
      await page.goto(new URL(job.url, base).href);
      await page.locator('.pw-message[hidden]').waitFor({ state: 'attached', timeout: 15_000 });
      await page.waitForTimeout(150); // one more frame for the canvas after the last style pass
      await page.screenshot({ path: job.file });
      process.stdout.write(`\rpictures: ${++done}/${jobs.length}`);
    }
    process.stdout.write('\n');
    return `${jobs.length} pictures from the embed page in headless Chromium`;
  } finally {
    await browser?.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

async function main() {
  const catalog = await validateCatalogText(readFileSync('graph-data/index.json', 'utf8'));
  if (!catalog.ok) throw new Error('graph-data/index.json is invalid: run npm run validate');
  mkdirSync(join('dist', 'share'), { recursive: true });
  writeFileSync(join('dist', 'share', 'share.css'), SHARE_CSS);
  const jobs: { url: string; file: string }[] = [];
  let pages = 0;
  for (const show of catalog.catalog.shows) {
    const result = await validateGraphDataText(readFileSync(join('graph-data', show.file), 'utf8'));
    if (!result.ok) throw new Error(`${show.file} is invalid: run npm run validate`);
    const timeline = buildTimeline(result.dataset);
    for (const episode of result.dataset.episodes) {
      const lines = relationshipLines(timeline, episode.position);
      const options: EmbedSnippetOptions = {
        kind: 'iframe',
        siteUrl: SITE_URL,
        show: show.slug,
        dataFile: show.file,
        title: result.dataset.show.title,
        episode: episode.id,
        cap: episode.id,
        controls: 'timeline',
        theme: 'auto',
        height: 480,
        types: undefined,
        relationships: lines,
      };
      const dir = join('dist', 'share', show.slug, episode.id);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), sharePage(options, timeline, episode.position, lines));
      const share = sharePageUrl(SITE_URL, show.slug, episode.id);
      const oembed = {
        version: '1.0',
        type: 'rich',
        provider_name: 'Plotweb',
        provider_url: SITE_URL,
        title: `${result.dataset.show.title} — ${episode.id}`,
        html: embedSnippet(options),
        width: 800,
        height: 480,
        thumbnail_url: `${share}graph.png`,
        thumbnail_width: PICTURE.width,
        thumbnail_height: PICTURE.height,
      };
      writeFileSync(join(dir, 'oembed.json'), `${JSON.stringify(oembed, null, 2)}\n`);
      const picture = embedPageUrl({
        ...options,
        controls: 'none',
        theme: 'light',
        height: PICTURE.height,
      });
      jobs.push({ url: picture.slice(SITE_URL.length), file: join(dir, 'graph.png') });
      pages++;
    }
  }
  console.log(`share pages: ${pages} (site ${SITE_URL})`);
  console.log(await takePictures(jobs));
  // Last, so it is the last thing a build prints.
  warnIfLocal(SITE_URL);
}

main().catch((error: unknown) => {
  console.log(`build-static failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
