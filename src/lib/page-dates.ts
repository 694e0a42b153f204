/**
 * Each page's last change (`updated` in src/data/pages.ts), handed from the page registry to the sitemap. The
 * registry is built while Astro renders the pages; @astrojs/sitemap's `serialize` (astro.config.mjs) runs later in
 * the same process, when the build is done, and cannot build the registry itself (it needs astro:content). The
 * rendered pages and the config load separate copies of this module, so the dates are kept on globalThis, under a
 * registered symbol both copies name.
 */
const KEY = Symbol.for('fraud-kb.page-dates');
type Holder = { [KEY]?: Map<string, string> };

/** Records pages' `updated` dates by root-relative path (`/terms/goip/`). */
export function recordPageDates(dates: Iterable<[string, string]>): void {
  const holder = globalThis as Holder;
  holder[KEY] = new Map([...(holder[KEY] ?? []), ...dates]);
}

/** The dates recorded in this process; an error when none were (no page was rendered before the sitemap). */
export function recordedPageDates(): Map<string, string> {
  const dates = (globalThis as Holder)[KEY];
  if (!dates?.size)
    throw new Error(
      'No page dates were recorded, so the sitemap cannot give lastmod. src/data/pages.ts records them when the pages ' +
        'render; the sitemap must be written by the same process, after the pages (astro build, not a separate step).',
    );
  return dates;
}
