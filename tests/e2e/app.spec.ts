import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const dataset = JSON.parse(readFileSync('graph-data/tiny-pretty-things-s1.json', 'utf8')) as {
  characters: { id: string; name: string; firstEpisode?: string; until?: string }[];
};

test('the built app loads the dataset and lists its characters and relationships', async ({
  page,
  pageErrors,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Tiny Pretty Things' })).toBeVisible();
  const episode = page.getByRole('slider', { name: 'Episode' });
  await expect(episode).toHaveAttribute('aria-valuemax', '10');
  await expect(episode).toHaveAttribute('aria-valuenow', '1');

  const textView = page.getByRole('region', { name: /^Text view as of/ });
  const characters = textView.locator('.pw-character-list > li');
  await expect(characters.first()).toContainText('Cassie');
  await expect(page.getByText('Delia Whitlaw')).toHaveCount(0); // not yet revealed in episode 1

  await episode.focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('heading', { name: /characters as of S1E10/i })).toBeVisible();
  for (const character of dataset.characters.filter((c) => c.until === undefined)) {
    await expect(characters.filter({ hasText: character.name }).first()).toBeVisible();
  }
  // A placeholder that left the story is gone, not lingering.
  await expect(characters.filter({ hasText: 'The hooded figure' })).toHaveCount(0);
  await expect(characters.filter({ hasText: 'Ramon' }).first()).toContainText('dead');
  const relationships = page
    .getByRole('table', { name: 'Relationships as of S1E10' })
    .getByRole('row');
  await expect(relationships.filter({ hasText: /Delia Whitlaw.*Cassie/ }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/app-s1e10.png', fullPage: true });
  expect(pageErrors).toEqual([]);
});

test('a data file with problems shows every problem instead of a blank page', async ({
  page,
  pageErrors,
}) => {
  const text = readFileSync('graph-data/tiny-pretty-things-s1.json', 'utf8')
    .replace('"target": "cassie"', '"target": "casie"')
    .replace('"from": "S1E1"', '"from": "S9E99"');
  await page.route('**/data/tiny-pretty-things-s1.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: text }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText("This show's data has problems");
  await expect(alert.getByRole('listitem')).toHaveCount(2);
  await expect(alert).toContainText('unknown character "casie" — did you mean "cassie"?');
  await expect(alert).toContainText('no episode "S9E99"');
  await page.screenshot({ path: 'test-results/app-error-panel.png', fullPage: true });
  expect(pageErrors).toEqual([]);
});

test('a truncated data file shows its line and column', async ({ page }) => {
  const text = readFileSync('graph-data/tiny-pretty-things-s1.json', 'utf8');
  await page.route('**/data/tiny-pretty-things-s1.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: text.slice(0, 2000) }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(
    /tiny-pretty-things-s1\.json:\d+:\d+: malformed JSON/,
  );
});
