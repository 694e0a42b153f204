// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind.ts';
import translationStatusReport from './src/integrations/translation-status.ts';
import { smallPreloadHelper } from './src/integrations/preload-helper.ts';
import { normaliseBase, stripBase, withBase } from './src/lib/links.ts';
import { recordedPageDates } from './src/lib/page-dates.ts';
import { headingAnchorsPlugin } from './src/lib/hast-heading-anchors.ts';
import { zhLangPlugin } from './src/lib/hast-zh-lang.ts';
import { baseLinksPlugin } from './src/lib/mdast-base-links.ts';
import { redirects } from './src/redirects.ts';

// One setting chooses where the site lives: SITE_BASE=/fraud-kb/ for a GitHub Pages project site, "/" otherwise.
const base = normaliseBase(process.env.SITE_BASE);
const site = process.env.SITE_URL ?? 'https://fraud-kb.github.io';

export default defineConfig({
  site,
  // Tests that build deliberately broken content point the cache elsewhere so they cannot clobber the real one.
  ...(process.env.KB_CACHE_DIR ? { cacheDir: process.env.KB_CACHE_DIR } : {}),
  base,
  trailingSlash: 'always',
  // Four pages in hand at once: while one waits for a file write or an image from the worker, another renders.
  // A rebuild of 1,000 entities took 0.86 times as long (farm-bench, 4 pairs, range 0.75 to 1.12; issue 15).
  build: { concurrency: 4 },
  // A Content-Security-Policy <meta> on every page: Astro hashes the scripts and styles it emits; Pagefind needs
  // WebAssembly ('wasm-unsafe-eval') and its worker; nothing may load from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Astro places redirect pages under the base but does not prefix their destinations.
  redirects: Object.fromEntries(Object.entries(redirects).map(([from, to]) => [from, withBase(base, to)])),
  // No code blocks to highlight; Shiki's inline styles would break the CSP.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [baseLinksPlugin(base)], hastPlugins: [zhLangPlugin(), headingAnchorsPlugin()] }),
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !/\/404\/$/.test(page),
      // Each page lists its twin in the other language (xhtml:link hreflang), as the pages' own <link rel="alternate"> do.
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-Hans' } },
      // A page's lastmod is the last change of its content (`updated` in src/data/pages.ts, which also dates the feed,
      // JSON-LD and citations); an address outside that list gets none.
      serialize: (item) => {
        const updated = recordedPageDates().get(stripBase(base, new URL(item.url).pathname));
        return updated ? { ...item, lastmod: updated } : item;
      },
    }),
    pagefindIndex(),
    translationStatusReport(),
  ],
  vite: {
    // The search code is the one dynamic import; Vite's 1.7 KB preload helper around it goes (see the file).
    plugins: [smallPreloadHelper()],
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module triggers this upstream warning (withastro/astro#18087); it is harmless.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
