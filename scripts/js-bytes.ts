/**
 * Client JavaScript a page ships, raw and gzipped: inline module scripts plus every <script src> and modulepreload
 * of the built HTML, following the static imports of those files. Compares a page with a chart and one without.
 *
 *   npm run bench:js                      # reads dist/ (after npm run build)
 *   npm run bench:js -- dist-test crimes/telecom-network-fraud/ terms/
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageScripts } from '../tests/support/page-weight.ts';

const [dist = process.env.TEST_DIST ?? 'dist', chartArg, plainArg] = process.argv.slice(2);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/ has no build. Run \`npm run build\` first, or pass the build folder.`);
  process.exit(1);
}

const pages = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? (name === 'pagefind' ? [] : pages(full)) : name === 'index.html' ? [relative(dist, full)] : [];
  });
const html = (page: string) => readFileSync(join(dist, page.endsWith('.html') ? page : join(page, 'index.html')), 'utf8');
const hasChart = (page: string) => html(page).includes('class="chart-frame"');
// Entity pages (kind/id/) make the fairest pair: same layout, with and without a chart.
const entityPages = pages(dist)
  .filter((p) => p.split('/').length === 3)
  .sort();
const chartPage = chartArg ?? entityPages.find(hasChart);
const plainPage = plainArg ?? entityPages.find((p) => !hasChart(p));
if (!chartPage || !plainPage) {
  console.error('Could not find both a page with a chart and one without; pass them as arguments.');
  process.exit(1);
}

const measure = (page: string) => pageScripts(dist, page.endsWith('.html') ? page : join(page, 'index.html'));
const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`.padStart(10);
const report = (label: string, page: string) => {
  const pieces = measure(page);
  const raw = pieces.reduce((s, p) => s + p.raw, 0);
  const gzip = pieces.reduce((s, p) => s + p.gzip, 0);
  console.log(`\n${label}: ${page}`);
  for (const p of pieces) console.log(`  ${kb(p.raw)} raw ${kb(p.gzip)} gzip  ${p.name}`);
  console.log(`  ${kb(raw)} raw ${kb(gzip)} gzip  total (${raw} / ${gzip} bytes)`);
  return { raw, gzip };
};

console.log(`Client JavaScript in ${dist}/ (gzip -9 per file)`);
const withChart = report('Page with a chart', chartPage);
const without = report('Page without a chart', plainPage);
console.log(`\nThe chart adds ${withChart.raw - without.raw} bytes raw, ${withChart.gzip - without.gzip} bytes gzipped.`);
