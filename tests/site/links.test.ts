/**
 * Over the site built under /fraud-kb/: every internal link and `#fragment` on every page resolves to a file
 * and an id that exist, and no page links outside the base path.
 */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/keys';
import { extractIds, extractLinks, internalTarget } from '../../src/lib/html-links';
import { builtDoc, selectAll } from '../support/html';
import { resolveFile } from '../support/static-server';
import { builtFiles, DIST, TEST_BASE } from '../support/site';

const pages = builtFiles().filter((f) => f.endsWith('.html'));
const urlPathOf = (file: string) => TEST_BASE + file.replace(/index\.html$/, '');
/** Each page parsed once; `file` as resolveFile gives it (under DIST). */
const idCache = new Map<string, Set<string>>();
const idsOf = (file: string) => idCache.get(file) ?? idCache.set(file, extractIds(builtDoc(relative(DIST, file)))).get(file)!;

describe('built site integrity', () => {
  it('has the pages of every collection', () => {
    for (const kind of KINDS) {
      expect(pages).toContain(`${kind}/index.html`);
    }
    expect(pages.length).toBeGreaterThan(10);
  });

  it('has no broken internal link or fragment', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const link of extractLinks(builtDoc(page))) {
        const target = internalTarget(link, urlPathOf(page));
        if (!target) continue;
        checked++;
        if (!target.path.startsWith(TEST_BASE)) {
          broken.push(`${page}: ${link} is outside the base path ${TEST_BASE}`);
          continue;
        }
        const file = resolveFile(DIST, TEST_BASE, target.path);
        if (!file) broken.push(`${page}: ${link} → no file`);
        else if (target.fragment && file.endsWith('.html') && !idsOf(file).has(target.fragment))
          broken.push(`${page}: ${link} → no id "${target.fragment}"`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length); // the check saw links on every page
  });

  it('gives every page a unique set of ids', () => {
    const dupes: string[] = [];
    for (const page of pages) {
      const seen = new Set<string>();
      for (const { attribs } of selectAll('[id]', builtDoc(page))) {
        if (seen.has(attribs.id!)) dupes.push(`${page}: #${attribs.id}`);
        seen.add(attribs.id!);
      }
    }
    expect(dupes).toEqual([]);
  });
});
