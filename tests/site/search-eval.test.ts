/**
 * The search evaluation set (read by `npm run bench:search`) stays sound as the site changes: every expected page
 * exists and is not a redirect, every expected anchor is on it, each category is covered in both halves, and no
 * query is there twice. A page that moves must move its queries too, or the benchmark would measure nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-pages';

interface EvalQuery {
  q: string;
  first: string;
  category: string;
  half: string;
  task: string;
}
const { queries } = JSON.parse(readFileSync('tests/search-eval.json', 'utf8')) as { queries: EvalQuery[] };
const CATEGORIES = ['name', 'alias', 'description', 'mixed', 'pinyin', 'typo', 'figure', 'document-number', 'article'];
const pages = builtPages();

describe('search evaluation set', () => {
  it('has at least 120 queries in every category and half, with a reader task each, none twice (brackets differ on purpose: 法发〔2016〕 and 法发[2016] are both typed)', () => {
    expect(queries.length).toBeGreaterThanOrEqual(120);
    for (const half of ['tune', 'held-out']) {
      for (const c of CATEGORIES)
        expect(queries.filter((q) => q.half === half && q.category === c).length, `${c} · ${half}`).toBeGreaterThanOrEqual(14);
    }
    expect(queries.filter((q) => !CATEGORIES.includes(q.category) || !['tune', 'held-out'].includes(q.half) || !q.task)).toEqual([]);
    const keys = queries.map((q) => q.q.toLowerCase().replace(/\s+/gu, ''));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('expects pages (and anchors) the site has', () => {
    const broken = queries.flatMap(({ q, first }) => {
      const [path, anchor] = first.split('#');
      const page = pages.get(path!);
      if (!page) return [`“${q}” → ${first}: no such page`];
      if (page.redirectTo !== undefined) return [`“${q}” → ${first}: a redirect to ${page.redirectTo}; expect that page`];
      if (anchor && !page.ids.includes(anchor)) return [`“${q}” → ${first}: no #${anchor} on the page`];
      return [];
    });
    expect(broken).toEqual([]);
  });
});
