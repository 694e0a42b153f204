/**
 * `astro build` into a staging folder, swapped into place only when the whole build (pages and search index)
 * succeeds: a build that fails on bad content leaves the previous output as it was, never half-written.
 * Usage: node scripts/build.ts [outDir=dist] (SITE_BASE and the other settings come from the environment).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Astro's content store (data-store.json in the cache folder) is cleared when content.config.ts changes, but not when a
 * schema it imports from src/schemas/ does: entries would keep the shape of the old schema (a new field with a default
 * would be missing). So the store is dropped whenever the schemas change, keyed by a hash of them.
 */
function dropStaleContentStore(cacheDir: string): void {
  const files = ['src/content.config.ts', ...readdirSync('src/schemas').map((f) => join('src/schemas', f))].sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(f));
  const digest = hash.digest('hex');
  const stamp = join(cacheDir, 'schemas.sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  rmSync(join(cacheDir, 'data-store.json'), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, digest);
}

dropStaleContentStore(resolve(process.env.KB_CACHE_DIR ?? 'node_modules/.astro'));

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
