// The widget's layout never runs on the host page's main thread: snippet data without
// positions is laid out in a Web Worker, also when the widget's script comes from another
// origin than the host page (the worker then starts from a blob that loads ours), and a
// host page that forbids workers gets a message naming the fix, not a frozen page.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildTimeline, validateGraphData } from '../../src/model';
import { expect, test } from './fixtures';

const raw = JSON.parse(readFileSync('graph-data/tiny-pretty-things-s1.json', 'utf8')) as {
  characters: { position?: unknown }[];
};
// The same show with its baked positions taken out: the widget must lay it out.
const unbaked = {
  ...raw,
  characters: raw.characters.map((character) => {
    const copy = { ...character };
    delete copy.position;
    return copy;
  }),
};
const result = validateGraphData(unbaked);
if (!result.ok) throw new Error('invalid dataset');
const snapshot = buildTimeline(result.dataset).snapshotAt(3);
const label = `Relationship graph at S1E4: ${snapshot.characters.length} characters, ${snapshot.relationships.length} relationships`;

/** A blog page on another origin (localhost, not 127.0.0.1) with the widget's script. */
async function hostPage(page: Page, widgetOrigin: string, csp?: string) {
  const host = widgetOrigin.replace('127.0.0.1', 'localhost');
  const data = JSON.stringify(unbaked).replaceAll('<', '\\u003c');
  await page.route(`${host}/blog.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: csp ? { 'Content-Security-Policy': csp } : {},
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Blog</title></head><body>
<plotweb-graph id="own" episode="S1E4"><script type="application/json">${data}</script></plotweb-graph>
<script type="module" src="${widgetOrigin}/embed/plotweb.js"></script></body></html>`,
    }),
  );
  // A module script from another origin needs CORS, as on any real deployment of the site.
  await page.route(`${widgetOrigin}/embed/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'access-control-allow-origin': '*' },
    });
  });
  await page.goto(`${host}/blog.html`);
}

test('unbaked snippet data is laid out in a worker on a host page of another origin', async ({
  page,
  pageErrors,
  baseURL,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await hostPage(page, baseURL as string);
  const widget = page.locator('#own');
  await expect(widget.locator('.pw-graph')).toHaveAttribute('aria-label', label);
  await expect(widget.locator('.pw-message')).toBeHidden();
  expect(workers).toHaveLength(1);
  expect(workers[0]).toMatch(/^blob:http:\/\/localhost:/);
  await page.screenshot({ path: 'test-results/screens/embed-unbaked-worker.png' });
  expect(pageErrors).toEqual([]);
});

test('a host page that forbids workers gets a message naming the fix', async ({
  page,
  baseURL,
}) => {
  await hostPage(page, baseURL as string, "worker-src 'none'");
  const message = page.locator('#own .pw-message[data-kind="error"]');
  await expect(message).toContainText('could not be laid out');
  await expect(message).toContainText('npm run layout');
});
