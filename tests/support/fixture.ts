/**
 * The one fixture of the browser tests (STYLE.md principle 14). Import `test` (and `describe`, `expect`) from here
 * instead of from vitest: each test file then gets one static server over the test build and one Chromium, started
 * when a test first asks for them and stopped after the file. Each test gets pages that are closed after it: `page`
 * in the file's shared browser context, `newPage(options)` in a context of its own. Lighthouse, which drives a browser
 * over a debugging port, gets `debuggingPort`: one such Chromium per file, likewise started on first use.
 * No test file starts a server or a browser of its own.
 *
 *   test('…', async ({ page, site }) => { await page.goto(site.url('terms/goip/')); … });
 *   test('…', async ({ newPage }) => { const page = await newPage({ javaScriptEnabled: false }); … });
 *   test.for(paths)('%s', async (path, { page, site }) => …);
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { test as base } from 'vitest';
import { launchBrowser, launchDebuggable } from './browser.ts';
import { assertBuilt, DIST, TEST_BASE } from './site.ts';
import { serveStatic } from './static-server.ts';

export { describe, expect } from 'vitest';
export { watchErrors } from './browser.ts';

/** A build served under the base path on a free port of 127.0.0.1. */
export interface Site {
  /** `http://127.0.0.1:<port>`, for checks of what is same-origin. */
  origin: string;
  /** The absolute URL of a path under the base: `url('terms/goip/')` → `http://127.0.0.1:<port>/fraud-kb/terms/goip/`. */
  url(path?: string): string;
}

/** Serves a build folder (dist-test, or a build a test made) until the end of the test file. */
export type Serve = (dist: string) => Promise<Site>;

/** A page in a fresh browser context with these options (colour scheme, viewport, JavaScript off…), closed after the test. */
export type NewPage = (options?: BrowserContextOptions) => Promise<Page>;

export const test = base
  .extend('serve', { scope: 'file' }, async ({}, { onCleanup }): Promise<Serve> => {
    const servers: Server[] = [];
    onCleanup(async () => {
      for (const server of servers) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });
    return async (dist) => {
      const server = await serveStatic(dist, TEST_BASE, 0);
      servers.push(server);
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return { origin, url: (path = '') => `${origin}${TEST_BASE}${path.replace(/^\//, '')}` };
    };
  })
  .extend('site', { scope: 'file' }, async ({ serve }): Promise<Site> => {
    assertBuilt();
    return serve(DIST);
  })
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('debuggingPort', { scope: 'file' }, async ({}, { onCleanup }): Promise<number> => {
    const chrome = await launchDebuggable();
    onCleanup(() => chrome.kill());
    return chrome.port;
  })
  // One browser context per file for plain pages: its HTTP cache keeps Pagefind's script and WebAssembly warm from one
  // test to the next (a fresh context per test doubled the time of the search tests).
  .extend('context', { scope: 'file' }, async ({ browser }): Promise<BrowserContext> => browser.newContext())
  .extend('newPage', async ({ browser }, { onCleanup }): Promise<NewPage> => {
    const contexts: BrowserContext[] = [];
    onCleanup(async () => {
      await Promise.all(contexts.map((c) => c.close()));
    });
    return async (options = {}) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context.newPage();
    };
  })
  .extend('page', async ({ context }, { onCleanup }): Promise<Page> => {
    const page = await context.newPage();
    onCleanup(() => page.close());
    return page;
  });
