/**
 * Client JavaScript a page ships, raw and gzipped: inline module scripts plus every <script src> and modulepreload
 * of the built HTML, following the static imports of those files. Compares a page with a chart and one without.
 *
 *   npm run bench:js                      # reads dist/ (after npm run build)
 *   npm run bench:js -- dist-test crimes/telecom-network-fraud/ terms/
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

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
const entityPages = pages(dist).filter((p) => p.split('/').length === 3).sort();
const chartPage = chartArg ?? entityPages.find(hasChart);
const plainPage = plainArg ?? entityPages.find((p) => !hasChart(p));
if (!chartPage || !plainPage) {
  console.error('Could not find both a page with a chart and one without; pass them as arguments.');
  process.exit(1);
}

/** A URL path such as /fraud-kb/_astro/x.js → the file under dist, whatever the base path. */
function fileOf(urlPath: string): string | undefined {
  const parts = urlPath.split(/[?#]/)[0]!.split('/').filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const candidate = join(dist, ...parts.slice(i));
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

interface Piece {
  name: string;
  raw: number;
  gzip: number;
}

function measure(page: string): Piece[] {
  const doc = html(page);
  const pieces: Piece[] = [];
  const seen = new Set<string>();
  const add = (name: string, code: string) => pieces.push({ name, raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length });
  const follow = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    add(relative(dist, file), code);
    // Static imports only: dynamic import() loads on demand and is not shipped with the page.
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.m?js)["']/g)) {
      const next = m[1]!.startsWith('.') ? join(dirname(file), m[1]!) : fileOf(m[1]!);
      if (next && existsSync(next)) follow(next);
    }
  };
  for (const m of doc.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    if (/type="(application\/(ld\+)?json|importmap)"/.test(attrs)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) {
      const file = fileOf(src);
      if (file) follow(file);
    } else if (m[2]!.trim()) add('(inline script)', m[2]!);
  }
  for (const m of doc.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
    const file = href && fileOf(href);
    if (file) follow(file);
  }
  return pieces;
}

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
