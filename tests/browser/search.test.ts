/** The search page and header box as a reader uses them: deep links, filters, the `/` key, and no JavaScript. */
import type { Page } from 'playwright-core';
import { describe, expect, test, watchErrors } from '../support/fixture';
import { resultPaths, settled } from '../support/search';
import { TEST_BASE } from '../support/site';

const SEARCH = 'search/';
const ENTITY = 'crimes/telecom-network-fraud/';

describe('search page', () => {
  test('runs the query in ?q= and shows kind, Chinese name and a marked excerpt', async ({ page, site }) => {
    const errors = watchErrors(page);
    await page.goto(`${site.url(SEARCH)}?q=${encodeURIComponent('卡商')}`);
    await settled(page);
    expect(await page.locator('#search-q').inputValue()).toBe('卡商');
    const first = page.locator('#search-results .search-result').first();
    expect(await first.locator('.result-kind').textContent()).toBe('Term');
    expect(await first.locator('.result-zh').textContent()).toBe('卡商');
    expect(await first.locator('.result-zh').getAttribute('lang')).toBe('zh-Hans');
    expect(await first.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('narrows by kind, agency and year, and keeps the filters in the URL', async ({ page, site }) => {
    const errors = watchErrors(page);
    await page.goto(`${site.url(SEARCH)}?q=card`);
    await settled(page);
    const all = await resultPaths(page);
    expect(all.some((p) => p.includes('/terms/'))).toBe(true);
    expect(all.some((p) => !p.includes('/terms/'))).toBe(true);

    await page.getByLabel('Term', { exact: true }).check();
    await expect.poll(async () => (await resultPaths(page)).every((p) => p.includes('/terms/'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['terms']);

    await page.getByLabel('Term', { exact: true }).uncheck();
    await page.locator('#search-agency').selectOption('Ministry of Public Security');
    const filedUnderAgency = (paths: string[]) =>
      paths.length > 0 && paths.every((p) => /\/(campaigns|policies|agencies|datasets|sources)\//.test(p));
    await expect.poll(async () => filedUnderAgency(await resultPaths(page))).toBe(true);
    const byAgency = await resultPaths(page);
    expect(byAgency.length).toBeLessThan(all.length);
    expect(new URL(page.url()).searchParams.get('agency')).toBe('ministry-of-public-security');

    // Only dated entries (policies, campaigns, sources, datasets) carry a year.
    await page.locator('#search-agency').selectOption('');
    expect(await page.locator('#search-year option[value="2022"]').count()).toBe(1);
    await page.locator('#search-year').selectOption('2022');
    const dated = (paths: string[]) => paths.length > 0 && paths.every((p) => /\/(policies|campaigns|sources|datasets)\//.test(p));
    await expect.poll(async () => dated(await resultPaths(page))).toBe(true);
    expect(new URL(page.url()).searchParams.get('year')).toBe('2022');
    expect(errors).toEqual([]);
  });

  test('deep-links section results to the heading that matched', async ({ page, site }) => {
    await page.goto(`${site.url(SEARCH)}?q=${encodeURIComponent('prosecutions')}`);
    await settled(page);
    const section = page.locator('#search-results .result-sections a').first();
    const href = (await section.getAttribute('href'))!;
    expect(href).toMatch(/#[a-z0-9-]+$/);
    await section.click();
    await page.waitForURL(new URL(href, site.origin).href);
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
  });

  test('without JavaScript says so and links to the index pages', async ({ newPage, site }) => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url(SEARCH)}?q=GOIP`);
    const notice = page.locator('.notice');
    expect(await notice.textContent()).toContain('needs JavaScript');
    expect(await notice.locator('a').count()).toBe(7);
    expect(await page.locator('#search-form').isVisible()).toBe(false);
  });
});

describe('header search box', () => {
  test('loads no search code until the reader shows intent', async ({ page, site }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    // Quiet first: code fetched on idle, after the load event, would still be loaded without intent.
    await page.goto(site.url(ENTITY), { waitUntil: 'networkidle' });
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.filter((p) => p.includes('/pagefind/') || /search/i.test(p.split('/').pop()!))).toEqual([]);
    // Focus is intent: the names index comes first; a name is answered from it, without Pagefind.
    await page.keyboard.press('/');
    await expect.poll(() => fetched.some((p) => p.endsWith('/search/names/0.json'))).toBe(true);
    await page.keyboard.type('GOIP');
    await expect.poll(async () => (await resultPaths(page, '.site-search'))[0]).toBe(`${TEST_BASE}terms/goip/`);
    expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    // Words that name nothing go to the full text.
    await page.locator('#site-search-q').fill('');
    await page.keyboard.type('frozen money returned');
    await expect.poll(() => fetched.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('`/` focuses it; typing shows live results; Enter opens the search page with the query', async ({ page, site }) => {
    const errors = watchErrors(page);
    await page.goto(site.url(ENTITY));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('GOIP');
    const panel = page.locator('.site-search .search-panel');
    await panel.waitFor({ state: 'visible' });
    await expect.poll(async () => (await resultPaths(page, '.site-search'))[0]).toBe(`${TEST_BASE}terms/goip/`);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-panel') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=GOIP$/);
    await settled(page);
    expect((await resultPaths(page))[0]).toBe(`${TEST_BASE}terms/goip/`);
    expect(errors).toEqual([]);
  });

  test('its Search button is named, follows the box in Tab order and submits the query, with or without JavaScript', async ({
    page,
    newPage,
    site,
  }) => {
    const errors = watchErrors(page);
    await page.goto(site.url(ENTITY));
    const button = page.locator('.site-search').getByRole('button', { name: 'Search', exact: true });
    expect(await button.count()).toBe(1);
    await page.keyboard.press('/');
    await page.keyboard.type('GOIP');
    await page.keyboard.press('Tab');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=GOIP$/);
    await settled(page);
    expect((await resultPaths(page))[0]).toBe(`${TEST_BASE}terms/goip/`);
    expect(errors).toEqual([]);

    // A phone's width: the button stays on screen and at least 24px square (WCAG 2.5.8); a click submits, no script.
    const plain = await newPage({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    await plain.goto(site.url(ENTITY));
    const small = plain.locator('.site-search .search-go');
    const box = (await small.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await plain.locator('#site-search-q').fill('card dealer');
    await small.click();
    await plain.waitForURL(/\/search\/\?q=card\+dealer$/);
  });

  test('`/` typed inside a text field stays in the field', async ({ page, site }) => {
    await page.goto(site.url(SEARCH));
    // The form is in the HTML and shown wherever scripting is on (hidden by CSS without it).
    await page.locator('#search-q').waitFor({ state: 'visible' });
    await page.locator('#search-q').focus();
    await page.keyboard.type('a/b');
    expect(await page.locator('#search-q').inputValue()).toBe('a/b');
  });
});

describe('search that forgives', () => {
  /** The search page's rows for a query: link, and the note that says why the row is there. */
  async function rows(page: Page, url: string, q: string) {
    await page.goto(`${url}?q=${encodeURIComponent(q)}`);
    await settled(page);
    return page.locator('#search-results .search-result').evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector<HTMLAnchorElement>('.result-title')!.getAttribute('href')!,
        note: li.querySelector('.result-note')?.textContent ?? '',
      })),
    );
  }

  test('a query with more words than any page holds is relaxed, and says which words a result lacks', async ({ page, site }) => {
    const errors = watchErrors(page);
    const found = await rows(page, site.url(SEARCH), 'SIM card farm device');
    expect(found.length).toBeGreaterThan(0);
    const partial = found.filter((r) => r.note.startsWith('Does not contain:'));
    expect(partial.length).toBeGreaterThan(0);
    // The words named missing are words of the query.
    for (const r of partial)
      for (const w of r.note.replace(/^Does not contain: |\.$/g, '').split(', ')) expect(['sim', 'card', 'farm', 'device']).toContain(w);
    expect((await rows(page, site.url(SEARCH), '电信网络诈骗 检察机关 起诉 2021年')).length).toBeGreaterThan(0);
    // Chinese that no word of the index holds is searched by pairs of characters, not given up on.
    expect((await rows(page, site.url(SEARCH), '被骗的钱 怎么 追回')).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('a one-letter typo offers the name it was meant to be', async ({ page, site }) => {
    const [first] = await rows(page, site.url(SEARCH), 'backpaker');
    expect(first).toEqual({ href: `${TEST_BASE}terms/backpacker/`, note: 'Did you mean “Backpacker”?' });
    // In the header box too.
    await page.goto(site.url(ENTITY));
    await page.keyboard.press('/');
    await page.keyboard.type('Cloud Swrod');
    await expect.poll(async () => (await resultPaths(page, '.site-search'))[0]).toBe(`${TEST_BASE}campaigns/cloud-sword/`);
  });

  test('an article reference goes straight to the article, in English or Chinese', async ({ page, site }) => {
    const law = `${TEST_BASE}sources/anti-telecom-network-fraud-law-2022/`;
    expect((await rows(page, site.url(SEARCH), 'Art. 31'))[0]!.href).toBe(`${law}#art-31`);
    expect((await rows(page, site.url(SEARCH), '反诈法 第三十一条'))[0]!.href).toBe(`${law}#art-31`);
    expect((await rows(page, site.url(SEARCH), '287-2'))[0]!.href).toBe(`${TEST_BASE}sources/criminal-law-fraud-articles/#art-287-2`);
    await page.locator('#search-results .result-title').first().click();
    await page.waitForURL(/#art-287-2$/);
    expect(await page.locator('[id="art-287-2"]').count()).toBe(1);
    expect((await rows(page, site.url(SEARCH), '法发〔2016〕32号'))[0]!.href).toBe(`${TEST_BASE}sources/telecom-fraud-opinions-2016/`);
  });

  test('a Chinese short name finds its page, not a page sharing one character', async ({ page, site }) => {
    const found = await rows(page, site.url(SEARCH), '反诈法');
    expect(found[0]).toEqual({ href: `${TEST_BASE}policies/anti-telecom-network-fraud-law/`, note: 'Matched the abbreviation “反诈法”.' });
    expect(found.findIndex((r) => r.href.endsWith('/terms/anti-fraud-business-card/'))).not.toBe(0);
  });

  test('a result says which of its names matched', async ({ page, site }) => {
    const [first] = await rows(page, site.url(SEARCH), 'helping trust');
    expect(first).toEqual({
      href: `${TEST_BASE}crimes/helping-information-network-criminal-activities/`,
      note: 'Matched the mistranslation “helping trust”.',
    });
    const [pinyin] = await rows(page, site.url(SEARCH), 'kashang');
    expect(pinyin).toEqual({ href: `${TEST_BASE}terms/card-dealer/`, note: 'Matched the pinyin “kashang”.' });
  });

  test('excerpts do not start with stray punctuation', async ({ page, site }) => {
    for (const q of ['card dealer', '卡商', 'prosecutions']) {
      await page.goto(`${site.url(SEARCH)}?q=${encodeURIComponent(q)}`);
      await settled(page);
      const starts = await page.locator('#search-results .result-excerpt').allTextContents();
      expect(starts.length).toBeGreaterThan(0);
      for (const s of starts) expect(s, `an excerpt for “${q}”`).not.toMatch(/^[\s.,;:。，、]/);
    }
  });
});

describe('search in Chinese', () => {
  test('a Chinese page finds Chinese pages, by a Chinese or an English name', async ({ page, site }) => {
    const errors = watchErrors(page);
    for (const q of ['卡商', 'card dealer']) {
      await page.goto(`${site.url('zh/search/')}?q=${encodeURIComponent(q)}`);
      await settled(page);
      const paths = await resultPaths(page);
      expect(paths[0]).toBe(`${TEST_BASE}zh/terms/card-dealer/`);
      expect(paths.filter((p) => !p.startsWith(`${TEST_BASE}zh/`))).toEqual([]);
      const first = page.locator('#search-results .search-result').first();
      expect(await first.locator('.result-kind').textContent()).toBe('术语');
      expect(await first.locator('.result-zh').getAttribute('lang')).toBe('en');
    }
    expect(errors).toEqual([]);
  });

  test('a Chinese page finds Chinese pages by their full text, an English page English ones', async ({ page, site }) => {
    for (const [from, q, zh] of [
      ['zh/search/', '危险驾驶', true],
      ['search/', 'dangerous driving', false],
    ] as const) {
      await page.goto(`${site.url(from)}?q=${encodeURIComponent(q)}`);
      await settled(page);
      const paths = await resultPaths(page);
      expect(paths).toContain(`${TEST_BASE}${zh ? 'zh/' : ''}crimes/helping-information-network-criminal-activities/`);
      expect(paths.filter((p) => p.startsWith(`${TEST_BASE}zh/`) !== zh)).toEqual([]);
    }
  });
});
