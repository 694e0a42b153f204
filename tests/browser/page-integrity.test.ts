/**
 * Every built page, loaded in Chromium: a title, a description and a `lang`; Chinese text carries `lang="zh…"`; a Content-Security-Policy without inline escape hatches; nothing is fetched from any origin
 * but the site's own; no console errors (a CSP violation is one). Canonical links and the 404 page's noindex are read
 * from the built files, against the sitemap's origin, in tests/site/crawling.test.ts.
 */
import { redirectTarget } from '../../src/lib/url-manifest';
import { describe, expect, test, watchErrors } from '../support/fixture';
import { builtDoc } from '../support/html';
import { builtFiles, TEST_BASE } from '../support/site';

/** Built pages that are real pages (not redirect stubs or Pagefind's files). */
const pages = builtFiles()
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
  .filter((f) => redirectTarget(builtDoc(f)) === undefined)
  .map((f) => `${TEST_BASE}${f.replace(/index\.html$/, '')}`);

describe('every page', () => {
  test('is found', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  test.for(pages)('%s', async (path, { page, site }) => {
    const errors = watchErrors(page);
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(`${site.origin}/`) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await page.goto(new URL(path, site.origin).href);
    const facts = await page.evaluate(() => {
      const han = /\p{Script=Han}/u;
      const untagged: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        if (!han.test(text)) continue;
        const host = n.parentElement!;
        // An SVG <title> is a tooltip of mixed text that cannot hold a span; its chart is described in tagged HTML too.
        if (host.closest('script, style, noscript, title')) continue;
        const lang = host.closest('[lang]')?.getAttribute('lang') ?? '';
        if (!lang.startsWith('zh')) untagged.push(`${host.tagName.toLowerCase()}: ${text.trim().slice(0, 40)}`);
      }
      return {
        lang: document.documentElement.lang,
        title: document.title.trim(),
        description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
        csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
        untagged,
      };
    });
    // A Chinese twin is Chinese throughout; the English pages are English.
    expect(facts.lang).toBe(path.startsWith(`${TEST_BASE}zh/`) ? 'zh-Hans' : 'en');
    expect(facts.title.length).toBeGreaterThan(3);
    expect(facts.description.length).toBeGreaterThan(20);
    expect(facts.untagged, 'Chinese text without lang="zh…"').toEqual([]);
    // Runs under a CSP with no inline-script or inline-style escape hatch (scripts and styles are hashed).
    expect(facts.csp).toContain("default-src 'self'");
    expect(facts.csp).toMatch(/script-src 'self'[^;]*'sha256-/);
    expect(facts.csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    // Nothing from another origin, no console error (a CSP violation is one), no failed request.
    expect(foreign, 'requests to another origin').toEqual([]);
    expect(errors).toEqual([]);
  });
});
