/**
 * `astro build` into a staging folder, swapped into place only when the whole build (pages and search index)
 * succeeds: a build that fails on bad content leaves the previous output as it was, never half-written.
 * Usage: node scripts/build.ts [outDir=dist] (SITE_BASE and the other settings come from the environment).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.argv[2] ?? 'dist');
const staging = `${outDir}.staging`;
rmSync(staging, { recursive: true, force: true });
const run = spawnSync('npx', ['astro', 'build', '--outDir', staging], { stdio: 'inherit' });
if (run.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed; ${outDir} was left untouched.`);
  process.exit(run.status ?? 1);
}
if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
console.log(`Built into ${outDir}.`);
