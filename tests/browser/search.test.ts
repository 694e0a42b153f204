/** The search page and header box as a reader uses them: deep links, filters, the `/` key, and no JavaScript. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors } from '../support/browser';
import { resultPaths, settled } from '../support/search';
import { ORIGIN, TEST_BASE } from '../support/site';

const SEARCH = `${ORIGIN}${TEST_BASE}search/`;
const ENTITY = `${ORIGIN}${TEST_BASE}crimes/telecom-network-fraud/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});


describe('search page', () => {
  it('runs the query in ?q= and shows kind, Chinese name and a marked excerpt', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${SEARCH}?q=${encodeURIComponent('卡商')}`);
    await settled(page);
    expect(await page.locator('#search-q').inputValue()).toBe('卡商');
    const first = page.locator('#search-results .search-result').first();
    expect(await first.locator('.result-kind').textContent()).toBe('Term');
    expect(await first.locator('.result-zh').textContent()).toBe('卡商');
    expect(await first.locator('.result-zh').getAttribute('lang')).toBe('zh-Hans');
    expect(await first.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('narrows by kind, agency and year, and keeps the filters in the URL', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${SEARCH}?q=card`);
    await settled(page);
    const all = await resultPaths(page);
    expect(all.some((p) => p.includes('/terms/'))).toBe(true);
    expect(all.some((p) => !p.includes('/terms/'))).toBe(true);

    await page.getByLabel('Term', { exact: true }).check();
    await expect.poll(async () => (await resultPaths(page)).every((p) => p.includes('/terms/'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['terms']);

    await page.getByLabel('Term', { exact: true }).uncheck();
    await page.locator('#search-agency').selectOption("Ministry of Public Security");
    const filedUnderAgency = (paths: string[]) => paths.length > 0 && paths.every((p) => /\/(campaigns|policies|agencies|datasets)\//.test(p));
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
    await page.close();
  });

  it('deep-links section results to the heading that matched', async () => {
    const page = await browser.newPage();
    await page.goto(`${SEARCH}?q=${encodeURIComponent('prosecutions')}`);
    await settled(page);
    const section = page.locator('#search-results .result-sections a').first();
    const href = (await section.getAttribute('href'))!;
    expect(href).toMatch(/#[a-z0-9-]+$/);
    await section.click();
    await page.waitForURL(href.startsWith('http') ? href : `${ORIGIN}${href}`);
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    await page.close();
  });

  it('without JavaScript says so and links to the index pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${SEARCH}?q=GOIP`);
    const notice = page.locator('.notice');
    expect(await notice.textContent()).toContain('needs JavaScript');
    expect(await notice.locator('a').count()).toBe(7);
    expect(await page.locator('#search-form').isVisible()).toBe(false);
    await context.close();
  });
});

describe('header search box', () => {
  it('loads no search code until the reader shows intent', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(ENTITY);
    expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => fetched.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });

  it('`/` focuses it; typing shows live results; Enter opens the search page with the query', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(ENTITY);
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
    await page.close();
  });

  it('`/` typed inside a text field stays in the field', async () => {
    const page = await browser.newPage();
    await page.goto(`${SEARCH}`);
    await page.locator('#search-q').focus();
    await page.keyboard.type('a/b');
    expect(await page.locator('#search-q').inputValue()).toBe('a/b');
    await page.close();
  });
});
