// A page that records console errors, uncaught exceptions and CSP violations, so each
// test can assert that nothing went wrong behind what it checked.
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Starts recording a page's errors into `errors`; call it before the page navigates.
 * Exported for tests that open a second page in the same context.
 */
export async function recordErrors(page: Page, errors: string[]): Promise<void> {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    await recordErrors(page, errors);
    await use(errors);
  },
});

export { expect };
