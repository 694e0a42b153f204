/** The JSON exports, the feed and the sitemap of the build under /fraud-kb/ match their documented shapes and resolve. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetsExport, entitiesExport, relationsExport } from '../../src/schemas/exports';
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
    for (const kind of ['crimes', 'policies', 'agencies', 'campaigns', 'terms', 'sources', 'datasets']) {
      expect(entities.entities.some((e) => e.kind === kind), kind).toBe(true);
    }
  });

  it('write references as "kind/id" strings that name exported entities', () => {
    const refs = JSON.stringify(entities.entities.map((e) => e.data)).match(/"(crimes|policies|agencies|campaigns|terms|sources|datasets)\/[a-z0-9-]+"/g) ?? [];
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
      expect(readFileSync(file!, 'utf8')).toContain(`id="${p.locator}"`);
    }
  });
});

describe('feed and sitemap', () => {
  it('the Atom feed has entries whose links are built pages', () => {
    const feed = read('feed.xml');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const links = [...feed.matchAll(/<entry>[\s\S]*?<link href="([^"]+)"\/>/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) expect(fileOf(l), l).toBeTruthy();
  });

  it('the sitemap lists built pages only, under the base path', () => {
    expect(read('sitemap-index.xml')).toContain('sitemap-0.xml');
    const urls = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) {
      expect(new URL(u).pathname.startsWith(TEST_BASE), u).toBe(true);
      expect(fileOf(u), u).toBeTruthy();
    }
  });
});
