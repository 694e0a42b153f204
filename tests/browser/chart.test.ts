/** A chart as a reader meets it: a tooltip on hover and on keyboard focus, no console errors, and no chart JS elsewhere. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors } from '../support/browser';
import { ORIGIN, TEST_BASE } from '../support/site';

const CHART_PAGE = `${ORIGIN}${TEST_BASE}datasets/spp-fraud-prosecutions-by-year/`;
const PLAIN_PAGE = `${ORIGIN}${TEST_BASE}terms/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('chart in the browser', () => {
  it('shows a tooltip with the figure and its flag on hover', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(CHART_PAGE);
    const mark = page.locator('.chart-frame [data-mark]').first();
    const tip = page.locator('.chart-frame .chart-tooltip');
    await expect.poll(() => tip.count()).toBe(1);
    expect(await tip.isVisible()).toBe(false);
    await mark.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const expected = (await mark.getAttribute('data-tip'))!;
    expect(expected).toMatch(/\d/);
    expect(await tip.textContent()).toBe(expected);
    // The custom tooltip replaces the native one, so only one shows.
    expect(await mark.locator('title').count()).toBe(0);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reaches the marks with Tab, moves between them with arrow keys, and shows each tooltip', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(CHART_PAGE);
    const marks = page.locator('.chart-frame [data-mark]');
    expect(await marks.count()).toBeGreaterThan(1);
    // One tab stop per chart.
    expect(await page.locator('.chart-frame [data-mark][tabindex="0"]').count()).toBe(1);
    let focusedMark: string | null = null;
    for (let i = 0; i < 80 && !focusedMark; i++) {
      await page.keyboard.press('Tab');
      focusedMark = await page.evaluate(() => document.activeElement?.getAttribute('data-mark') ?? null);
    }
    expect(focusedMark).toBe(await marks.first().getAttribute('data-mark'));
    const tip = page.locator('.chart-frame .chart-tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(await marks.first().getAttribute('data-tip'));
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-mark'))).toBe(await marks.nth(1).getAttribute('data-mark'));
    expect(await tip.textContent()).toBe(await marks.nth(1).getAttribute('data-tip'));
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript still draws the chart, with native tooltips and the data table', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(CHART_PAGE);
    expect(await page.locator('.chart-frame svg').isVisible()).toBe(true);
    expect(await page.locator('.chart-frame [data-mark] > title').count()).toBe(await page.locator('.chart-frame [data-mark]').count());
    expect(await page.locator('table.data-table tbody tr').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('fits a phone: no horizontal overflow at 360 px', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(CHART_PAGE);
    const box = (await page.locator('.chart-frame svg').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(360);
    expect(box.width).toBeGreaterThan(250);
    await page.close();
  });

  it('a page without a chart ships no chart script', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') scripts.push(await r.text());
    });
    await page.goto(PLAIN_PAGE);
    await page.waitForLoadState('networkidle');
    const inline = await page.locator('script:not([src])').allTextContents();
    expect(await page.locator('.chart-frame').count()).toBe(0);
    for (const code of [...inline, ...scripts]) expect(code).not.toContain('.chart-frame');
    await page.close();
  });
});
