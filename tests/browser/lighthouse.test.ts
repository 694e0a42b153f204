/**
 * Lighthouse is a gate: a page of every kind and layout, and the search page with a query, on mobile (Lighthouse's
 * default, a throttled phone) and desktop, must score 100 for accessibility, best practices and SEO and at least 95
 * for performance. The runs are serial in one Chromium (about 7 s each; a page below the performance floor is run
 * twice more and judged by its median run); a table of the scores is printed at the end.
 */
import { afterAll } from 'vitest';
import { KINDS } from '../../src/kinds';
import { describe, expect, test } from '../support/fixture';
import { CATEGORIES, representative, score, shortfalls, type Category, type FormFactor } from '../support/lighthouse';

const FLOORS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const FORM_FACTORS: FormFactor[] = ['mobile', 'desktop'];

/** One entity page of each kind, chosen for having the most of what that kind's layout shows. */
const ENTITIES = [
  'crimes/telecom-network-fraud/',
  'policies/anti-telecom-network-fraud-law/',
  'agencies/ministry-of-public-security/',
  'campaigns/card-breaking/',
  'terms/goip/',
  'sources/2022-02-18-xinhua-viewpoint-goip/',
  'datasets/spp-fraud-prosecutions-by-year/',
];

/**
 * Paths under the base. The 404 page is audited as /404.html, which the server answers with 200: under its real
 * status Lighthouse refuses to score a page (and SEO would rightly mark a 404 as not indexable).
 */
const PAGES = [
  '',
  ...ENTITIES,
  'sources/anti-telecom-network-fraud-law-2022/', // the law's text, article by article
  'crimes/', // a kind's index
  'timeline/',
  'relations/',
  'api/',
  `search/?q=${encodeURIComponent('帮信罪')}`, // answered from Pagefind's full text, the heaviest search
  '404.html',
  // The Chinese twins of the pages with most on them: home, the longest crime page, the law's text, a search.
  'zh/',
  'zh/crimes/helping-information-network-criminal-activities/',
  'zh/sources/anti-telecom-network-fraud-law-2022/',
  `zh/search/?q=${encodeURIComponent('帮信罪')}`,
];

/**
 * Audits a page fails by design. The 404 page asks not to be indexed (a missing address must not enter a search
 * index; tests/browser/page-integrity.test.ts checks the tag), which Lighthouse's SEO audit is-crawlable marks down.
 */
const BY_DESIGN: Record<string, string[]> = { '404.html': ['is-crawlable'] };

const RUNS = FORM_FACTORS.flatMap((formFactor) => PAGES.map((path) => ({ path, formFactor })));
const scores: { path: string; formFactor: FormFactor; scores: (number | null)[]; runs: number }[] = [];

/** The scores as a table: one row per page and form factor, one column per category, and how many runs it took. */
function table(): string {
  const width = Math.max(...scores.map((s) => decodeURIComponent(s.path).length), 4) + 2;
  const head = `${'page'.padEnd(width)}${'form'.padEnd(9)}${[...CATEGORIES, 'runs'].map((c) => c.padStart(16)).join('')}`;
  const rows = scores.map(
    (s) =>
      `${(decodeURIComponent(s.path) || '/').padEnd(width)}${s.formFactor.padEnd(9)}${[...s.scores, s.runs].map((v) => String(v ?? '–').padStart(16)).join('')}`,
  );
  return [head, ...rows].join('\n');
}

describe('Lighthouse: accessibility, best practices and SEO 100, performance ≥ 95', () => {
  test('a page of every kind is audited, and only pages audited are excused an audit', () => {
    for (const kind of KINDS) expect(ENTITIES.filter((p) => p.startsWith(`${kind}/`)).length, kind).toBe(1);
    for (const path of Object.keys(BY_DESIGN)) expect(PAGES).toContain(path);
  });

  test.for(RUNS)('$formFactor /fraud-kb/$path', { timeout: 120_000 }, async ({ path, formFactor }, { site, debuggingPort }) => {
    const { lhr, runs } = await representative(site.url(path), debuggingPort, formFactor, FLOORS.performance, BY_DESIGN[path]);
    scores.push({ path, formFactor, scores: CATEGORIES.map((c) => score(lhr, c)), runs });
    const label = `/fraud-kb/${decodeURIComponent(path)} [${formFactor}${runs > 1 ? `, median of ${runs} runs` : ''}]`;
    expect(shortfalls(lhr, label, FLOORS)).toEqual([]);
  });

  afterAll(() => {
    if (scores.length) console.log(`Lighthouse scores\n${table()}`);
  });
});
