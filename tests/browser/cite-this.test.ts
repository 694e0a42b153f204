/** "Cite this page" as a reader uses it: copy with JavaScript, select without it, and print with URLs kept. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors } from '../support/browser';
import { ORIGIN, TEST_BASE } from '../support/site';

const PAGE = `${ORIGIN}${TEST_BASE}crimes/helping-information-network-criminal-activities/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('cite this page', () => {
  it('copies the APA citation to the clipboard', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(PAGE);
    await page.locator('.cite-this summary').click();
    const expected = (await page.locator('#cite-this-apa-text').textContent())!;
    expect(expected).toContain('Retrieved');
    const button = page.locator('button[data-copy="cite-this-apa-text"]');
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript shows the citations as text and no dead buttons', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    await page.locator('.cite-this summary').click();
    await expect.poll(() => page.locator('#cite-this-bibtex-text').isVisible()).toBe(true);
    expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
    expect(await page.locator('.permalink').textContent()).toMatch(/^https:\/\/.+\/crimes\/helping-information-network-criminal-activities\/$/);
    await context.close();
  });

  it('prints note URLs and hides the controls', async () => {
    const page = await browser.newPage();
    await page.goto(PAGE);
    await page.emulateMedia({ media: 'print' });
    const after = await page.locator('.notes li a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/sources/');
    expect(await page.locator('.heading-anchor').first().isVisible()).toBe(false);
    expect(await page.locator('.permalink').isVisible()).toBe(true);
    await page.close();
  });
});
