// The widget on a host page before it starts: its height is reserved from the first
// connectedCallback, so a widget far below the fold (not yet started) does not make the
// page jump when it is scrolled to.
import { expect, test } from './fixtures';

test('a widget reserves its height before it starts', async ({ page, baseURL, pageErrors }) => {
  const host = `${baseURL}/reserve-test.html`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body>
<p>Intro</p><plotweb-graph id="near" src="/data/tiny-pretty-things-s1.json" height="360"></plotweb-graph>
<div style="height:4000px"></div>
<plotweb-graph id="far" src="/data/tiny-pretty-things-s1.json"></plotweb-graph>
<script type="module" src="/embed/plotweb.js"></script></body></html>`,
    }),
  );
  await page.goto(host);
  await page.waitForFunction(() => customElements.get('plotweb-graph') !== undefined);
  const far = page.locator('#far');
  // Not started (more than 400 px below the viewport), yet a block of its height.
  await expect(far.locator('css=.pw')).toHaveCount(0);
  expect((await far.boundingBox())?.height).toBeCloseTo(480, 0);
  expect((await page.locator('#near').boundingBox())?.height).toBeGreaterThanOrEqual(360);
  expect(pageErrors).toEqual([]);
});

test('the share picture shows at once while the data loads, and gives way to the graph', async ({
  page,
  baseURL,
  pageErrors,
}) => {
  const host = `${baseURL}/picture-test.html`;
  const share = '/share/tiny-pretty-things-s1/S1E5/';
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body>
<plotweb-graph src="/data/slow.json" ep="S1E5" height="420"><a href="${share}"><img src="${share}graph.png" alt="Tiny Pretty Things, S1E5: relationship graph" width="1200" height="630" loading="lazy"></a><p>Fallback</p></plotweb-graph>
<script type="module" src="/embed/plotweb.js"></script></body></html>`,
    }),
  );
  // The data arrives late, as on a slow connection; the picture is already there.
  let release: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/slow.json', async (route) => {
    await arrived;
    const response = await route.fetch({ url: `${baseURL}/data/tiny-pretty-things-s1.json` });
    await route.fulfill({ response });
  });
  await page.goto(host);
  const widget = page.locator('plotweb-graph');
  const picture = widget.locator('css=.pw-picture');
  await expect(picture).toBeVisible();
  await expect
    .poll(() => picture.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBe(1200);
  await expect(widget.locator('css=.pw-message')).toHaveText('Loading the graph…');
  await page.screenshot({ path: 'test-results/screens/embed-picture-placeholder.png' });
  release();
  await expect(widget.locator('css=.pw-message')).toBeHidden();
  await expect(picture).toHaveCount(0);
  await expect(widget.locator('css=.pw-graph canvas').first()).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('the iframe page shows its episode’s share picture until the graph is drawn', async ({
  page,
  baseURL,
}) => {
  let release: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/tiny-pretty-things-s1.json', async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto(`${baseURL}/embed.html?show=tiny-pretty-things-s1&ep=S1E4`);
  const picture = page.locator('.pw-picture');
  await expect(picture).toHaveAttribute('src', /\/share\/tiny-pretty-things-s1\/S1E4\/graph\.png$/);
  await expect
    .poll(() => picture.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBe(1200);
  release();
  await expect(picture).toHaveCount(0);
  await expect(page.locator('.pw-message')).toBeHidden();
});

test('the iframe page of a catalogue show downloads its data at once, not the catalogue first', async ({
  page,
  baseURL,
  pageErrors,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${baseURL}/embed.html?show=hamlet&ep=A1S2`);
  await expect(page.locator('.pw-message')).toBeHidden();
  await expect(page.locator('.pw-graph canvas').first()).toBeVisible();
  expect(requested).toContain('/data/hamlet.json');
  expect(requested).not.toContain('/data/index.json');
  expect(pageErrors).toEqual([]);
});
