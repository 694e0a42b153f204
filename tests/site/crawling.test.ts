/**
 * What crawlers read besides the pages: the 404 page asks not to be indexed and names no canonical address; every
 * other page names itself as canonical.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-pages';
import { builtDoc, parseXml, selectAll, selectOne, sitemapLocs, text } from '../support/html';
import { DIST, TEST_BASE } from '../support/site';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const index = sitemapLocs(read('sitemap-index.xml'));
const origin = new URL(index[0]!).origin;
/** Every `<url>` of every sitemap the index lists: its address. */
const urls = index.flatMap((part) =>
  selectAll('url', parseXml(read(new URL(part).pathname.slice(TEST_BASE.length)))).map((u) => ({ loc: text(selectOne('loc', u)!) })),
);

describe('the 404 page', () => {
  const doc = builtDoc('404.html');

  it('asks not to be indexed and has no canonical link', () => {
    expect(selectOne('meta[name="robots"]', doc)?.attribs.content).toBe('noindex');
    expect(selectAll('link[rel="canonical"]', doc)).toEqual([]);
  });

  it('is not in the sitemap', () => {
    expect(urls.length).toBeGreaterThan(200);
    expect(urls.filter((u) => /\/404(\.html|\/)?$/.test(u.loc))).toEqual([]);
  });
});

describe('canonical links', () => {
  it('every page but redirects and the 404 page names itself, and none asks not to be indexed', () => {
    const pages = [...builtPages()].filter(([, p]) => !p.redirectTo);
    expect(pages.length).toBeGreaterThan(200);
    for (const [path] of pages) {
      const doc = builtDoc(join(path.slice(1), 'index.html'));
      expect(
        selectAll('link[rel="canonical"]', doc).map((l) => l.attribs.href),
        path,
      ).toEqual([`${origin}${TEST_BASE}${path.slice(1)}`]);
      expect(selectOne('meta[name="robots"]', doc), path).toBeNull();
    }
  });
});
