/** Vitest global setup for site tests: serves dist-test under the base path for the browser tests. */
import { assertBuilt, DIST, PORT, TEST_BASE } from './site';
import { serveStatic } from './static-server';

export default async function setup(): Promise<() => Promise<void>> {
  assertBuilt();
  const server = await serveStatic(DIST, TEST_BASE, PORT);
  return () => new Promise((resolve) => server.close(() => resolve()));
}
