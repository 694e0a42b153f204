/** Vitest global setup for the site project: stop at once, with the fix, when there is no test build to check. */
import { assertBuilt } from './site.ts';

export default function setup(): void {
  assertBuilt();
}
