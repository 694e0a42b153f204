/**
 * Vitest global setup for unit tests: `getCollection()` reads .astro/data-store.json, which `astro sync`
 * writes to node_modules/.astro/ (see shared/STACK.md), so sync and copy it before the tests run.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';

export default function setup(): void {
  execFileSync('npx', ['astro', 'sync'], { stdio: 'pipe' });
  mkdirSync('.astro', { recursive: true });
  copyFileSync('node_modules/.astro/data-store.json', '.astro/data-store.json');
}
