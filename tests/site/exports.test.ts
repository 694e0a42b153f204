/** The JSON exports, the feed and the sitemap of the build under /fraud-kb/ match their documented shapes and resolve. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/keys';
import { datasetsExport, entitiesExport, relationsExport } from '../../src/schemas/exports';
import { extractIds } from '../../src/lib/html-links';
import { builtDoc, parseXml, selectAll, selectOne, sitemapLocs } from '../support/html';
import { resolveFile } from '../support/static-server';
import { DIST, TEST_BASE } from '../support/site';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));
/** A permalink of the test build → the file it serves, or undefined. */
const fileOf = (link: string) => resolveFile(DIST, TEST_BASE, new URL(link).pathname);

describe('JSON exports', () => {
  const entities = entitiesExport.parse(json('api/entities.json'));
  const relations = relationsExport.parse(json('api/relations.json'));
  const datasets = datasetsExport.parse(json('api/datasets.json'));
  const keys = new Set(entities.entities.map((e) => e.key));

  it('list every entity once, each with a permalink that is a built page', () => {
    expect(entities.count).toBe(entities.entities.length);
    expect(keys.size).toBe(entities.entities.length);
    for (const e of entities.entities) expect(fileOf(e.url), e.url).toBeTruthy();
    for (const kind of KINDS) {
      expect(
        entities.entities.some((e) => e.kind === kind),
        kind,
      ).toBe(true);
    }
  });

  it('write references as "kind/id" strings that name exported entities', () => {
    const refs =
      JSON.stringify(entities.entities.map((e) => e.data)).match(
        /"(crimes|policies|agencies|campaigns|terms|sources|datasets)\/[a-z0-9-]+"/g,
      ) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(keys.has(JSON.parse(r)), r).toBe(true);
  });

  it('give relations between exported entities', () => {
    expect(relations.relations.length).toBeGreaterThan(0);
    for (const r of relations.relations) {
      expect(keys.has(r.from), r.from).toBe(true);
      expect(keys.has(r.to), r.to).toBe(true);
    }
  });

  it('give every data point its provenance, linking to the key point on the source page', () => {
    const points = datasets.datasets.flatMap((d) => d.points);
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) {
      const file = fileOf(p.sourceUrl);
      expect(file, p.sourceUrl).toBeTruthy();
      expect(extractIds(builtDoc(relative(DIST, file!))), p.sourceUrl).toContain(p.locator);
    }
  });
});

describe('feed and sitemap', () => {
  it('the Atom feed has entries whose links are built pages', () => {
    const feed = read('feed.xml');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
    const entries = selectAll('feed > entry', parseXml(feed));
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      // An Atom link without rel is the entry's alternate: the page it is about.
      const link = selectOne('link:not([rel]), link[rel="alternate"]', entry)?.attribs.href;
      expect(link && fileOf(link), link ?? 'an entry without a link').toBeTruthy();
    }
  });

  it('the sitemap lists built pages only, under the base path', () => {
    const parts = sitemapLocs(read('sitemap-index.xml'));
    expect(parts.length).toBeGreaterThan(0);
    for (const u of parts) expect(fileOf(u), u).toBeTruthy();
    const urls = parts.flatMap((u) => sitemapLocs(readFileSync(fileOf(u)!, 'utf8')));
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) {
      expect(new URL(u).pathname.startsWith(TEST_BASE), u).toBe(true);
      expect(fileOf(u), u).toBeTruthy();
    }
  });
});
