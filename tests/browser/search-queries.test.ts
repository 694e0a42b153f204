/**
 * Every name a reader may type (English, Chinese, abbreviation, mistranslation) puts the entity's own page
 * first. The queries live in tests/search-queries.json; each runs through the real search page and index.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors } from '../support/browser';
import { resultPaths, settled } from '../support/search';
import { ORIGIN, TEST_BASE } from '../support/site';

const { queries } = JSON.parse(readFileSync('tests/search-queries.json', 'utf8')) as { queries: { q: string; first: string }[] };
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  errors = watchErrors(page);
});
afterAll(async () => {
  await browser?.close();
});

/** The result URLs (paths without the base) the search page lists for a query, in order. */
async function resultsFor(q: string): Promise<string[]> {
  await page.goto(`${ORIGIN}${TEST_BASE}search/?q=${encodeURIComponent(q)}`);
  await settled(page);
  return (await resultPaths(page)).map((h) => `/${h.slice(TEST_BASE.length)}`);
}

describe('search puts the named entity first', () => {
  it('has at least 20 queries, half of them Chinese', () => {
    expect(queries.length).toBeGreaterThanOrEqual(20);
    expect(queries.filter((q) => /\p{Script=Han}/u.test(q.q)).length * 2).toBeGreaterThanOrEqual(queries.length);
  });

  it.each(queries)('“$q” → $first', async ({ q, first }) => {
    const results = await resultsFor(q);
    expect(results[0], `results for “${q}”: ${results.slice(0, 5).join(', ')}`).toBe(first);
  });

  it('logged no console errors or failed requests', () => {
    expect(errors).toEqual([]);
  });
});
