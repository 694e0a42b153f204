/**
 * The site with the keyboard alone: skip link, header, search (`/`, arrows, Enter), chart marks, "Cite this page".
 * Every element that takes focus on the way must show a visible focus indicator.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test, watchErrors } from '../support/fixture';
import { TEST_BASE } from '../support/site';

const HOME = '';
const ENTITY = 'crimes/helping-information-network-criminal-activities/';
const CHART_PAGE = 'datasets/spp-fraud-prosecutions-by-year/';

interface Focused {
  /** A short description of document.activeElement, for failure messages. */
  what: string;
  id: string;
  tag: string;
  /** Why the focus is visible ('' when it is not): an outline, a box shadow, or a chart mark's focus stroke. */
  indicator: string;
}

/** Describes the focused element and how its focus shows. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', id: '', tag: 'body', indicator: '' };
    const cs = getComputedStyle(el);
    let indicator = '';
    if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0)
      indicator = `outline ${cs.outlineWidth} ${cs.outlineStyle} ${cs.outlineColor}`;
    else if (cs.boxShadow !== 'none') indicator = `box-shadow ${cs.boxShadow}`;
    else if (el.hasAttribute('data-mark')) {
      // A chart mark draws its focus as a thick stroke round its shape (src/charts/charts.css).
      const shape = el.querySelector(':scope > .fill, :scope > .placeholder');
      const s = shape && getComputedStyle(shape);
      if (s && s.stroke !== 'none' && parseFloat(s.strokeWidth) >= 2) indicator = `stroke ${s.strokeWidth} ${s.stroke}`;
    }
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const what = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}> "${text}"`;
    return { what, id: el.id, tag: el.tagName.toLowerCase(), indicator };
  });
}

/** Presses Tab until `match` is focused (at most `limit` times), checking each stop's focus indicator on the way. */
async function tabTo(page: Page, match: (f: Focused) => boolean, limit = 150, unseen: string[] = []): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f.indicator) unseen.push(f.what);
    if (match(f)) return f;
  }
  throw new Error(`Tab never reached the element after ${limit} presses`);
}

async function expectIndicator(page: Page): Promise<Focused> {
  const f = await focused(page);
  expect(f.indicator, `no visible focus indicator on ${f.what}`).not.toBe('');
  return f;
}

describe('keyboard only', () => {
  test('Tab reaches the skip link first; it moves focus to main; then the header nav and the search box', async ({ page, site }) => {
    const errors = watchErrors(page);
    await page.goto(site.url(ENTITY));
    await page.keyboard.press('Tab');
    const skip = await expectIndicator(page);
    expect(skip.what).toContain('skip-link');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    // main is a programmatic focus target (tabindex="-1"), not a control: it is focused, not outlined.
    expect((await focused(page)).id).toBe('main');
    expect(new URL(page.url()).hash).toBe('#main');

    // From the top again: the header's links, then the search box, each with a visible indicator.
    await page.goto(site.url(HOME));
    const unseen: string[] = [];
    await tabTo(page, (f) => f.what.includes('skip-link'), 1, unseen);
    const navLinks = await page.locator('.site-header nav a').count();
    expect(navLinks).toBeGreaterThan(5);
    const reachedNav: string[] = [];
    await tabTo(
      page,
      (f) => {
        if (f.tag === 'a' && f.what) reachedNav.push(f.what);
        return f.id === 'site-search-q';
      },
      navLinks + 5,
      unseen,
    );
    expect(reachedNav.length).toBeGreaterThanOrEqual(navLinks);
    expect(await page.evaluate(() => document.activeElement?.closest('.site-search') !== null)).toBe(true);
    expect(unseen).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('`/` focuses search; typing shows results; ArrowDown moves into them; Enter follows the result', async ({ page, site }) => {
    const errors = watchErrors(page);
    await page.goto(site.url(ENTITY));
    await page.keyboard.press('/');
    expect((await expectIndicator(page)).id).toBe('site-search-q');
    await page.keyboard.type('GOIP');
    await page.locator('.site-search .search-result').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const first = await expectIndicator(page);
    expect(first.what).toContain('result-title');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(href);
    expect(new URL(page.url()).pathname).toBe(`${TEST_BASE}terms/goip/`);
    expect(errors).toEqual([]);
  });

  test('Tab reaches a chart; arrow keys move between its marks, each visibly focused', async ({ page, site }) => {
    const errors = watchErrors(page);
    await page.goto(site.url(CHART_PAGE));
    const unseen: string[] = [];
    await tabTo(page, (f) => f.tag === 'g', 80, unseen);
    const marks = await page.locator('.chart-frame [data-mark]').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-mark')));
    const at = () => page.evaluate(() => document.activeElement?.getAttribute('data-mark'));
    expect(await at()).toBe(marks[0]);
    await expectIndicator(page);
    await page.keyboard.press('ArrowRight');
    expect(await at()).toBe(marks[1]);
    await expectIndicator(page);
    await page.keyboard.press('End');
    expect(await at()).toBe(marks.at(-1));
    await page.keyboard.press('ArrowLeft');
    expect(await at()).toBe(marks.at(-2));
    await expectIndicator(page);
    // The chart is one tab stop: Tab leaves it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-mark'))).toBe(false);
    expect(unseen).toEqual([]);
    expect(errors).toEqual([]);
  });

  test.for(['', 'search/?q=card', 'timeline/', 'relations/', 'terms/goip/'])(
    'every tab stop of /fraud-kb/%s shows its focus',
    async (path, { page, site }) => {
      await page.goto(site.url(path));
      if (path.startsWith('search/')) await page.locator('#search-results .search-result').first().waitFor();
      const unseen: string[] = [];
      let stops = 0;
      for (; stops < 400; stops++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (f.tag === 'body') break; // past the last stop
        if (!f.indicator) unseen.push(f.what);
      }
      expect(stops).toBeGreaterThan(10);
      expect(unseen).toEqual([]);
    },
  );

  test('"Cite this page" opens with Enter and Space from its summary; the copy buttons are reachable', async ({ page, site }) => {
    const errors = watchErrors(page);
    await page.goto(site.url(ENTITY));
    const details = page.locator('.cite-this details');
    const unseen: string[] = [];
    // The page has some hundreds of links (notes, related, "what the law says") before cite-this.
    await tabTo(page, (f) => f.tag === 'summary' && f.what.includes('Citation in APA'), 800, unseen);
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press('Space');
    await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const button = await tabTo(page, (f) => f.tag === 'button', 10, unseen);
    expect(button.what).toContain('Copy APA');
    await expectIndicator(page);
    // Every later stop (the other formats and their buttons, then the footer) shows its focus too.
    for (let i = 0; i < 20 && (await focused(page)).tag !== 'body'; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f.tag !== 'body' && !f.indicator) unseen.push(f.what);
    }
    expect(unseen).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the language switch', () => {
  test('leads to the twin in the other language and keeps the reader on the same anchor, both ways', async ({ page, site }) => {
    const errors = watchErrors(page);
    await page.goto(`${site.url(ENTITY)}#how-prosecutions-grew`);
    await page.locator('a.lang-switch').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/zh/${ENTITY}#how-prosecutions-grew`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    // The same anchor, on a heading written in Chinese.
    expect(await page.locator('#how-prosecutions-grew').textContent()).toMatch(/\p{Script=Han}/u);
    await page.evaluate(() => (location.hash = '#fact-statute'));
    await page.locator('a.lang-switch').click();
    await page.waitForURL(`**${TEST_BASE}${ENTITY}#fact-statute`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
  });
});
