// @ts-check
// The Starlight peer: the same pages as docs, a one-link sidebar (scripts/bench-peers.ts builds it).
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.org',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  ...(process.env.PEER_CACHE_DIR ? { cacheDir: process.env.PEER_CACHE_DIR } : {}),
  integrations: [starlight({ title: 'Bench', sidebar: [{ label: 'Home', link: '/' }] })],
});
