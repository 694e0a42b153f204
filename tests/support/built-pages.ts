/** Reads the test build into the shape the URL-manifest check takes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripBase } from '../../src/lib/links.ts';
import { parseHtml } from '../../src/lib/html-links.ts';
import { redirectTarget, stableIds, type BuiltPage } from '../../src/lib/url-manifest.ts';
import { builtFiles, DIST, TEST_BASE } from './site.ts';

export function builtPages(dist = DIST): Map<string, BuiltPage> {
  const pages = new Map<string, BuiltPage>();
  for (const file of builtFiles(dist)) {
    if (!file.endsWith('index.html') || file.startsWith('pagefind/')) continue;
    const doc = parseHtml(readFileSync(join(dist, file), 'utf8'));
    const path = `/${file.replace(/index\.html$/, '')}`;
    const target = redirectTarget(doc);
    pages.set(path, target === undefined ? { ids: stableIds(doc) } : { ids: [], redirectTo: stripBase(TEST_BASE, target) });
  }
  return pages;
}
