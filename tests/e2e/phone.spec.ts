// The explorer on a phone (390×844): the graph gets most of the height, and tapping a
// character opens its details in a bottom sheet that leaves the graph in view.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SHOW, openExplorer } from './helpers';

const PHONE = { width: 390, height: 844 };

/** Where a character's node is on the page, read from the live Cytoscape instance. */
function nodeOnPage(page: Page, characterId: string): Promise<{ x: number; y: number }> {
  return page.getByTestId('graph').evaluate((container, id) => {
    const cy = (
      container as unknown as {
        _cyreg: {
          cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } };
        };
      }
    )._cyreg.cy;
    const at = cy.getElementById(`n:${id}`).renderedPosition();
    const box = container.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, characterId);
}

for (const theme of ['light', 'dark'] as const) {
  test(`phone, ${theme}: tapping a character opens a bottom sheet over the graph`, async ({
    page,
    pageErrors,
  }) => {
    await page.setViewportSize(PHONE);
    await openExplorer(page, `?show=${SHOW}&ep=S1E10&theme=${theme}`);
    const graph = page.getByTestId('graph');
    const graphBox = await graph.boundingBox();
    expect(graphBox?.height ?? 0, 'the graph gets most of the height').toBeGreaterThan(
      PHONE.height / 2,
    );

    const at = await nodeOnPage(page, 'cassie');
    await page.mouse.click(at.x, at.y);
    const sheet = page.getByRole('region', { name: 'Cassie Shore' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('heading', { name: 'Cassie Shore', level: 2 })).toBeFocused();
    const sheetBox = await sheet.boundingBox();
    expect(sheetBox?.height ?? Infinity).toBeLessThanOrEqual(PHONE.height * 0.4);
    // The graph above the sheet stays in view, and so does the timeline below it.
    expect(sheetBox?.y ?? 0).toBeGreaterThan((graphBox?.y ?? 0) + (graphBox?.height ?? 0) * 0.4);
    await expect(page.getByRole('slider', { name: 'Episode' })).toBeInViewport();
    await page.screenshot({ path: `test-results/screens/phone-${theme}-sheet.png` });

    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(page).not.toHaveURL(/sel=/);
    expect(pageErrors).toEqual([]);
  });
}
