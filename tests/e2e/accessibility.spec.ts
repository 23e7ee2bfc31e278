// axe-core scans of the explorer in both themes, on a desktop and on a phone with the
// panels open. Serious and critical findings fail the test and are listed readably.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SHOW, episodeSlider, openExplorer, waitForIdle } from './helpers';

type Theme = 'light' | 'dark';
const THEMES: readonly Theme[] = ['light', 'dark'];

/** Runs axe and returns one readable line per failing node of a serious or critical rule. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}): ${violation.help}\n` +
          `    at ${node.target.join(' ')}\n` +
          `    ${(node.failureSummary ?? '').replace(/\n\s*/g, ' ')}`,
      ),
    );
}

for (const theme of THEMES) {
  test(`desktop at S1E5 with a selection, ${theme} theme: no serious axe violations`, async ({
    page,
    pageErrors,
  }) => {
    await openExplorer(page, `?show=${SHOW}&ep=S1E5&sel=cassie&theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.getByRole('heading', { name: 'Cassie Shore', level: 2 })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test(`desktop at S1E10 with search results and a notice, ${theme} theme: no serious axe violations`, async ({
    page,
    pageErrors,
  }) => {
    await openExplorer(
      page,
      `?show=${SHOW}&ep=S1E10&sel=bette&hide=sibling&cap=S1E99&theme=${theme}`,
    );
    await expect(page.getByRole('status').filter({ hasText: 'spoiler limit' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Search characters' }).fill('a');
    await expect(page.getByRole('listbox', { name: 'Matching characters' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Search characters' }).press('ArrowDown');
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test(`phone with the panels open, ${theme} theme: no serious axe violations`, async ({
    page,
    pageErrors,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page, `?show=${SHOW}&ep=S1E9&sel=cassie&theme=${theme}`);
    const toggle = page.getByRole('button', { name: 'Panels' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(page.getByRole('button', { name: 'Hide panels' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(page.getByRole('complementary', { name: 'Panels' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Cassie Shore', level: 2 })).toBeVisible();
    await waitForIdle(page);
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}

test('focus is visible on the slider and moves through the controls by Tab', async ({
  page,
  pageErrors,
}) => {
  await openExplorer(page);
  const slider = episodeSlider(page);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  // Keyboard focus shows a real outline (not "none" / zero width).
  const outline = await slider.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Previous episode' })).toBeFocused();
  expect(pageErrors).toEqual([]);
});
