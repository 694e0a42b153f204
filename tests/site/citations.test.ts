/** Every inline citation on every built page leads to a note, and every note to an existing key point of a source. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIds } from '../../src/lib/html-links';
import { builtDoc, selectAll, selectOne, text } from '../support/html';
import { resolveFile } from '../support/static-server';
import { builtFiles, DIST, TEST_BASE } from '../support/site';

/** The ids of a source page, each parsed once however many notes cite it. */
const sourceIds = new Map<string, Set<string>>();
const idsOf = (file: string) => sourceIds.get(file) ?? sourceIds.set(file, extractIds(builtDoc(file.slice(DIST.length + 1)))).get(file)!;
const pages = builtFiles().filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));

describe('citations', () => {
  it('each marker has its note, and each note links to a source page with that key point', () => {
    const problems: string[] = [];
    let markers = 0;
    let notes = 0;
    for (const page of pages) {
      const doc = builtDoc(page);
      const ids = extractIds(doc);
      for (const a of selectAll('sup.cite > a', doc)) {
        markers++;
        const href = a.attribs.href ?? '';
        if (!/^#note-\d+$/.test(href)) problems.push(`${page}: marker links to "${href}", not to a note`);
        else if (!ids.has(href.slice(1))) problems.push(`${page}: marker → ${href} has no note`);
      }
      for (const li of selectAll('li[id^="note-"]', doc)) {
        notes++;
        // The note names its source (a link to the page) and then the point, linked to its anchor: read the latter.
        const href = selectAll('a[href]', li).find((a) => a.attribs.href?.includes('#'))?.attribs.href;
        const [path, fragment] = (href ?? '').split('#');
        const file = path ? resolveFile(DIST, TEST_BASE, path) : undefined;
        // A note on a Chinese page links to the Chinese twin of the source page.
        const sources = join(DIST, ...(page.startsWith('zh/') ? ['zh'] : []), 'sources');
        if (!file || !file.startsWith(`${sources}/`))
          problems.push(`${page}: note #${li.attribs.id} links to "${href}", not a source page`);
        else if (!fragment || !idsOf(file).has(fragment))
          problems.push(`${page}: note #${li.attribs.id} links to ${href}, which has no such key point`);
      }
    }
    expect(problems).toEqual([]);
    expect(markers).toBeGreaterThan(pages.length / 4); // citations are actually rendered across the site
    expect(notes).toBeGreaterThan(pages.length / 4);
  });

  it('every entity page carries "Cite this page" with its permalink in five formats', () => {
    const entityPages = pages.filter((p) => /^(crimes|policies|agencies|campaigns|terms|sources|datasets)\/[^/]+\/index\.html$/.test(p));
    expect(entityPages.length).toBeGreaterThan(10);
    for (const page of entityPages) {
      const doc = builtDoc(page);
      if (selectOne('meta[http-equiv="refresh"]', doc)) continue; // the old address of a renamed page
      const permalink = selectOne('.permalink', doc);
      expect(permalink && text(permalink), page).toMatch(new RegExp(`^https://[^/]+${TEST_BASE}${page.replace(/index\.html$/, '')}$`));
      for (const f of ['apa', 'chicago', 'gbt7714', 'bibtex', 'csl-json']) {
        const citation = selectOne(`#cite-this-${f}-text`, doc);
        expect(citation && text(citation), `${page} ${f}`).toContain(text(permalink!));
      }
    }
  });
});
