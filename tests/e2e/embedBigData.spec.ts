// The widget on a host page with a data file of over 1 MB and no baked positions: it is read
// in the parse worker and laid out in the layout worker, with a progress bar and a Cancel
// that stops it ("Loading stopped", Retry), and the host page keeps painting meanwhile. A
// big file with a mistake gets the same exact message as a small one.
import { expect, test } from './fixtures';
import { syntheticShow } from '../../src/model/synthetic';

const big = syntheticShow({ characters: 3000, relationships: 12000, episodes: 20, seed: 7 });
const bigText = JSON.stringify(big);
// The same show with one relationship pointing at nobody.
const broken = JSON.stringify({
  ...big,
  relationships: big.relationships.map((r, i) => (i === 4321 ? { ...r, target: 'nobody' } : r)),
});

function hostPage(src: string) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body>
<p>Intro</p><plotweb-graph src="${src}" height="420"></plotweb-graph>
<script type="module" src="/embed/plotweb.js"></script></body></html>`;
}

test.beforeEach(async ({ page, baseURL }) => {
  expect(bigText.length).toBeGreaterThan(1024 * 1024);
  await page.route(`${baseURL}/host-big.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: hostPage('/data/big.json') }),
  );
  await page.route(`${baseURL}/host-broken.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: hostPage('/data/broken.json') }),
  );
  await page.route('**/data/big.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: bigText }),
  );
  await page.route('**/data/broken.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: broken }),
  );
});

test('a big unbaked file shows progress, can be cancelled and retried, and draws', async ({
  page,
  baseURL,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${baseURL}/host-big.html`);
  const widget = page.locator('plotweb-graph');
  const message = widget.locator('css=.pw-message');
  // Progress first: a bar and a step, then Cancel.
  await expect(message.locator('css=progress')).toBeVisible({ timeout: 30_000 });
  await expect(message).toContainText(
    /Reading the data|Checking the data|Preparing the graph|Placing the characters/,
  );
  await message.getByRole('button', { name: 'Cancel' }).click();
  await expect(message).toContainText('Loading stopped');
  await expect(message.locator('css=progress')).toHaveCount(0);
  // Stopped means stopped: nothing is drawn later.
  await page.waitForTimeout(1500);
  await expect(widget.locator('css=.pw-graph canvas')).toHaveCount(0);
  await expect(message).toBeVisible();

  // Retry runs to the end; the page keeps painting while the worker reads and lays out.
  const gaps = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = performance.now();
        let worst = 0;
        const started = last;
        const tick = (now: number) => {
          worst = Math.max(worst, now - last);
          last = now;
          if (now - started < 3000) requestAnimationFrame(tick);
          else resolve(worst);
        };
        requestAnimationFrame(tick);
      }),
  );
  await message.getByRole('button', { name: 'Retry' }).click();
  await expect(message.locator('css=progress')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/embed-big-progress.png' });
  const worst = await gaps;
  console.log(`longest frame gap during the first 3 s of loading: ${worst.toFixed(0)} ms`);
  await expect(message).toBeHidden({ timeout: 90_000 });
  await expect(widget.locator('css=.pw-graph canvas').first()).toBeVisible();
  await expect(widget.locator('css=.pw-ep')).toHaveText(/\S/);
  await page.screenshot({ path: 'test-results/screens/embed-big-unbaked.png' });
  expect(pageErrors).toEqual([]);
});

test("Cancel while the parse worker's script loads stays stopped when that script arrives", async ({
  page,
  baseURL,
  pageErrors,
}) => {
  // Hold the chunk back until Cancel is pressed: the attempt it belonged to is over by the
  // time it runs, so it must neither start the worker nor cover "Loading stopped".
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route('**/parseOffMainThread-*.js', async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await page.goto(`${baseURL}/host-big.html`);
  const widget = page.locator('plotweb-graph');
  const message = widget.locator('css=.pw-message');
  await expect(message.getByRole('button', { name: 'Cancel' })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => asked).toBe(true);
  await message.getByRole('button', { name: 'Cancel' }).click();
  await expect(message).toContainText('Loading stopped');
  release();
  await page.waitForTimeout(2000);
  await expect(message).toContainText('Loading stopped');
  await expect(message.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(message.locator('css=progress')).toHaveCount(0);
  await expect(widget.locator('css=.pw-graph canvas')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('a big file with a mistake gets the exact message a small one would', async ({
  page,
  baseURL,
  pageErrors,
}) => {
  await page.goto(`${baseURL}/host-broken.html`);
  const message = page.locator('plotweb-graph').locator('css=.pw-message');
  await expect(message).toContainText('This graph’s data has problems', { timeout: 30_000 });
  await expect(message.locator('css=code').first()).toContainText(
    'broken.json:$.relationships[4321].target: unknown character "nobody"',
  );
  expect(pageErrors).toEqual([]);
});
