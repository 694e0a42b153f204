/**
 * Search benchmark (prints figures; it is not a test). Builds the site under /fraud-kb/ into a scratch folder (or
 * measures an existing build: `npm run bench:search -- --dist dist-test`), serves it, and in Debian's Chromium:
 *
 * 1. runs every query of the evaluation set (tests/search-eval.json) through the search page and prints, for each
 *    category and each half (tune / held-out), top-1, top-3, mean reciprocal rank and the zero-result rate;
 * 2. times cold and warm queries in the header box, counting the bytes each fetches, raw and as gzip would send
 *    them (GitHub Pages compresses).
 *
 *   --misses tune       also list the tuning half's misses (never tune on the held-out half)
 *   --half tune         evaluate one half only
 *   --eval-only         skip the timings; --timings-only skips the evaluation
 *   --lang zh           time the queries from the Chinese pages (/zh/…), which search the Chinese pages
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { builtFiles } from '../tests/support/site.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { meterFetches } from '../tests/support/fetch-meter.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { typeInHeader } from '../tests/support/search.ts';

const BASE = '/fraud-kb/';
/** The pages the timings start from and expect: English (no prefix) or Chinese (`zh/`). */
const LANG_PREFIX = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'zh' ? 'zh/' : '';
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
let dist = arg('--dist') ?? '';
if (!dist) {
  dist = mkdtempSync(join(tmpdir(), 'kb-bench-'));
  console.log(`Building into ${dist} …`);
  execFileSync('npx', ['astro', 'build', '--outDir', dist], { env: { ...process.env, SITE_BASE: BASE }, stdio: 'ignore' });
}

interface EvalQuery {
  q: string;
  first: string;
  category: string;
  half: 'tune' | 'held-out';
}
const { queries } = JSON.parse(readFileSync('tests/search-eval.json', 'utf8')) as { queries: EvalQuery[] };

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(5);
const server = await serveStatic(dist, BASE, PORT);
const browser = await launchBrowser();
const origin = `http://127.0.0.1:${PORT}`;

/** The search page's result links for a query, as paths without the base (with any #anchor). */
async function results(page: Page, q: string): Promise<string[]> {
  await page.goto(`${origin}${BASE}search/?q=${encodeURIComponent(q)}`);
  await page
    .locator('#search-status')
    .filter({ hasText: /result/ })
    .waitFor();
  return page
    .locator('#search-results .result-title')
    .evaluateAll((as, base) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!.slice(base.length - 1)), BASE);
}

/** Where the expected page comes (1-based; 0 when absent). An expected anchor must match; otherwise the page is enough. */
const rankOf = (found: string[], first: string) =>
  found.findIndex((href) => (first.includes('#') ? href === first : href.split('#')[0] === first)) + 1;

async function evaluate() {
  const page = await (await browser.newContext()).newPage();
  const scored: (EvalQuery & { rank: number; found: string[] })[] = [];
  for (const query of queries.filter((q) => !arg('--half') || q.half === arg('--half'))) {
    const found = await results(page, query.q);
    scored.push({ ...query, rank: rankOf(found, query.first), found });
  }
  const categories = [...new Set(queries.map((q) => q.category))];
  const line = (label: string, rows: typeof scored) => {
    const n = rows.length;
    const top1 = rows.filter((r) => r.rank === 1).length / n;
    const top3 = rows.filter((r) => r.rank >= 1 && r.rank <= 3).length / n;
    const mrr = rows.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / n;
    const zero = rows.filter((r) => r.found.length === 0).length / n;
    return `${label.padEnd(26)} ${String(n).padStart(4)} ${pct(top1)} ${pct(top3)}  ${mrr.toFixed(3)} ${pct(zero)}`;
  };
  console.log(`\nEvaluation: ${queries.length} queries (tests/search-eval.json), first result on the search page`);
  console.log(
    `${'category · half'.padEnd(26)} ${'n'.padStart(4)} ${'top-1'.padStart(5)} ${'top-3'.padStart(5)}  ${'MRR'.padEnd(5)} ${'zero'.padStart(5)}`,
  );
  for (const half of (['tune', 'held-out'] as const).filter((h) => scored.some((r) => r.half === h))) {
    for (const c of categories)
      console.log(
        line(
          `${c} · ${half}`,
          scored.filter((r) => r.category === c && r.half === half),
        ),
      );
    console.log(
      line(
        `all · ${half}`,
        scored.filter((r) => r.half === half),
      ),
    );
  }
  console.log(line('all', scored));
  const missesOf = arg('--misses');
  if (missesOf) {
    console.log(`\nMisses (${missesOf}):`);
    for (const r of scored.filter((s) => s.half === missesOf && s.rank !== 1)) {
      console.log(
        `  [${r.category}] “${r.q}” → want ${r.first}, rank ${r.rank || '—'}; got ${r.found.slice(0, 3).join(', ') || 'nothing'}`,
      );
    }
  }
  await page.context().close();
}

async function timings() {
  const gz = (path: string) => gzipSync(readFileSync(path)).length;
  const index = builtFiles(dist).filter((f) => f.startsWith(`${LANG_PREFIX}pagefind/`));
  const names = builtFiles(dist).filter((f) => f.startsWith(`${LANG_PREFIX}search/names/`));
  // Pagefind also writes its ready-made UI bundles, which this site never loads; they are counted apart.
  const isUi = (f: string) => /-ui\.(js|css)$/.test(f);
  const sum = (files: string[], size: (path: string) => number) => files.reduce((n, f) => n + size(join(dist, f)), 0);
  const data = index.filter((f) => !isUi(f));

  /** A fresh browser on an entity page; types queries into the header box and waits for the expected first row. */
  const session = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const meter = meterFetches(page);
    await page.goto(`${origin}${BASE}${LANG_PREFIX}crimes/telecom-network-fraud/`);
    await page.waitForLoadState('networkidle');
    return {
      close: () => context.close(),
      /** Waits for the row linking to `expectPath`, or for any row when none is given (a full-text query). */
      async measure(query: string, expectPath?: string) {
        meter.reset();
        await page.locator('#site-search-q').fill('');
        const { ms } = await typeInHeader(page, BASE, query, expectPath);
        await meter.settled();
        return { ms, ...meter.files(dist, BASE) };
      },
    };
  };
  const named = await session();
  const cold = await named.measure('card dealer', `/${LANG_PREFIX}terms/card-dealer/`);
  const warm = await named.measure('断卡', `/${LANG_PREFIX}campaigns/card-breaking/`);
  await named.close();
  const text = await session();
  const coldText = await text.measure('telecom employee leaking personal data');
  const warmText = await text.measure('frozen fraud money returned to victims');
  await text.close();
  const fetched = (m: typeof cold) => `${kb(m.raw)} raw, ${kb(m.gzip)} gzip, ${m.paths.length} requests`;
  const rows: [string, string][] = [
    [
      'Pagefind index (without unused UI bundles)',
      `${kb(sum(data, (p) => readFileSync(p).length))} raw, ${kb(sum(data, gz))} gzip, ${data.length} files`,
    ],
    [
      'Names index (shards + articles)',
      `${kb(sum(names, (p) => readFileSync(p).length))} raw, ${kb(sum(names, gz))} gzip, ${names.length} files`,
    ],
    ['Cold name query "card dealer": first result', `${cold.ms.toFixed(0)} ms`],
    ['  bytes fetched', fetched(cold)],
    ['Warm name query "断卡": first result', `${warm.ms.toFixed(0)} ms`],
    ['  bytes fetched', fetched(warm)],
    ['Cold full-text query (no name matches)', `${coldText.ms.toFixed(0)} ms (includes the 150 ms debounce)`],
    ['  bytes fetched', fetched(coldText)],
    ['Warm full-text query', `${warmText.ms.toFixed(0)} ms (includes the 150 ms debounce)`],
    ['  bytes fetched', fetched(warmText)],
  ];
  console.log(`\nTimings (header search box on the ${LANG_PREFIX ? 'Chinese' : 'English'} pages, Debian Chromium, local server)`);
  for (const [k, v] of rows) console.log(`${k.padEnd(46)} ${v}`);
}

try {
  if (!args.includes('--timings-only')) await evaluate();
  if (!args.includes('--eval-only')) await timings();
} finally {
  await browser.close();
  server.close();
}
