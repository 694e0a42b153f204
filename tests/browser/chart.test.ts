/** A chart as a reader meets it: a tooltip on hover and on keyboard focus, no console errors, and no chart JS elsewhere. */
import type { Response } from 'playwright-core';
import { describe, expect, test, watchErrors } from '../support/fixture';

const CHART_PAGE = 'datasets/spp-fraud-prosecutions-by-year/';
const PLAIN_PAGE = 'terms/';

describe('chart in the browser', () => {
  test('shows a tooltip with the figure and its flag on hover', async ({ page, site }) => {
    const errors = watchErrors(page);
    await page.goto(site.url(CHART_PAGE));
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
  });

  test('reaches the marks with Tab, moves between them with arrow keys, and shows each tooltip', async ({ page, site }) => {
    const errors = watchErrors(page);
    await page.goto(site.url(CHART_PAGE));
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
  });

  test('without JavaScript still draws the chart, with native tooltips and the data table', async ({ newPage, site }) => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(site.url(CHART_PAGE));
    expect(await page.locator('.chart-frame svg').isVisible()).toBe(true);
    expect(await page.locator('.chart-frame [data-mark] > title').count()).toBe(await page.locator('.chart-frame [data-mark]').count());
    expect(await page.locator('table.data-table tbody tr').count()).toBeGreaterThan(0);
  });

  test('fits a phone: no horizontal overflow at 360 px', async ({ newPage, site }) => {
    const page = await newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(site.url(CHART_PAGE));
    const box = (await page.locator('.chart-frame svg').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(360);
    expect(box.width).toBeGreaterThan(250);
  });

  test('a page without a chart ships no chart script', async ({ page, site }) => {
    // The handler only records the response; the bodies are read below, after the page has gone quiet, so every
    // script is in hand before the assertions (reading them inside the handler could finish after them).
    const responses: Response[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') responses.push(r);
    });
    await page.goto(site.url(PLAIN_PAGE), { waitUntil: 'networkidle' });
    const external = await Promise.all(responses.map(async (r) => ({ url: r.url(), code: await r.text() })));
    const inline = (await page.locator('script:not([src])').allTextContents()).map((code) => ({ url: '(inline)', code }));
    const declared = await page.locator('script[src]').evaluateAll((ss) => ss.map((s) => (s as HTMLScriptElement).src));
    // The page does load scripts (the search-intent loader, the copy button), and every one it declares was read.
    expect(external.length + inline.length).toBeGreaterThan(0);
    for (const src of declared)
      expect(
        external.map((s) => s.url),
        src,
      ).toContain(src);
    expect(await page.locator('.chart-frame').count()).toBe(0);
    for (const { url, code } of [...inline, ...external]) expect(code, url).not.toContain('.chart-frame');
  });
});
