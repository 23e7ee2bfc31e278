// A 10,000-character, 50,000-relationship show in the built app: what the canvas draws is
// the model's snapshot thinned by the level-of-detail rule, and "show all" draws it all.
import { buildTimeline, levelOfDetail, validateGraphData, type GraphData } from '../../src/model';
import { computeLayout } from '../../src/model/layout';
import { syntheticShow } from '../../src/model/synthetic';
import { expect, test } from './fixtures';
import { drawnWhenIdle, episodeSlider } from './helpers';

const data: GraphData = syntheticShow({
  characters: 10_000,
  relationships: 50_000,
  episodes: 50,
  seed: 11,
});
const result = validateGraphData(data);
if (!result.ok) throw new Error('synthetic data invalid');
const timeline = buildTimeline(result.dataset);
// Baked positions (a quick layout; their quality does not matter here) skip the worker.
const positions = computeLayout(result.dataset, { ticks: 5 });
const baked = {
  ...data,
  characters: data.characters.map((character) => ({
    ...character,
    position: positions.get(character.id),
  })),
};

const expected = (position: number, showAll = false) => {
  const detail = levelOfDetail(timeline.snapshotAt(position), { showAll });
  return {
    nodes: detail.snapshot.characters.map((entry) => entry.character.id).sort(),
    edges: detail.snapshot.relationships.map((relationship) => relationship.id).sort(),
  };
};

test('a 10k/50k show draws its level-of-detail subset at every step, and everything on "show all"', async ({
  page,
  pageErrors,
}) => {
  // A ceiling for a loaded two-core machine: alone it takes about 1.5 min.
  test.setTimeout(300_000);
  await page.route('**/data/index.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ shows: [{ slug: 'big', file: 'big.json', title: 'Big' }] }),
    }),
  );
  await page.route('**/data/big.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(baked) }),
  );
  // Every frame's count of drawn elements, from the first: the first picture comes in slices.
  await page.addInitScript(() => {
    const counts: number[] = [];
    (window as unknown as { drawnCounts: number[] }).drawnCounts = counts;
    const tick = () => {
      const drawn = window.plotweb?.drawn();
      const count = drawn ? drawn.nodes.length + drawn.edges.length : 0;
      if (count > 0 && count !== counts[counts.length - 1]) counts.push(count);
      if (counts.length < 50) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto('/?show=big&ep=S3E1');
  const slider = episodeSlider(page);
  await expect(slider).toBeVisible({ timeout: 60_000 });
  await expect(
    page.getByRole('status').filter({ hasText: /Showing the \d[\d,]* most connected of/ }),
  ).toBeVisible();

  let position = 20;
  await expect.poll(() => drawnWhenIdle(page), { timeout: 30_000 }).toEqual(expected(position));
  // The first picture (about 1,500 elements) came in slices, parts of 50 (SLICE_ELEMENTS)
  // as many as fit in a frame's budget, never all in one task.
  const counts = await page.evaluate(
    () => (window as unknown as { drawnCounts: number[] }).drawnCounts,
  );
  const first = expected(position);
  expect(counts[0]).toBeLessThanOrEqual(150);
  expect(counts.length).toBeGreaterThanOrEqual(4);
  expect(counts[counts.length - 1]).toBe(first.nodes.length + first.edges.length);
  await slider.focus();
  const keys = [
    'ArrowRight',
    'ArrowRight',
    'PageUp',
    'ArrowLeft',
    'End',
    'Home',
    'PageUp',
    'ArrowRight',
  ];
  for (let step = 0; step < 20; step++) {
    const key = keys[step % keys.length] as string;
    await page.keyboard.press(key);
    if (key === 'ArrowRight') position = Math.min(49, position + 1);
    else if (key === 'ArrowLeft') position = Math.max(0, position - 1);
    else if (key === 'PageUp') position = Math.min(49, position + 5);
    else if (key === 'End') position = 49;
    else if (key === 'Home') position = 0;
    await expect(slider).toHaveAttribute('aria-valuenow', String(position + 1));
    await expect.poll(() => drawnWhenIdle(page), { timeout: 30_000 }).toEqual(expected(position));
  }
  const reduced = await drawnWhenIdle(page);
  expect((reduced?.nodes.length ?? 0) + (reduced?.edges.length ?? 0)).toBeLessThanOrEqual(1500);

  await page.getByRole('button', { name: /^Show all/ }).click();
  await expect
    .poll(() => drawnWhenIdle(page), { timeout: 60_000 })
    .toEqual(expected(position, true));
  await expect(page.getByRole('status').filter({ hasText: 'Drawing everything' })).toBeVisible();
  expect(pageErrors).toEqual([]);
});
