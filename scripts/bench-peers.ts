/**
 * Peer benchmark (prints figures; it is not a test). Builds the scale corpus (scripts/bench-scale-corpus.ts, the same
 * seed as bench:scale) three ways, one build at a time, and prints each system's figures and this site's ratios to
 * the other two:
 *
 * - bare: Astro + MDX + Pagefind, one layout, each entity's MDX body with the site's components stubbed;
 * - Starlight: the same pages as docs, with a one-link sidebar;
 * - this site, as `npm run build` builds it (preview cards, charts, citations, Pagefind and its names index).
 *
 * The peers live in bench/peers/ with their own package.json, so they never enter the site's dependencies; the
 * script installs them there (npm ci) the first time.
 *
 *   npm run bench:peers                                # N = 1000 and 5000, one cold build of each system per size
 *   npm run bench:peers -- --sizes 1000 --runs 3       # the median of 3 cold builds, taken in turns
 *   npm run bench:peers -- --warm                      # also rebuild each with the cache its cold build left
 *
 * A cold build starts with an empty cache (as on a fresh clone). Wall times stretch when the machine is busy; the
 * load average is printed, and CPU time (every process of the build, sampled from /proc) is the steadier figure.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { median } from 'd3-array';
import { parse } from 'yaml';
import { benchOptions, measureBuild, projectCopy, type BuildRun } from './bench-build.ts';
import { generateCorpus } from './bench-scale-corpus.ts';

const BASE = '/fraud-kb/';
const PEERS = 'bench/peers';
const opts = benchOptions({ runs: { type: 'string', default: '1' }, warm: { type: 'boolean', default: false } });
const RUNS = Math.max(1, Number(opts.values.runs));
const WARM = opts.values.warm === true;

type System = 'bare' | 'starlight' | 'site';
const SYSTEMS: System[] = ['bare', 'starlight', 'site'];
const LABEL: Record<System, string> = { bare: 'bare Astro + MDX + Pagefind', starlight: 'Starlight', site: 'this site' };
/** The site's components that entity bodies use; the peers get stubs of them (bench/peers/components/). */
const STUBS = ['Cite', 'Zh', 'Chart'];

/**
 * The corpus as peer pages, one per entry, under `docs/<kind>/<id>.mdx`, with its name as title and its summary as
 * description. An MDX entry keeps its body, with imports of the stubbed components it uses; a YAML entry (datasets,
 * official documents) becomes its summary, its figures as a table and its articles as sections, what the site's page
 * for it shows.
 */
function peerDocs(content: string, docs: string): number {
  rmSync(docs, { recursive: true, force: true });
  let n = 0;
  for (const kind of readdirSync(content)) {
    if (!statSync(join(content, kind)).isDirectory()) continue;
    mkdirSync(join(docs, kind), { recursive: true });
    for (const file of readdirSync(join(content, kind)).filter((f) => /\.(mdx|yaml)$/.test(f))) {
      const text = readFileSync(join(content, kind, file), 'utf8');
      const yaml = file.endsWith('.yaml');
      const [, front, ...rest] = yaml ? ['', text] : text.split(/^---$/m);
      const fm = parse(front!) as Entry;
      const body = yaml ? yamlBody(fm) : rest.join('---');
      const imports = STUBS.filter((c) => body.includes(`<${c}`)).map((c) => `import ${c} from '../../../components/${c}.astro';`);
      const head = { title: fm.name ?? fm.title ?? file, ...(fm.summary ? { description: fm.summary } : {}) };
      writeFileSync(
        join(docs, kind, file.replace(/\.yaml$/, '.mdx')),
        `---\n${JSON.stringify(head, null, 1)}\n---\n${imports.join('\n')}\n${body}`,
      );
      n++;
    }
  }
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Bench\n---\nThe scale corpus.\n');
  return n;
}

interface Entry {
  name?: string;
  title?: string;
  summary?: string;
  points?: { label?: string; period?: string; printed?: string; value?: number }[];
  articles?: Record<string, unknown>[];
}

/** Markdown for a YAML entry; braces and angle brackets are escaped, since MDX would read them as code or tags. */
function yamlBody(fm: Entry): string {
  const md = (v: unknown) =>
    String(v ?? '')
      .replace(/[{}<>|]/g, (c) => `\\${c}`)
      .replace(/\n+/g, ' ');
  const parts = [md(fm.summary)];
  if (fm.points?.length) {
    const rows = fm.points.map((p) => `| ${md(p.period)} | ${md(p.label)} | ${md(p.printed)} | ${md(p.value)} |`);
    parts.push(['| period | figure | printed | value |', '|---|---|---|---|', ...rows].join('\n'));
  }
  for (const a of fm.articles ?? []) {
    parts.push(`## ${md(a.labelZh ?? a.number ?? a.id)}`);
    for (const v of Object.values(a)) if (typeof v === 'string' && v.length > 40) parts.push(md(v));
  }
  return `${parts.join('\n\n')}\n`;
}

if (!existsSync(join(PEERS, 'node_modules/.bin/astro'))) {
  console.log(`Installing the peers in ${PEERS} (npm ci) …`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEERS, stdio: 'inherit' });
}

const root = mkdtempSync(join(tmpdir(), 'kb-bench-peers-'));
// The peers' copies sit inside bench/peers/, where Node finds their node_modules by looking up the tree: Starlight's
// styles fail to build through a symlinked node_modules.
const work = join(PEERS, '.work', basename(root));
const s1 = (x: number | undefined) => (x === undefined ? 'n/a' : x.toFixed(1));
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const table: string[] = [];
try {
  const projects: Record<System, string> = {
    site: projectCopy(join(root, 'site')),
    bare: projectCopy(join(work, 'bare'), { from: join(PEERS, 'bare'), linkModules: false }),
    starlight: projectCopy(join(work, 'starlight'), { from: join(PEERS, 'starlight'), linkModules: false }),
  };
  for (const peer of ['bare', 'starlight'] as const)
    cpSync(join(PEERS, 'components'), join(projects[peer], 'src/components'), { recursive: true });

  for (const n of opts.sizes) {
    const dir = join(root, `n${n}`);
    const content = join(dir, 'content');
    const corpus = generateCorpus(content, n, { seed: opts.seed });
    const entities = corpus.real + Object.values(corpus.counts).reduce((a, b) => a + b, 0);
    // The same pages for both peers: written once, copied to the other.
    const docs = (peer: 'bare' | 'starlight') => join(projects[peer], 'src/content/docs');
    const pagesWritten = peerDocs(content, docs('bare'));
    rmSync(docs('starlight'), { recursive: true, force: true });
    cpSync(docs('bare'), docs('starlight'), { recursive: true });
    console.log(`\nN = ${n}: ${entities} entities (${pagesWritten} entries as peer pages); ${RUNS} cold build(s) of each, in turns`);

    const runs: Record<System, BuildRun[]> = { bare: [], starlight: [], site: [] };
    const warm: Partial<Record<System, BuildRun>> = {};
    const loads: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const system of SYSTEMS) {
        const cache = join(dir, `cache-${system}`);
        const out = join(dir, `out-${system}`);
        rmSync(cache, { recursive: true, force: true });
        rmSync(out, { recursive: true, force: true });
        // Astro's own folder in the project (content store, types) is cache too.
        rmSync(join(projects[system], '.astro'), { recursive: true, force: true });
        const env = { SITE_BASE: BASE, KB_CONTENT_DIR: content, KB_CACHE_DIR: cache, PEER_CACHE_DIR: cache };
        const load = loadavg()[0]!.toFixed(1);
        const run = await measureBuild(projects[system], out, env, join(dir, `${system}-${i}.log`));
        runs[system].push(run);
        loads.push(load);
        console.log(
          `  ${LABEL[system].padEnd(28)} run ${i + 1}: ${s1(run.wall)} s wall, ${s1(run.cpuS)} s CPU, rendering ${s1(run.renderS)} s, ` +
            `peak RSS ${(run.peakKb / 1024).toFixed(0)} MB (tree ${(run.treeKb / 1024).toFixed(0)} MB), ${run.pages} pages indexed, load ${load}`,
        );
        if (WARM && i === RUNS - 1) {
          warm[system] = await measureBuild(projects[system], join(dir, `out-${system}-warm`), env, join(dir, `${system}-warm.log`));
          console.log(`  ${''.padEnd(28)} rebuilt with its cache: ${s1(warm[system]!.wall)} s wall, ${s1(warm[system]!.cpuS)} s CPU`);
        }
      }
    }
    const med = (system: System, key: 'wall' | 'cpuS' | 'renderS' | 'peakKb' | 'treeKb') => median(runs[system], (r) => r[key]) ?? NaN;
    console.log(`\n  Medians at N = ${n} (load ${loads.join(', ')}; ${availableParallelism()} CPUs):`);
    for (const system of SYSTEMS) {
      console.log(
        `    ${LABEL[system].padEnd(28)} wall ${s1(med(system, 'wall'))} s, CPU ${s1(med(system, 'cpuS'))} s, rendering ${s1(med(system, 'renderS'))} s, peak RSS ${(med(system, 'peakKb') / 1024).toFixed(0)} MB`,
      );
    }
    for (const other of ['starlight', 'bare'] as const) {
      console.log(
        `    this site ÷ ${LABEL[other]}: wall ${ratio(med('site', 'wall'), med(other, 'wall'))}, CPU ${ratio(med('site', 'cpuS'), med(other, 'cpuS'))}, ` +
          `peak RSS ${ratio(med('site', 'peakKb'), med(other, 'peakKb'))}`,
      );
    }
    const cell = (key: 'wall' | 'cpuS' | 'renderS') => SYSTEMS.map((system) => s1(med(system, key))).join(' / ');
    const rss = SYSTEMS.map((system) => (med(system, 'peakKb') / 1024 ** 2).toFixed(1)).join(' / ');
    const warmWall = (system: System) => warm[system]?.wall ?? NaN;
    const warmCell = WARM
      ? ` | ${SYSTEMS.map((system) => s1(warm[system]?.wall)).join(' / ')} (${ratio(warmWall('site'), warmWall('starlight'))} / ${ratio(warmWall('site'), warmWall('bare'))})`
      : '';
    table.push(
      `| ${entities.toLocaleString('en-US')} | ${cell('wall')} | ${cell('cpuS')} | ${cell('renderS')} | ${rss}${warmCell} | ` +
        `${ratio(med('site', 'wall'), med('starlight', 'wall'))} / ${ratio(med('site', 'wall'), med('bare', 'wall'))} | ` +
        `${ratio(med('site', 'peakKb'), med('bare', 'peakKb'))} | ${loads.join(', ')} |`,
    );
  }
  console.log(`\nFor the README (median of ${RUNS} cold build(s) each; bare / Starlight / this site):\n`);
  console.log(
    `| entities | build wall s | build CPU s | page rendering s | peak RSS GB${WARM ? ' | rebuild with cache, wall s (this site ÷ Starlight / ÷ bare)' : ''} | this site ÷ Starlight / ÷ bare, wall | peak RSS ÷ bare | load (1 min) before each build |`,
  );
  console.log(`|---|---|---|---|---|${WARM ? '---|' : ''}---|---|---|`);
  for (const row of table) console.log(row);
} finally {
  if (opts.keep) console.log(`\nKept ${root} and ${work}`);
  else {
    for (const d of [root, work]) rmSync(d, { recursive: true, force: true });
    if (readdirSync(dirname(work)).length === 0) rmSync(dirname(work), { recursive: true });
  }
}
