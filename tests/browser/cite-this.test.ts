/** "Cite this page" as a reader uses it: copy with JavaScript, select without it, and print with URLs kept. */
import { describe, expect, test, watchErrors } from '../support/fixture';

const PAGE = 'crimes/helping-information-network-criminal-activities/';

describe('cite this page', () => {
  test('copies the APA citation to the clipboard', async ({ page, site }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const errors = watchErrors(page);
    await page.goto(site.url(PAGE));
    await page.locator('.cite-this summary').click();
    const expected = (await page.locator('#cite-this-apa-text').textContent())!;
    // APA dates a page that changes by its last change (the version the reader saw), and ends with the permalink.
    expect(expected).toMatch(
      /\(\d{4}, [A-Z][a-z]+ \d{1,2}\)\. Helping information network criminal activities\..+\/crimes\/helping-information-network-criminal-activities\/$/,
    );
    const button = page.locator('button[data-copy="cite-this-apa-text"]');
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(errors).toEqual([]);
  });

  test('without JavaScript shows the citations as text and no dead buttons', async ({ newPage, site }) => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(site.url(PAGE));
    await page.locator('.cite-this summary').click();
    await expect.poll(() => page.locator('#cite-this-bibtex-text').isVisible()).toBe(true);
    expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
    expect(await page.locator('.permalink').textContent()).toMatch(
      /^https:\/\/.+\/crimes\/helping-information-network-criminal-activities\/$/,
    );
  });

  test('prints note URLs and hides the controls', async ({ page, site }) => {
    await page.goto(site.url(PAGE));
    await page.emulateMedia({ media: 'print' });
    const after = await page
      .locator('.notes li a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/sources/');
    expect(await page.locator('.heading-anchor').first().isVisible()).toBe(false);
    expect(await page.locator('.permalink').isVisible()).toBe(true);
  });
});
