/** What the search tests read off a page: when the search page has answered, and the result URLs it lists. */
import type { Page } from 'playwright-core';

/** Waits until the search page's status reports results (or that there are none), in English or Chinese. */
export const settled = (page: Page) =>
  page
    .locator('#search-status')
    .filter({ hasText: /result|结果/ })
    .waitFor();

/** The URL paths (with the base) of the result titles under `scope`, in order. */
export const resultPaths = (page: Page, scope = '#search-results') =>
  page.locator(`${scope} .result-title`).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));

/**
 * Types a query into the header search box as a reader would (`/`, then the keys) and waits for the row linking to
 * `expectPath` (a path without the base), or for any row when none is given. Returns the time taken and the rows.
 */
export async function typeInHeader(page: Page, base: string, query: string, expectPath?: string, timeout = 30_000) {
  const start = performance.now();
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  const rows = page.locator('.site-search .result-title');
  await (expectPath ? rows.and(page.locator(`[href="${base}${expectPath.slice(1)}"]`)) : rows).first().waitFor({ timeout });
  const ms = performance.now() - start;
  return { ms, urls: await rows.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)) };
}
