/**
 * Scale benchmark (prints figures; it is not a test). For each size N (default 1,000 and 5,000) it generates a
 * seeded corpus of N entities, the real content/ plus generated entries (scripts/bench-scale-corpus.ts), builds it under
 * /fraud-kb/ with its own content, cache and output folders, and reports: pages, `astro build` wall time and the
 * share of it Pagefind took, Pagefind alone (Node API over the same output), peak memory, index size, and the
 * bytes a cold query fetches in Debian's Chromium.
 *
 *   npm run bench:scale                      # N = 1000 and 5000
 *   npm run bench:scale -- --sizes 200,1000  # other sizes; --keep keeps the temp folders; --port 4371; --seed n
 *   BENCH_VERBOSE=1 npm run bench:scale      # also list the files each cold query fetched
 *
 * Each size is built twice: cold (empty cache, as on a fresh clone), then again with the cache the first build left
 * (node_modules/.astro's counterpart: content modules and the preview and chart images), as a rebuild is.
 *
 * It builds from a private copy of the project, so it can run while other builds use the checkout. Wall times
 * stretch when the machine is busy; CPU time and the load average are printed so that a slow run can be told apart.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { launchBrowser } from '../tests/support/browser.ts';
import { meterFetches } from '../tests/support/fetch-meter.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { typeInHeader } from '../tests/support/search.ts';
import { benchOptions, measureBuild, projectCopy } from './bench-build.ts';
import { generateCorpus, type Corpus } from './bench-scale-corpus.ts';

const BASE = '/fraud-kb/';
const opts = benchOptions({ port: { type: 'string', default: process.env.BENCH_PORT ?? '4371' } });
const PORT = Number(opts.values.port);

interface Result {
  n: number;
  entities: number;
  pages: number;
  buildS: number;
  buildCpuS?: number;
  /** The same build again, with the cache the first one left. */
  warmS: number;
  warmCpuS?: number;
  load: string;
  slowest: { path: string; ms: number }[];
  pagefindInBuildS?: number;
  pagefindAloneS: number;
  peakRssMb: number;
  treeRssMb: number;
  indexBytes: number;
  indexFiles: number;
  queries: {
    query: string;
    lang: string;
    rank: number;
    ms: number;
    requests: number;
    raw: number;
    gzip: number;
    parts: Record<string, number>;
  }[];
}

const files = (root: string, dir = root): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(root, full) : [relative(root, full)];
  });

/** Pagefind alone over a finished build, written to another folder, as the integration configures it. */
async function pagefindAlone(site: string, outputPath: string): Promise<number> {
  const start = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(added.errors.join('; '));
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  const s = (performance.now() - start) / 1000;
  await pagefind.close();
  return s;
}

/**
 * A first query in a fresh browser context, typed into the header search box as a reader would: the names index
 * answers a name, Pagefind's full text anything else. Returns what it fetched until the network was quiet.
 */
async function coldQueries(out: string, probes: Corpus['probes'], landing: string) {
  const server = await serveStatic(out, BASE, PORT);
  const browser = await launchBrowser();
  try {
    const results: Result['queries'] = [];
    for (const probe of probes) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${PORT}${BASE}${landing.slice(1)}`);
      await page.waitForLoadState('networkidle');
      const meter = meterFetches(page);
      const found = await typeInHeader(page, BASE, probe.query, probe.path);
      await meter.settled();
      const { paths, raw, gzip } = meter.files(out, BASE);
      const fetched = meter.fetched;
      if (process.env.BENCH_VERBOSE) console.log(`  fetched for "${probe.query}":\n    ${fetched.join('\n    ')}`);
      const parts: Record<string, number> = {};
      for (const f of paths) {
        const part = /pf_fragment/.test(f)
          ? 'fragments'
          : /pf_index/.test(f)
            ? 'index chunks'
            : /search\/names\//.test(f)
              ? 'names index'
              : /_astro\//.test(f)
                ? 'site search script'
                : /\.(js|wasm)$|wasm\./.test(f)
                  ? 'Pagefind JS + WASM'
                  : 'Pagefind entry + meta';
        parts[part] = (parts[part] ?? 0) + gzipSync(readFileSync(f)).length;
      }
      results.push({
        query: probe.query,
        lang: probe.lang,
        rank: probe.path ? found.urls.indexOf(`${BASE}${probe.path.slice(1)}`) + 1 : 0,
        ms: found.ms,
        requests: fetched.length,
        raw,
        gzip,
        parts,
      });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

const root = mkdtempSync(join(tmpdir(), 'kb-bench-scale-'));
const results: Result[] = [];
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(0);
const s = (x: number | undefined) => (x === undefined ? 'n/a' : x.toFixed(1));
try {
  const project = projectCopy(join(root, 'project'));
  for (const n of opts.sizes) {
    const dir = join(root, `n${n}`);
    const content = join(dir, 'content');
    const corpus = generateCorpus(content, n, { seed: opts.seed });
    const generated = Object.values(corpus.counts).reduce((a, b) => a + b, 0);
    console.log(
      `\nN = ${n}: ${corpus.real} real entries + ${generated} generated (${Object.entries(corpus.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}) in ${content}`,
    );
    console.log(`Building (astro build, SITE_BASE=${BASE}) …`);
    const out = join(dir, 'out');
    const loadBefore = loadavg()[0]!.toFixed(1);
    const env = { KB_CONTENT_DIR: content, KB_CACHE_DIR: join(dir, 'cache'), SITE_BASE: BASE };
    const b = await measureBuild(project, out, env, join(dir, 'build.log'));
    console.log(`Built ${b.pages} pages in ${b.wall.toFixed(1)} s; building again with its cache …`);
    const warm = await measureBuild(project, join(dir, 'out-warm'), env, join(dir, 'build-warm.log'));
    rmSync(join(dir, 'out-warm'), { recursive: true, force: true });
    console.log(`Rebuilt in ${warm.wall.toFixed(1)} s; running Pagefind alone …`);
    const alone = await pagefindAlone(out, join(dir, 'pagefind-alone'));
    const index = files(join(out, 'pagefind')).filter((f) => !/-ui\.(js|css)$/.test(f));
    const landing = `/terms/${readdirSync(join(content, 'terms'))[0]!.replace(/\.mdx$/, '')}/`;
    const queries = await coldQueries(out, corpus.probes, landing);
    const r: Result = {
      n,
      entities: corpus.real + generated,
      pages: b.pages,
      buildS: b.wall,
      buildCpuS: b.cpuS,
      warmS: warm.wall,
      warmCpuS: warm.cpuS,
      // Other work on the machine stretches wall times (not CPU time or memory): the load average shows how much.
      load: `${loadBefore} before, ${loadavg()[0]!.toFixed(1)} after (${availableParallelism()} CPUs)`,
      slowest: b.slowest,
      pagefindInBuildS: b.pagefindS,
      pagefindAloneS: alone,
      peakRssMb: b.peakKb / 1024,
      treeRssMb: b.treeKb / 1024,
      indexBytes: index.reduce((a, f) => a + statSync(join(out, 'pagefind', f)).size, 0),
      indexFiles: index.length,
      queries,
    };
    results.push(r);
    const rows: [string, string][] = [
      ['Entities (real + generated)', `${r.entities} (${corpus.real} + ${generated})`],
      ['Pages indexed', `${r.pages}`],
      ['astro build, wall time (includes Pagefind)', `${s(r.buildS)} s`],
      ['  CPU time (user + system, every process of the build)', `${s(r.buildCpuS)} s`],
      ['  of which the Pagefind step (from log line times)', `${s(r.pagefindInBuildS)} s`],
      ['astro build again, with its cache: wall (CPU)', `${s(r.warmS)} s (${s(r.warmCpuS)} s)`],
      ['  load average (1 min)', r.load],
      ['  slowest pages to render', r.slowest.map((p) => `${p.path} ${(p.ms / 1000).toFixed(2)} s`).join(', ')],
      ['Pagefind alone (Node API, same output)', `${s(r.pagefindAloneS)} s`],
      ['Peak RSS, largest process (astro)', `${r.peakRssMb.toFixed(0)} MB`],
      ['Peak RSS, whole process tree (sampled)', `${r.treeRssMb.toFixed(0)} MB`],
      ['Index size (pagefind/, without UI bundles)', `${mb(r.indexBytes)} MB, ${r.indexFiles} files`],
      ...r.queries.map((q): [string, string] => [
        `Cold query "${q.query}"`,
        `${kb(q.raw)} KB raw, ${kb(q.gzip)} KB gzip, ${q.requests} requests, ${q.ms.toFixed(0)} ms, ${q.lang === 'text' ? 'full text' : `target at rank ${q.rank || '>5'}`}`,
      ]),
      ...r.queries.map((q): [string, string] => [
        `  gzip bytes by part ("${q.query}")`,
        Object.entries(q.parts)
          .map(([k, v]) => `${k} ${kb(v)} KB`)
          .join(', '),
      ]),
    ];
    for (const [k, v] of rows) console.log(`  ${k.padEnd(52)} ${v}`);
  }

  console.log('\nSummary');
  const head = [
    'entities',
    'pages',
    'build (s)',
    'build CPU (s)',
    'Pagefind in build (s)',
    'Pagefind alone (s)',
    'rebuild (s)',
    'peak RSS (MB)',
    'index (MB)',
    'cold name en (KB gz)',
    'cold name zh (KB gz)',
    'cold full text (KB gz)',
  ];
  const body = results.map((r) => [
    r.entities.toLocaleString('en-US'),
    r.pages.toLocaleString('en-US'),
    s(r.buildS),
    s(r.buildCpuS),
    s(r.pagefindInBuildS),
    s(r.pagefindAloneS),
    s(r.warmS),
    r.peakRssMb.toFixed(0),
    mb(r.indexBytes),
    kb(r.queries.find((q) => q.lang === 'en')?.gzip ?? 0),
    kb(r.queries.find((q) => q.lang === 'zh')?.gzip ?? 0),
    kb(r.queries.find((q) => q.lang === 'text')?.gzip ?? 0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  for (const row of [head, ...body]) console.log(`  ${row.map((c, i) => c.padStart(widths[i]!)).join('  ')}`);

  console.log('\nFor the README (the real content plus synthetic ~500-word entries, built under /fraud-kb/):\n');
  console.log(
    '| entities | pages | astro build, wall (CPU) | of which Pagefind | rebuild, wall (CPU) | peak RSS | Pagefind index | cold name query, gzip (en / zh) | cold full-text query, gzip |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const gz = (lang: string) => kb(r.queries.find((q) => q.lang === lang)?.gzip ?? 0);
    console.log(
      `| ${r.entities.toLocaleString('en-US')} | ${r.pages.toLocaleString('en-US')} | ${s(r.buildS)} s (${s(r.buildCpuS)} s) | ${s(r.pagefindInBuildS)} s | ${s(r.warmS)} s (${s(r.warmCpuS)} s) | ${(r.peakRssMb / 1024).toFixed(1)} GB | ${mb(r.indexBytes)} MB, ${r.indexFiles.toLocaleString('en-US')} files | ${gz('en')} / ${gz('zh')} KB | ${gz('text')} KB |`,
    );
  }
} finally {
  if (opts.keep) console.log(`\nKept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
