// @ts-check
// The bare peer: Astro + MDX + Pagefind, one layout, nothing else (scripts/bench-peers.ts builds it).
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  site: 'https://example.org',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  ...(process.env.PEER_CACHE_DIR ? { cacheDir: process.env.PEER_CACHE_DIR } : {}),
  integrations: [
    mdx(),
    {
      name: 'pagefind',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('; '));
          const site = fileURLToPath(dir);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          await index.writeFiles({ outputPath: `${site}/pagefind` });
          await pagefind.close();
          logger.info(`Indexed ${added.page_count} pages`);
        },
      },
    },
  ],
});
