/**
 * Records every page and stable fragment of the test build in url-manifest.json (run after `npm run build:test`).
 * Refuses to drop anything already published: removals need a redirect, and the manifest keeps old entries.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkManifest, manifestOf, type UrlManifest } from '../src/lib/url-manifest.ts';
import { builtPages } from '../tests/support/built-pages.ts';

const path = 'url-manifest.json';
let old: UrlManifest = {};
try {
  old = JSON.parse(readFileSync(path, 'utf8'));
} catch {
  // First run: no manifest yet.
}
const built = builtPages();
const problems = checkManifest(old, built);
if (problems.length) {
  console.error(`Not updating ${path}; published URLs would break:\n${problems.join('\n')}`);
  process.exit(1);
}
const current = manifestOf(built);
const merged: UrlManifest = { ...old };
for (const [page, ids] of Object.entries(current)) merged[page] = [...new Set([...(old[page] ?? []), ...ids])].sort();
const sorted = Object.fromEntries(
  Object.keys(merged)
    .sort()
    .map((k) => [k, merged[k]]),
);
writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`${path}: ${Object.keys(sorted).length} pages, ${Object.values(sorted).flat().length} fragments`);
