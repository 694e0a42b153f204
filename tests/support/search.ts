/** What the search tests read off a page: when the search page has answered, and the result URLs it lists. */
import type { Page } from 'playwright-core';

/** Waits until the search page's status reports results (or that there are none). */
export const settled = (page: Page) =>
  page
    .locator('#search-status')
    .filter({ hasText: /result/ })
    .waitFor();

/** The URL paths (with the base) of the result titles under `scope`, in order. */
export const resultPaths = (page: Page, scope = '#search-results') =>
  page.locator(`${scope} .result-title`).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
