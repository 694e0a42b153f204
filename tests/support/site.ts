/** Where the test build lives; shared by site and browser tests (tests/support/fixture.ts serves it). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The base path the test build uses (package.json `build:test`). */
export const TEST_BASE = '/fraud-kb/';
/** The test build; TEST_DIST points elsewhere so that several builds can run side by side. */
export const DIST = process.env.TEST_DIST ?? 'dist-test';

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/ has no build. Run \`npm run build:test\` first (npm test does it for you).`);
  }
}

/** Every file under a build folder (dist-test by default), as paths relative to it. */
export function builtFiles(root = DIST, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? builtFiles(root, full) : [relative(root, full)];
  });
}
