/**
 * Every name a reader may type (English, Chinese, abbreviation, mistranslation) puts the entity's own page
 * first. The queries live in tests/search-queries.json; each runs through the real search page and index.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test, watchErrors } from '../support/fixture';
import { resultPaths, settled } from '../support/search';
import { TEST_BASE } from '../support/site';

const { queries } = JSON.parse(readFileSync('tests/search-queries.json', 'utf8')) as { queries: { q: string; first: string }[] };

describe('search puts the named entity first', () => {
  test('has at least 20 queries, half of them Chinese', () => {
    expect(queries.length).toBeGreaterThanOrEqual(20);
    expect(queries.filter((q) => /\p{Script=Han}/u.test(q.q)).length * 2).toBeGreaterThanOrEqual(queries.length);
  });

  // Each query in its own page, so a console error or failed request is reported with the query that caused it.
  test.for(queries)('“$q” → $first', async ({ q, first }, { page, site }) => {
    const errors = watchErrors(page);
    await page.goto(`${site.url('search/')}?q=${encodeURIComponent(q)}`);
    await settled(page);
    const results = (await resultPaths(page)).map((h) => `/${h.slice(TEST_BASE.length)}`);
    expect(results[0], `results for “${q}”: ${results.slice(0, 5).join(', ')}`).toBe(first);
    expect(errors).toEqual([]);
  });
});
