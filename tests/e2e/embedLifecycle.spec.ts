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
