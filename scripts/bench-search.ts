/**
 * Search benchmark (prints figures; it is not a test). Builds the site under /fraud-kb/ into a scratch folder
 * (or measures an existing build: `npm run bench:search -- --dist dist-test`), serves it, and in Debian's
 * Chromium times a cold query (empty cache) and a warm one, counting the bytes each fetches.
 * Bytes are as served (uncompressed) and as gzip would send them (GitHub Pages compresses).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtFiles } from '../tests/support/site.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { meterFetches } from '../tests/support/fetch-meter.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const BASE = '/fraud-kb/';
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const argDist = process.argv.indexOf('--dist');
let dist = argDist > 0 ? process.argv[argDist + 1]! : '';
if (!dist) {
  dist = mkdtempSync(join(tmpdir(), 'kb-bench-'));
  console.log(`Building into ${dist} …`);
  execFileSync('npx', ['astro', 'build', '--outDir', dist], { env: { ...process.env, SITE_BASE: BASE }, stdio: 'ignore' });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (path: string) => gzipSync(readFileSync(path)).length;
const index = builtFiles(dist).filter((f) => f.startsWith('pagefind/'));
// Pagefind also writes its ready-made UI bundles, which this site never loads; they are counted apart.
const isUi = (f: string) => /-ui\.(js|css)$/.test(f);
const sum = (files: string[], size: (path: string) => number) => files.reduce((n, f) => n + size(join(dist, f)), 0);
const data = index.filter((f) => !isUi(f));

const server = await serveStatic(dist, BASE, PORT);
const browser = await launchBrowser();
const context = await browser.newContext();
const page = await context.newPage();
const meter = meterFetches(page);
await page.goto(`http://127.0.0.1:${PORT}${BASE}crimes/telecom-network-fraud/`);
await page.waitForLoadState('networkidle');

/** Types a query into the header box and waits for its first result; returns time and what was fetched meanwhile. */
async function measure(query: string, expectPath: string) {
  meter.reset();
  await page.locator('#site-search-q').fill('');
  const start = performance.now();
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  await page
    .locator(`.site-search .result-title[href="${BASE}${expectPath.slice(1)}"]`)
    .first()
    .waitFor();
  const ms = performance.now() - start;
  await meter.settled();
  const { paths, raw, gzip } = meter.files(dist, BASE);
  return { ms, requests: paths.length, raw, gzip };
}

const cold = await measure('card dealer', '/terms/card-dealer/');
const warm = await measure('断卡', '/campaigns/card-breaking/');
const rows: [string, string][] = [
  [
    'Index size (pagefind/, without unused UI bundles)',
    `${kb(sum(data, (p) => readFileSync(p).length))} raw, ${kb(sum(data, gz))} gzip, ${data.length} files`,
  ],
  ['Unused Pagefind UI bundles', `${kb(sum(index.filter(isUi), (p) => readFileSync(p).length))} raw`],
  ['Cold query "card dealer": time to first result', `${cold.ms.toFixed(0)} ms (includes the 150 ms debounce)`],
  ['Cold query: bytes fetched', `${kb(cold.raw)} raw, ${kb(cold.gzip)} gzip, ${cold.requests} requests`],
  ['Warm query "断卡": time to first result', `${warm.ms.toFixed(0)} ms`],
  ['Warm query: bytes fetched', `${kb(warm.raw)} raw, ${kb(warm.gzip)} gzip, ${warm.requests} requests`],
];
for (const [k, v] of rows) console.log(`${k.padEnd(52)} ${v}`);
await browser.close();
server.close();
