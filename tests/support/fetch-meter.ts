/** Counts what a page fetches, for the benchmarks: which files, how many bytes raw and gzipped, and when it is quiet. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { resolveFile } from './static-server.ts';

export function meterFetches(page: Page) {
  const fetched: string[] = [];
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfailed', () => inFlight--);
  page.on('requestfinished', (r) => {
    inFlight--;
    fetched.push(new URL(r.url()).pathname);
  });
  return {
    /** URL paths fetched since the last reset, in order. */
    fetched,
    reset: () => void (fetched.length = 0),
    /** Waits until no request has been in flight for 300 ms (networkidle returns at once if reached before), at most `maxMs`. */
    async settled(maxMs = 10_000) {
      for (let quiet = 0, waited = 0; quiet < 3 && waited < maxMs; waited += 100) {
        await page.waitForTimeout(100);
        quiet = inFlight === 0 ? quiet + 1 : 0;
      }
    },
    /** The fetched files of the build in `dist` served under `base`, and their total size raw and gzipped. */
    files(dist: string, base: string) {
      const paths = fetched.map((p) => resolveFile(dist, base, p)).filter((f): f is string => !!f);
      return {
        paths,
        raw: paths.reduce((n, f) => n + readFileSync(f).length, 0),
        gzip: paths.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0),
      };
    },
  };
}
