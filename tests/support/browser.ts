/** Launches Debian's Chromium through playwright-core with the flags that work on this machine (shared/STACK.md). */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/**
 * The same Chromium, headless, with a remote-debugging port for Lighthouse, which drives the browser through that
 * port rather than through Playwright. chrome-launcher is Lighthouse's own launcher (a dependency of lighthouse).
 */
export function launchDebuggable(): Promise<LaunchedChrome> {
  return launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...FLAGS], logLevel: 'error' });
}

/** Collects console errors and failed requests of a page, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  // A request aborted because the test moved on to the next page is not a fault of the page.
  page.on('requestfailed', (req) => {
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`requestfailed: ${req.url()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return errors;
}
