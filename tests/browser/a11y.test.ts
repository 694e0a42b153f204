/**
 * Accessibility is a gate: axe-core (WCAG 2.2 A and AA rules) in Chromium over every URL in the built sitemap,
 * plus the 404 page, in the light scheme; a page of each kind, and the pages with their own layouts, in the dark
 * scheme and on a touch screen too. Every <details> is opened first, so the citations and data tables they fold away
 * are checked as well.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test, type Site } from '../support/fixture';
import { sitemapLocs } from '../support/html';
import { settled } from '../support/search';
import { DIST, TEST_BASE } from '../support/site';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
type Scheme = 'light' | 'dark';

/** Site paths (with the base) of every page the sitemap lists, read from the sitemap index and its parts. */
function sitemapPaths(): string[] {
  const locs = (file: string) => sitemapLocs(readFileSync(join(DIST, file), 'utf8')).map((u) => new URL(u).pathname);
  const parts = locs('sitemap-index.xml').map((p) => p.slice(TEST_BASE.length));
  return [...new Set(parts.flatMap(locs))].sort();
}

// Both languages: the sitemap lists every English page and its Chinese twin; the one 404 page speaks both.
const PAGES = [...sitemapPaths(), `${TEST_BASE}404.html`];
/** The pages checked in both schemes: home, each kind's index and first entry, and every page with a layout of its own. */
const KIND_DIRS = [...new Set(PAGES.map((p) => p.slice(TEST_BASE.length).split('/')[0]!).filter(Boolean))];
const REPRESENTATIVE = [
  TEST_BASE,
  `${TEST_BASE}zh/`,
  `${TEST_BASE}zh/crimes/helping-information-network-criminal-activities/`,
  ...KIND_DIRS.flatMap((dir) => PAGES.filter((p) => p.startsWith(`${TEST_BASE}${dir}/`)).slice(0, 2)),
  `${TEST_BASE}404.html`,
];

/** One line per failing node: page, rule, impact, the selectors of the element, and axe's summary of what is wrong. */
async function violations(page: Page, label: string): Promise<string[]> {
  await page.evaluate(AXE);
  const results = await page.evaluate(
    (values) =>
      (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              opts: object,
            ) => Promise<{
              violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
            }>;
          };
        }
      ).axe.run(document, {
        runOnly: { type: 'tag', values },
        resultTypes: ['violations'],
      }),
    TAGS,
  );
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${label} · ${v.id} (${v.impact}): ${n.target.map((t) => JSON.stringify(t)).join(' ')} · ${v.help} · ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
    ),
  );
}

/** Opens `path` (with the base) in the scheme, with reduced motion and every <details> open. */
async function openAll(page: Page, site: Site, path: string, scheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(new URL(path, site.origin).href);
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
}

describe('axe: WCAG 2.2 A/AA, zero violations', () => {
  test('the sitemap lists the pages to check', () => {
    expect(PAGES.length).toBeGreaterThan(50);
    expect(REPRESENTATIVE).toContain(`${TEST_BASE}timeline/`);
    expect(REPRESENTATIVE).toContain(`${TEST_BASE}relations/`);
    expect(REPRESENTATIVE).toContain(`${TEST_BASE}search/`);
  });

  describe.each(['light', 'dark'] as const)('%s scheme', (scheme) => {
    const list = scheme === 'light' ? PAGES : REPRESENTATIVE;
    test.for(list)(`%s`, async (path, { page, site }) => {
      await openAll(page, site, path, scheme);
      expect(await violations(page, `${path} [${scheme}]`)).toEqual([]);
    });

    test('search results, in the header panel and on the search page', async ({ page, site }) => {
      await openAll(page, site, `${TEST_BASE}search/?q=card`, scheme);
      await settled(page);
      const found = await violations(page, `search page results [${scheme}]`);
      await page.goto(site.url('terms/'));
      await page.locator('#site-search-q').fill('card');
      await page.locator('.search-panel .search-result').first().waitFor();
      found.push(...(await violations(page, `header search panel [${scheme}]`)));
      expect(found).toEqual([]);
    });

    // axe cannot find the background behind SVG text (it reports "incomplete"), so chart labels are measured here.
    test.for(['datasets/offender-profile-2021/', 'datasets/spp-fraud-prosecutions-by-year/', 'timeline/', 'relations/'])(
      'chart text on /fraud-kb/%s has 4.5:1 contrast',
      async (path, { page, site }) => {
        await openAll(page, site, `${TEST_BASE}${path}`, scheme);
        const low = await page.evaluate(() => {
          const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          const lum = (c: string) => {
            const [r, g, b] = rgb(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
            return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
          };
          const bg = lum(getComputedStyle(document.documentElement).backgroundColor);
          const texts = [...document.querySelectorAll<SVGTextElement>('svg text')].filter((t) => t.textContent?.trim());
          const found = texts.flatMap((t) => {
            const s = getComputedStyle(t);
            const fg = lum(s.fill);
            const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
            return ratio < 4.5 || Number(s.opacity) < 1 || Number(s.fillOpacity) < 1
              ? [`"${t.textContent}" ${s.fill} ${ratio.toFixed(2)}:1`]
              : [];
          });
          return { count: texts.length, found };
        });
        expect(low.count).toBeGreaterThan(3);
        expect(low.found.length === 0 ? [] : [`${path} [${scheme}]`, ...low.found]).toEqual([]);
      },
    );

    test('a chart with a mark focused and its tooltip shown', async ({ page, site }) => {
      await openAll(page, site, `${TEST_BASE}datasets/spp-fraud-prosecutions-by-year/`, scheme);
      await page.locator('.chart-frame [data-mark]').first().focus();
      await page.locator('.chart-tooltip').waitFor();
      expect(await violations(page, `chart with tooltip [${scheme}]`)).toEqual([]);
    });
  });

  /*
   * With a mouse, the "#" links of headings and rows are transparent until hovered or focused, and axe takes a
   * transparent element for a hidden one and skips it: the runs above never check them (link-in-text-block passed
   * them by while Lighthouse, in its emulated phone, failed them). A touch screen has no hover, so they are always
   * shown there, as they are to a reader on a phone: this run checks them.
   */
  describe('touch screen (no hover), light scheme', () => {
    test('the heading and row links are shown, so axe checks them', async ({ newPage, site }) => {
      const page = await newPage({ hasTouch: true });
      await openAll(page, site, `${TEST_BASE}terms/goip/`, 'light');
      await page.evaluate(AXE);
      const checked = await page.evaluate(async () => {
        const { axe } = window as unknown as {
          axe: { run: (o: object) => Promise<Record<'passes' | 'violations', { nodes: unknown[] }[]>> };
        };
        const r = await axe.run({ runOnly: { type: 'rule', values: ['link-in-text-block'] }, elementRef: true });
        const nodes = [...r.passes, ...r.violations].flatMap((v) => v.nodes as { element: Element }[]);
        return nodes.map((n) => n.element.className).filter((c) => /heading-anchor|row-anchor/.test(c));
      });
      expect(checked).toContain('heading-anchor');
      expect(checked).toContain('row-anchor');
    });

    test.for(REPRESENTATIVE)('%s', async (path, { newPage, site }) => {
      const page = await newPage({ hasTouch: true });
      await openAll(page, site, path, 'light');
      expect(await violations(page, `${path} [touch]`)).toEqual([]);
    });
  });
});
