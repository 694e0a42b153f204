/**
 * Every built page, loaded in Chromium: a title, a description, an absolute canonical URL and a `lang`; Chinese text
 * carries `lang="zh…"`; a Content-Security-Policy without inline escape hatches; nothing is fetched from any origin
 * but the site's own; no console errors (a CSP violation is one).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors } from '../support/browser';
import { builtFiles, ORIGIN, TEST_BASE } from '../support/site';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/site';

/** Built pages that are real pages (not redirect stubs or Pagefind's files). */
const pages = builtFiles()
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
  .filter((f) => !/http-equiv="refresh"/.test(readFileSync(join(DIST, f), 'utf8')))
  .map((f) => `${TEST_BASE}${f.replace(/index\.html$/, '')}`);

let browser: Browser;
let page: Page;
let errors: string[];
const foreign: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  errors = watchErrors(page);
  page.on('request', (r) => {
    if (!r.url().startsWith(ORIGIN) && !r.url().startsWith('data:')) foreign.push(`${page.url()} → ${r.url()}`);
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('every page', () => {
  it('is found', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(pages)('%s', async (path) => {
    await page.goto(`${ORIGIN}${path}`);
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
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
        csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
        untagged,
      };
    });
    expect(facts.lang).toBe('en');
    expect(facts.title.length).toBeGreaterThan(3);
    expect(facts.description.length).toBeGreaterThan(20);
    expect(facts.canonical).toMatch(/^https?:\/\/[^/]+\/.*(\/|\.html)$/);
    expect(new URL(facts.canonical).pathname).toBe(path);
    expect(facts.untagged, 'Chinese text without lang="zh…"').toEqual([]);
    // Runs under a CSP with no inline-script or inline-style escape hatch (scripts and styles are hashed).
    expect(facts.csp).toContain("default-src 'self'");
    expect(facts.csp).toMatch(/script-src 'self'[^;]*'sha256-/);
    expect(facts.csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('fetched nothing from another origin and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
