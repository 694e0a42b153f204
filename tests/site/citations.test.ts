/** Every inline citation on every built page leads to a note, and every note to an existing key point of a source. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIds } from '../../src/lib/html-links';
import { resolveFile } from '../support/static-server';
import { builtFiles, DIST, TEST_BASE } from '../support/site';

const pages = builtFiles().filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));

describe('citations', () => {
  it('each marker has its note, and each note links to a source page with that key point', () => {
    const problems: string[] = [];
    let markers = 0;
    for (const page of pages) {
      const html = readFileSync(join(DIST, page), 'utf8');
      const ids = extractIds(html);
      for (const m of html.matchAll(/<sup class="cite"><a href="#(note-\d+)"/g)) {
        markers++;
        if (!ids.has(m[1]!)) problems.push(`${page}: marker → #${m[1]} has no note`);
      }
      for (const m of html.matchAll(/<li id="note-\d+"><a href="([^"#]+)#([^"]+)"/g)) {
        const file = resolveFile(DIST, TEST_BASE, m[1]!);
        if (!file || !file.includes(`${join(DIST, 'sources')}/`)) problems.push(`${page}: note links to ${m[1]}, not a source page`);
        else if (!extractIds(readFileSync(file, 'utf8')).has(m[2]!)) problems.push(`${page}: note links to ${m[1]}#${m[2]}, which has no such key point`);
      }
    }
    expect(problems).toEqual([]);
    expect(markers).toBeGreaterThan(pages.length / 4); // citations are actually rendered across the site
  });

  it('every entity page carries "Cite this page" with its permalink in five formats', () => {
    const entityPages = pages.filter((p) => /^(crimes|policies|agencies|campaigns|terms|sources|datasets)\/[^/]+\/index\.html$/.test(p));
    expect(entityPages.length).toBeGreaterThan(10);
    for (const page of entityPages) {
      const html = readFileSync(join(DIST, page), 'utf8');
      expect(html, page).toContain(`class="permalink">https://`);
      for (const f of ['apa', 'chicago', 'gbt7714', 'bibtex', 'csl-json']) expect(html, `${page} ${f}`).toContain(`id="cite-this-${f}-text"`);
    }
  });
});
