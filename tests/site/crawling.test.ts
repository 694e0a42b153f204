/**
 * What crawlers read besides the pages: the 404 page asks not to be indexed and names no canonical address; every
 * other page names itself as canonical; the sitemap dates each page by its last change; robots.txt allows every
 * crawler and names the sitemap index by its absolute URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import robotsParser from 'robots-parser';
import { describe, expect, it } from 'vitest';
import { fileDates } from '../../src/lib/git-dates';
import { builtPages } from '../support/built-pages';
import { builtDoc, parseXml, selectAll, selectOne, sitemapLocs, text } from '../support/html';
import { resolveFile } from '../support/static-server';
import { DIST, TEST_BASE } from '../support/site';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const index = sitemapLocs(read('sitemap-index.xml'));
const origin = new URL(index[0]!).origin;
/** Every `<url>` of every sitemap the index lists: its address and lastmod. */
const urls = index.flatMap((part) =>
  selectAll('url', parseXml(read(new URL(part).pathname.slice(TEST_BASE.length)))).map((u) => {
    const lastmod = selectOne('lastmod', u);
    return { loc: text(selectOne('loc', u)!), lastmod: lastmod ? text(lastmod) : undefined };
  }),
);

/** The date a built page gives as its last change: `article:modified_time`, or its JSON-LD's `dateModified`. */
function pageModified(path: string): string | undefined {
  const doc = builtDoc(join(path.slice(1), 'index.html'));
  const meta = selectOne('meta[property="article:modified_time"]', doc)?.attribs.content;
  const ld = selectOne('script[type="application/ld+json"]', doc);
  return meta ?? (ld ? (JSON.parse(text(ld)) as { dateModified?: string }).dateModified : undefined);
}

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

describe('sitemap lastmod', () => {
  const pathOf = (loc: string) => `/${new URL(loc).pathname.slice(TEST_BASE.length)}`;

  it('is the date each page gives as its last change, and absent where a page gives none', () => {
    let dated = 0;
    for (const { loc, lastmod } of urls) {
      const modified = pageModified(pathOf(loc));
      if (modified) dated++;
      expect(lastmod && Date.parse(lastmod), loc).toBe(modified && Date.parse(modified));
    }
    expect(dated).toBeGreaterThan(200);
  });

  it("is, on an entry's page, the last change git gives for its content file (and its Chinese edition's, on a Chinese page)", () => {
    const dates = new Map([...fileDates()].map(([file, d]) => [file.replace(/\.[a-z]+$/, ''), d.updated]));
    let compared = 0;
    for (const { loc, lastmod } of urls) {
      const path = pathOf(loc).replace(/\/$/, '');
      const english = path.startsWith('/zh/') ? path.slice(3) : path;
      const updated = dates.get(`content${english}`);
      if (!updated) continue;
      compared++;
      const edition = path.startsWith('/zh/') ? dates.get(`content${path}`) : undefined;
      const expected = edition && edition > updated ? edition : updated;
      expect(Date.parse(lastmod!), loc).toBe(Date.parse(expected));
    }
    expect(compared).toBeGreaterThan(300);
  });
});

describe('robots.txt', () => {
  const robotsUrl = `${origin}${TEST_BASE}robots.txt`;
  const robots = robotsParser(robotsUrl, read('robots.txt'));

  it('allows every crawler everywhere', () => {
    for (const path of ['', 'terms/goip/', 'search/?q=GOIP', 'feed.xml'])
      for (const agent of ['Googlebot', 'Bingbot', 'AnyBot']) expect(robots.isAllowed(`${origin}${TEST_BASE}${path}`, agent)).toBe(true);
  });

  it('names the sitemap index by its absolute URL, and that is the built sitemap index', () => {
    const sitemaps = robots.getSitemaps();
    expect(sitemaps).toEqual([`${origin}${TEST_BASE}sitemap-index.xml`]);
    expect(resolveFile(DIST, TEST_BASE, new URL(sitemaps[0]!).pathname)).toBeTruthy();
  });
});
