// The widget on a hostile blog page: aggressive CSS, several widgets (one broken), a
// WordPress-style sandboxed iframe; plus the no-JavaScript fallback and the oEmbed data.
import { readFileSync } from 'node:fs';
import type { Frame, Locator, Page } from '@playwright/test';
import { buildTimeline, embedSnippet, validateGraphData } from '../../src/model';
import { expect, recordErrors, test } from './fixtures';

const ORIGIN = `http://127.0.0.1:${process.env.PLOTWEB_E2E_PORT ?? 4173}`;
const raw = JSON.parse(readFileSync('graph-data/tiny-pretty-things-s1.json', 'utf8')) as unknown;
const result = validateGraphData(raw);
if (!result.ok) throw new Error('invalid dataset');
const timeline = buildTimeline(result.dataset);
const counts = (position: number) => {
  const snapshot = timeline.snapshotAt(position);
  return `${snapshot.characters.length} characters, ${snapshot.relationships.length} relationships`;
};

const AGGRESSIVE_CSS = `
  * { box-sizing: content-box !important; margin: 0 !important; letter-spacing: 0.2em !important; }
  html, body { background: #101010 !important; color: #f0f0f0 !important; font: 22px/2 Georgia, serif !important; }
  div { border: 3px solid #ff00aa !important; padding: 9px !important; display: block !important; }
  canvas { display: none !important; width: 10px !important; height: 10px !important; opacity: 0 !important; }
  button, input, select { all: unset !important; font-size: 40px !important; }
  ul, li, p, span { color: red !important; font-size: 30px !important; }
  iframe { border: 5px dashed yellow !important; }
`;

// What WordPress's wp-embed script does with the iframe's height messages.
const WORDPRESS_LISTENER = `
  window.addEventListener('message', (event) => {
    const data = event.data || {};
    if (data.secret !== 'wpsecret42' || data.message !== 'height') return;
    const frame = document.querySelector('iframe.wp-embedded-content');
    if (frame && frame.contentWindow === event.source) frame.height = String(data.value);
  });
`;

function hostPage(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host blog</title>
<style>${AGGRESSIVE_CSS}</style></head><body>
<h1>My ending-explained post</h1>
<plotweb-graph id="good" src="/data/tiny-pretty-things-s1.json" episode="S1E9" app-url="/"></plotweb-graph>
<plotweb-graph id="broken" src="/data/does-not-exist.json" height="300"></plotweb-graph>
<div style="width:320px"><plotweb-graph id="dark" src="/data/tiny-pretty-things-s1.json" theme="dark" controls="stepper" max-episode="S1E5"></plotweb-graph></div>
<iframe class="wp-embedded-content" sandbox="allow-scripts" height="150" style="width:100%"
  src="/embed.html?show=tiny-pretty-things-s1&ep=S1E10#?secret=wpsecret42"></iframe>
<script type="module" src="/embed/plotweb.js"></script>
<script src="/host-listener.js"></script>
</body></html>`;
}

async function serveHost(page: Page, html: string) {
  await page.route(`${ORIGIN}/host-test.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.route(`${ORIGIN}/host-listener.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: WORDPRESS_LISTENER }),
  );
  await page.goto(`${ORIGIN}/host-test.html`);
}

/** Pixels on the widget's canvases that differ from its background: a drawn graph has many. */
async function paintedPixels(widget: Locator): Promise<number> {
  return widget.evaluate((element) => {
    const root = element.shadowRoot ?? element;
    let painted = 0;
    for (const canvas of root.querySelectorAll('canvas')) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    }
    return painted;
  });
}

const label = (widget: Locator) => widget.locator('.pw-graph');

test('widgets on an aggressive host page draw, fail alone, size the iframe and step independently', async ({
  page,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await serveHost(page, hostPage());
  const good = page.locator('#good');
  const broken = page.locator('#broken');
  const dark = page.locator('#dark');

  await expect(label(good)).toHaveAttribute(
    'aria-label',
    `Relationship graph at S1E9: ${counts(8)}`,
  );
  await expect(label(dark)).toHaveAttribute(
    'aria-label',
    `Relationship graph at S1E1: ${counts(0)}`,
  );
  await expect.poll(() => paintedPixels(good)).toBeGreaterThan(2000);
  await expect.poll(() => paintedPixels(dark)).toBeGreaterThan(2000);
  await expect(broken.locator('.pw-message[data-kind="error"]')).toContainText(
    'could not be loaded',
  );
  await expect(broken.locator('.pw-message')).toContainText('does-not-exist.json');

  // The host's CSS does not reach in: the widget's canvas is shown and sized.
  const canvasBox = await good.locator('canvas').first().boundingBox();
  expect(canvasBox?.width).toBeGreaterThan(300);
  // The height was reserved as asked.
  expect((await good.boundingBox())?.height).toBeCloseTo(480, 0);
  expect((await broken.boundingBox())?.height).toBeCloseTo(300, 0);
  // The dark one fits its 320 px column (minus the column's padding and border).
  expect((await dark.boundingBox())?.width).toBeLessThanOrEqual(320);
  await expect(dark.locator('.pw')).toHaveAttribute('data-theme', 'dark');

  // WordPress's protocol sized the sandboxed iframe to its content.
  const iframe = page.locator('iframe.wp-embedded-content');
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBeGreaterThan(400);
  const frame = page
    .frames()
    .find((candidate: Frame) => candidate.url().includes('embed.html')) as Frame;
  const content = await frame.evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  expect(Number(await iframe.getAttribute('height'))).toBe(content);

  // Stepping one widget leaves the others where they were.
  const changes: string[] = [];
  await page.exposeFunction('recordChange', (text: string) => changes.push(text));
  await page.evaluate(() => {
    document.addEventListener('plotweb-episodechange', (event) => {
      const target = event.target as HTMLElement;
      (window as unknown as { recordChange(text: string): void }).recordChange(
        `${target.id}:${(event as CustomEvent<{ id: string }>).detail.id}`,
      );
    });
  });
  await dark.getByRole('button', { name: 'Next episode' }).click();
  await expect(label(dark)).toHaveAttribute(
    'aria-label',
    `Relationship graph at S1E2: ${counts(1)}`,
  );
  await expect(label(good)).toHaveAttribute(
    'aria-label',
    `Relationship graph at S1E9: ${counts(8)}`,
  );
  await good.getByRole('button', { name: 'Previous episode' }).click();
  await expect(label(good)).toHaveAttribute(
    'aria-label',
    `Relationship graph at S1E8: ${counts(7)}`,
  );
  await expect(label(dark)).toHaveAttribute(
    'aria-label',
    `Relationship graph at S1E2: ${counts(1)}`,
  );
  expect(changes).toEqual(['dark:S1E2', 'good:S1E8']);

  // The JS API and live attributes.
  await good.evaluate((element) => element.setAttribute('episode', 'S1E3'));
  await expect(label(good)).toHaveAttribute(
    'aria-label',
    `Relationship graph at S1E3: ${counts(2)}`,
  );
  expect(
    await good.evaluate((element) => (element as HTMLElement & { episode: string }).episode),
  ).toBe('S1E3');
  // The cap holds: asked for S1E9, the dark widget stops at its max-episode, S1E5.
  await dark.evaluate((element) => element.setAttribute('episode', 'S1E9'));
  await expect(label(dark)).toHaveAttribute(
    'aria-label',
    `Relationship graph at S1E5: ${counts(4)}`,
  );

  await page.screenshot({ path: 'test-results/screens/embed-host-desktop.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/screens/embed-host-phone.png', fullPage: true });
  expect(pageErrors).toEqual([]);
});

test('the snippet shows its picture and text list where scripts do not run', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const snapshotLines = [
    'Bette — Suspect → Cassie Shore',
    '<script>alert(1)</script> — Affair — X',
  ];
  const snippet = embedSnippet({
    kind: 'script',
    siteUrl: `${ORIGIN}/`,
    show: 'tiny-pretty-things-s1',
    dataFile: 'tiny-pretty-things-s1.json',
    title: 'Tiny Pretty Things',
    episode: 'S1E9',
    cap: 'S1E9',
    controls: 'timeline',
    theme: 'auto',
    height: 480,
    types: undefined,
    relationships: snapshotLines,
  });
  await serveHost(page, `<!doctype html><html><body><h1>Post</h1>${snippet}</body></html>`);
  const fallback = page.locator('plotweb-graph');
  await expect(fallback.getByRole('img', { name: /Tiny Pretty Things, S1E9/ })).toBeVisible();
  await expect(fallback.getByRole('listitem')).toHaveText(snapshotLines);
  await expect(fallback.getByRole('link', { name: 'Open it on Plotweb' })).toHaveAttribute(
    'href',
    `${ORIGIN}/share/tiny-pretty-things-s1/S1E9/`,
  );
  // The picture exists and is a real image.
  const picture = await page.request.get(`${ORIGIN}/share/tiny-pretty-things-s1/S1E9/graph.png`);
  expect(picture.headers()['content-type']).toBe('image/png');
  expect((await picture.body()).length).toBeGreaterThan(10_000);
  await context.close();
});

test('share pages carry Open Graph tags and an oEmbed JSON whose iframe renders', async ({
  page,
  pageErrors,
}) => {
  const share = await page.request.get(`${ORIGIN}/share/tiny-pretty-things-s1/S1E4/`);
  expect(share.ok()).toBe(true);
  const html = await share.text();
  expect(html).toContain(
    '<meta property="og:image" content="http://127.0.0.1:4173/share/tiny-pretty-things-s1/S1E4/graph.png" />',
  );
  expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
  const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(
    html,
  )?.[1];
  expect(discovery).toBe(`${ORIGIN}/share/tiny-pretty-things-s1/S1E4/oembed.json`);
  const oembed = (await (await page.request.get(discovery as string)).json()) as Record<
    string,
    unknown
  >;
  expect(oembed).toMatchObject({
    version: '1.0',
    type: 'rich',
    provider_name: 'Plotweb',
    width: 800,
    height: 480,
  });
  expect(typeof oembed.html).toBe('string');
  expect(oembed.html).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:4173\/embed\.html\?show=tiny-pretty-things-s1&amp;ep=S1E4&amp;cap=S1E4"/,
  );
  // A share page has no script: it is what a link preview or a reader without JS sees.
  expect(html).not.toContain('<script');

  await recordErrors(page, pageErrors);
  await serveHost(page, `<!doctype html><html><body>${String(oembed.html)}</body></html>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.pw-graph')).toHaveAttribute(
    'aria-label',
    `Relationship graph at S1E4: ${counts(3)}`,
  );
  await expect
    .poll(async () => (await page.locator('iframe').boundingBox())?.height ?? 0)
    .toBeGreaterThan(400);
  expect(pageErrors).toEqual([]);
});
