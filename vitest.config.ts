/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects: `unit` runs against the source and content (no build needed); `site` runs against the
// site built under the base path /fraud-kb/ into dist-test/ (npm run build:test), including browser tests, which
// serve it and drive Chromium through the one fixture in tests/support/fixture.ts.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          globalSetup: ['tests/support/sync-content.ts'],
          // Imports its JSON schema without an import attribute, which Node refuses and Vite's transform accepts.
          server: { deps: { inline: ['@actions/workflow-parser'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/assert-built.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
