// A blogger's own show, hosted nowhere: opened from CSV files, embedded with both kinds of
// snippet into a blog page on another origin that has no Plotweb files, where both draw and
// step; and a friend's shared link to the show opens it in the app.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { buildTimeline, validateGraphData } from '../../src/model';
import { importCsv } from '../../src/model/interop';
import { expect, test } from './fixtures';
import { CHARACTERS, CSV_PAIR, RELATIONSHIPS } from './harbourCsv';
import { openExplorer } from './helpers';

const FILES = CSV_PAIR;

function harbour() {
  const imported = importCsv({
    characters: { name: FILES[0]?.name ?? '', text: CHARACTERS },
    relationships: { name: FILES[1]?.name ?? '', text: RELATIONSHIPS },
    title: 'Harbour',
  });
  if (!imported.ok) throw new Error('test CSV does not import');
  const result = validateGraphData(imported.data);
  if (!result.ok) throw new Error('test CSV does not validate');
  return buildTimeline(result.dataset);
}
const timeline = harbour();
const label = (position: number) => {
  const snapshot = timeline.snapshotAt(position);
  const id = timeline.dataset.episodes[position]?.id ?? '';
  return `Relationship graph at ${id}: ${snapshot.characters.length} characters, ${snapshot.relationships.length} relationships`;
};

async function openHarbour(page: Page) {
  await openExplorer(page);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file…' }).click();
  await (
    await choosing
  ).setFiles(
    FILES.map(({ name, text }) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })),
  );
  await expect(page.getByRole('heading', { name: 'Harbour' })).toBeVisible();
}

/**
 * The blog: its own little server on another port, so another origin than the Plotweb site,
 * serving only its post (a request for anything else is answered 404 and recorded).
 */
async function startBlog(post: string) {
  const stray: string[] = [];
  const server: Server = createServer((request, response) => {
    // The browser asks for a favicon on its own; everything else would be the embed's doing.
    if (request.url === '/favicon.ico') return void response.writeHead(204).end();
    if (request.url === '/post.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(post);
      return;
    }
    stray.push(request.url ?? '');
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/post.html`, stray, close: () => server.close() };
}

async function snippetOf(page: Page, kind: 'Inline frame' | 'Script'): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Embed this graph' });
  await dialog.getByRole('radio', { name: new RegExp(kind) }).check();
  const code = dialog.getByLabel('Embed code');
  await expect(code).not.toHaveValue(/Packing/);
  await expect(dialog.getByText(/^Size:/)).toContainText('the show travels inside the code');
  return code.inputValue();
}

test('both snippets of a show hosted nowhere draw and step on a blog page of another origin', async ({
  page,
  context,
  pageErrors,
}) => {
  test.setTimeout(90_000);
  await openHarbour(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  // Readers of the post may step through the whole season.
  await page.getByRole('combobox', { name: 'Spoiler limit' }).selectOption('none');
  const iframeCode = await snippetOf(page, 'Inline frame');
  const scriptCode = await snippetOf(page, 'Script');
  expect(iframeCode).toContain('embed.html?');
  expect(iframeCode).toContain('#data=');
  expect(iframeCode).not.toContain('show=dropped');
  expect(scriptCode).toContain('<script type="application/json">');
  expect(scriptCode).not.toMatch(/ src="[^"]*data\//);

  const blogServer =
    await startBlog(`<!doctype html><html><head><meta charset="utf-8"><title>Post</title></head><body>
<h1>Harbour, explained</h1>
<section id="by-iframe">${iframeCode}</section>
<section id="by-script">${scriptCode}</section>
</body></html>`);
  const blog = await context.newPage();
  const errors: string[] = [];
  blog.on('pageerror', (error) => errors.push(error.message));
  blog.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await blog.goto(blogServer.url);

  const widget = blog.locator('#by-script plotweb-graph');
  await expect(widget.locator('.pw-graph')).toHaveAttribute('aria-label', label(0));
  await widget.getByRole('button', { name: 'Next episode' }).click();
  await expect(widget.locator('.pw-graph')).toHaveAttribute('aria-label', label(1));

  const frame = blog.frameLocator('#by-iframe iframe');
  await expect(frame.locator('.pw-graph')).toHaveAttribute('aria-label', label(0));
  await frame.getByRole('button', { name: 'Next episode' }).click();
  await expect(frame.locator('.pw-graph')).toHaveAttribute('aria-label', label(1));
  await frame.getByRole('button', { name: 'Next episode' }).click();
  await expect(frame.locator('.pw-graph')).toHaveAttribute('aria-label', label(2));
  // Both draw the graph's characters on their canvases.
  const drawnInFrame = await blog
    .frames()
    .find((candidate) => candidate.url().includes('embed.html'))
    ?.evaluate(() => window.plotweb?.drawn().nodes.sort());
  expect(drawnInFrame).toEqual(
    timeline
      .snapshotAt(2)
      .characters.map((c) => c.character.id)
      .sort(),
  );

  await blog.setViewportSize({ width: 1280, height: 1400 });
  await blog.screenshot({ path: 'test-results/screens/own-show-blog.png', fullPage: false });
  blogServer.close();
  expect(blogServer.stray).toEqual([]);
  expect(errors).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a shared link carries the show itself and opens it; a damaged one says so', async ({
  page,
  pageErrors,
}) => {
  await openHarbour(page);
  const slider = page.getByRole('slider', { name: 'Episode' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/[?&]ep=S1E2(&|$|#)/);
  expect(link).toMatch(/#data=[A-Za-z0-9_-]+$/);

  const friend = await page.context().newPage();
  await friend.goto(link);
  await expect(friend.getByRole('heading', { name: 'Harbour' })).toBeVisible();
  await expect(friend.getByRole('slider', { name: 'Episode' })).toHaveAttribute(
    'aria-valuenow',
    '2',
  );
  await friend.reload();
  await expect(friend.getByRole('heading', { name: 'Harbour' })).toBeVisible();

  const damaged = await page.context().newPage();
  await damaged.goto(link.replace(/#data=.*/, '#data=AAAAbroken'));
  await expect(damaged.getByText('damaged or cut short')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('embed.html?src= reads a data file from another https host that allows CORS', async ({
  page,
  pageErrors,
}) => {
  const data = JSON.stringify(harbourData());
  await page.route('https://data.example/harbour.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: data,
    }),
  );
  await page.goto('/embed.html?src=https%3A%2F%2Fdata.example%2Fharbour.json&ep=S1E3');
  await expect(page.locator('.pw-graph')).toHaveAttribute('aria-label', label(2));
  expect(pageErrors).toEqual([]);
});

function harbourData() {
  const imported = importCsv({
    characters: { name: 'c.csv', text: CHARACTERS },
    relationships: { name: 'r.csv', text: RELATIONSHIPS },
    title: 'Harbour',
  });
  if (!imported.ok) throw new Error('test CSV does not import');
  return imported.data;
}
