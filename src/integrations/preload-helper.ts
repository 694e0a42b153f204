/**
 * Vite wraps every dynamic `import()` of client code in `__vitePreload`, a 1.7 KB helper that injects
 * `<link rel="modulepreload">` for the chunk's dependencies. This site has one dynamic import (the search code,
 * loaded on intent) and nothing to preload with it, yet the helper was most of the JavaScript a plain page loaded.
 *
 * Astro rebuilds the client build's options and ignores `build.modulePreload` set in its config, but the client
 * environment's own config hook is honoured: with `modulePreload: false` the dependency lists are empty, and the
 * helper is replaced by one that just imports (28 bytes). A failed import then rejects as a plain `import()` does,
 * without the `vite:preloadError` event, which nothing here listens for.
 */
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

export function smallPreloadHelper(): Plugin {
  return {
    name: 'kb-small-preload-helper',
    enforce: 'pre',
    configEnvironment(name) {
      if (name === 'client') return { build: { modulePreload: false } };
    },
    resolveId(id) {
      if (id === HELPER) return id;
    },
    load(id) {
      if (id === HELPER) return 'export const __vitePreload = (load) => load();';
    },
  };
}
