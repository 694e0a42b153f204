/**
 * Measures one `astro build` as a whole: wall time, the CPU time and peak memory of every process it starts (the
 * Pagefind service outlives Node, so /usr/bin/time alone misses it), and the steps its log shows. Shared by
 * scripts/bench-scale.ts and scripts/bench-peers.ts, so the site and its peers are measured alike.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters, type ParseArgsOptionsConfig } from 'node:util';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Processes descending from `pid` (scans /proc; there are few processes on a build machine). */
function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited while we looked
    }
  }
  const out = [pid];
  for (let i = 0; i < out.length; i++) for (const [p, pp] of parent) if (pp === out[i]) out.push(p);
  return out;
}

/** Clock ticks per second, the unit of /proc/<pid>/stat's CPU times. */
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** The CPU time a process has used itself (user + system), in clock ticks; 0 once it has gone. */
function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat(5))
  } catch {
    return 0;
  }
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+)`, 'm'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export interface BuildRun {
  wall: number;
  /** Pages Pagefind reported indexing (0 if it logged none). */
  pages: number;
  /** The Pagefind step, from the times of the log lines around it. */
  pagefindS?: number;
  /** Astro's page-rendering step: from "generating static routes" to the "Completed in" line after it. */
  renderS?: number;
  peakKb: number;
  treeKb: number;
  cpuS: number;
  slowest: { path: string; ms: number }[];
}

/**
 * Runs `astro build --outDir <out>` in `cwd` with `env` added, timing it and each stdout line, and sampling the CPU
 * time and memory of its whole process tree from /proc. Throws with the log's tail if the build fails.
 */
export async function measureBuild(cwd: string, out: string, env: Record<string, string>, log: string): Promise<BuildRun> {
  // This Node runs Astro, and comes first on the PATH for whatever Astro starts (the machine's own Node may be older).
  const astro = createRequire(join(resolve(cwd), 'package.json')).resolve('astro/package.json');
  const cmd = [process.execPath, join(dirname(astro), 'bin/astro.mjs'), 'build', '--outDir', out];
  const PATH = `${dirname(process.execPath)}:${process.env.PATH ?? ''}`;
  const [bin, ...rest] = TIME ? [TIME, '-v', ...cmd] : cmd;
  const start = performance.now();
  const child = spawn(bin!, rest, { cwd, env: { ...process.env, PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: { t: number; text: string }[] = [];
  let stderr = '';
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const t = (performance.now() - start) / 1000;
    const parts = (pending + chunk).split('\n');
    pending = parts.pop()!;
    for (const p of parts) lines.push({ t, text: stripVTControlCharacters(p) });
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let treePeak = 0;
  let hwmPeak = 0;
  // Each process's own CPU time, as last seen. /usr/bin/time counts only the processes Node waits for, and misses
  // the Pagefind service, which outlives it; sampling every process of the tree counts it too (less the last 0.2 s
  // of each process's life).
  const ticks = new Map<number, number>();
  const sampler = setInterval(() => {
    const pids = descendants(child.pid!);
    for (const p of pids) ticks.set(p, Math.max(ticks.get(p) ?? 0, cpuTicks(p)));
    treePeak = Math.max(
      treePeak,
      pids.reduce((n, p) => n + statusKb(p, 'VmRSS'), 0),
    );
    hwmPeak = Math.max(hwmPeak, ...pids.map((p) => statusKb(p, 'VmHWM')));
  }, 200);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(sampler);
  const wall = (performance.now() - start) / 1000;
  if (pending) lines.push({ t: wall, text: stripVTControlCharacters(pending) });
  writeFileSync(log, `${lines.map((l) => `[${l.t.toFixed(2)}s] ${l.text}`).join('\n')}\n--- stderr ---\n${stderr}`);
  if (code !== 0) {
    const tail = [...lines.slice(-30).map((l) => l.text), stripVTControlCharacters(stderr).split('\n').slice(-40).join('\n')].join('\n');
    throw new Error(`astro build failed (exit ${code}); log at ${log}\n${tail}`);
  }
  // GNU time's figure is the largest single process (the Astro node process); the sampler adds the whole tree.
  const timeKb = Number(stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? 0);
  const timeCpu = ['User', 'System'].reduce(
    (n, k) => n + Number(stderr.match(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`))?.[1] ?? NaN),
    0,
  );
  const sampledCpu = [...ticks.values()].reduce((a, b) => a + b, 0) / CLK_TCK;
  // Astro logs each page with its render time, "├─ /path/index.html (+12ms)": the slowest show what scales badly.
  const slowest = lines
    .map((l) => l.text.match(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(m?s)\)/))
    .filter((m): m is RegExpMatchArray => !!m)
    .map((m) => ({ path: m[1]!, ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  // Pagefind's own line (this site, the bare peer) or Starlight's.
  const indexed = lines.find((l) => /Indexed \d+ pages|Found \d+ HTML files/.test(l.text));
  // The Pagefind hook runs last, right after the sitemap hook logs; the gap between the two lines is its time.
  const before = indexed && [...lines.slice(0, lines.indexOf(indexed))].reverse().find((l) => /sitemap|Completed in/.test(l.text));
  const generating = lines.find((l) => /generating static routes/.test(l.text));
  const generated = generating && lines.slice(lines.indexOf(generating)).find((l) => /Completed in/.test(l.text));
  return {
    wall,
    renderS: generating && generated ? generated.t - generating.t : undefined,
    pages: Number(
      indexed?.text
        .match(/Indexed (\d+) pages|Found (\d+) HTML files/)
        ?.slice(1)
        .find(Boolean) ?? 0,
    ),
    pagefindS: indexed && before ? indexed.t - before.t : undefined,
    peakKb: Math.max(timeKb, hwmPeak),
    treeKb: treePeak,
    // Whichever counts more: the sample misses the end of each process, /usr/bin/time the processes it never waits for.
    cpuS: Math.max(sampledCpu, TIME ? timeCpu : 0),
    slowest,
  };
}

/**
 * A private copy of a project (config, src, public; node_modules linked unless the copy finds it by looking up the
 * tree), by default this one, to build from. Astro writes to
 * `<root>/.astro/` (content modules, types) and, when outDir lies outside the working directory, its prerender chunks
 * to `<cwd>/.astro/.prerender/`: two builds from the same checkout at once overwrite each other's chunks there
 * ("Cannot find module …/.astro/.prerender/chunks/…"). The copy isolates this benchmark from other builds.
 */
export function projectCopy(dir: string, { from = '.', linkModules = true } = {}): string {
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    if (existsSync(join(from, f))) cpSync(join(from, f), join(dir, f), { recursive: true });
  }
  if (linkModules) symlinkSync(resolve(from, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * The command line of a scale benchmark: `--sizes 1000,5000` (corpus sizes), `--seed n` and `--keep` (keep the temp
 * folders), and the script's own `extra` options. Unknown options are an error, so a typo is not silently ignored.
 */
export function benchOptions(extra: ParseArgsOptionsConfig) {
  const options: ParseArgsOptionsConfig = {
    sizes: { type: 'string', default: '1000,5000' },
    seed: { type: 'string', default: '20240601' },
    keep: { type: 'boolean', default: false },
    ...extra,
  };
  const values = parseArgs({ options }).values as Record<string, string | boolean | undefined>;
  const sizes = String(values.sizes)
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  return { values, sizes, seed: Number(values.seed), keep: values.keep === true };
}
