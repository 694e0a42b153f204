/**
 * Markup planted in a content field and in the search query stays text: it is shown, never run or rendered.
 * The content case builds a copy of content/ with one planted entry and serves it next to the test build.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { contentCopy } from '../support/content-copy';
import { describe, expect, test, watchErrors, type Site } from '../support/fixture';
import { settled } from '../support/search';
import { TEST_BASE } from '../support/site';

const HOSTILE = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>"'&amp;`;
const NAME = JSON.stringify(`Zzplanted ${HOSTILE}`);
/** A glossary entry with the hostile string in its name, definition, summary and alias. */
const PLANTED = [
  '---',
  `term: ${NAME}`,
  'category: concept',
  `definition: ${JSON.stringify(`A definition with markup ${HOSTILE} in it.`)}`,
  'definitionCite: [{ source: 2022-07-22-cns-spp-helping-crime, at: kp-12 }]',
  `summary: ${JSON.stringify(`Zzplanted summary ${HOSTILE} to test escaping.`)}`,
  'aliases:',
  `  - { text: ${NAME}, lang: en, kind: colloquial }`,
  '---',
  '',
  'Zzplanted body.<Cite source="2022-07-22-cns-spp-helping-crime" at="kp-12" />',
  '',
].join('\n');

let dir: string;
/** The copy of the site with the planted entry, served by the fixture beside the test build. */
let planted: Site;

test.beforeAll(async ({ serve }) => {
  const copy = contentCopy({ 'terms/zz-planted.mdx': PLANTED }, { SITE_BASE: TEST_BASE });
  dir = copy.dir;
  const build = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], { env: copy.env, encoding: 'utf8', timeout: 180_000 });
  if (build.status !== 0) throw new Error(`planted build failed:\n${build.stdout}\n${build.stderr}`);
  planted = await serve(join(dir, 'dist'));
}, 200_000);

test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Neither planted script ran and no planted element exists. */
async function inert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
}

describe('markup is inert', () => {
  test('in every content field of an entity page, and in its cite-this output', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(planted.url('terms/zz-planted/'));
    await inert(page);
    expect(await page.locator('h1').textContent()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.locator('.summary').textContent()).toContain('<script>window.__pwned=2</script>');
    expect(await page.title()).toContain('<img src=x');
    await page.locator('.cite-this summary').click();
    await inert(page);
    expect(errors).toEqual([]);
  });

  test('in search results for the planted entry', async ({ page }) => {
    await page.goto(`${planted.url('search/')}?q=Zzplanted`);
    await settled(page);
    expect(await page.locator('#search-results .result-title').first().textContent()).toContain('<img src=x');
    await inert(page);
  });

  test('in the ?q= parameter of the search page and the header box', async ({ page, site }) => {
    const errors = watchErrors(page);
    await page.goto(`${site.url('search/')}?q=${encodeURIComponent(HOSTILE)}`);
    await page
      .locator('#search-status')
      .filter({ hasText: /result/i })
      .waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe(HOSTILE);
    expect(await page.locator('#search-status').textContent()).toContain('<script>');
    await inert(page);
    await page.locator('#site-search-q').fill(HOSTILE);
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page
      .locator('#search-status')
      .filter({ hasText: /result/i })
      .waitFor();
    await inert(page);
    expect(errors).toEqual([]);
  });
});
