/** The browser-free parts of search: URL ⇄ request, Pagefind filters, safe excerpts, result rows and facets. */
import { describe, expect, it } from 'vitest';
import { agencyIds, searchFacets, years } from '../../src/lib/search-facets';
import { parseSearchParams, relaxTerms, safeExcerpt, toPagefindFilters, toResultView, toSearchParams } from '../../src/lib/search-view';
import type { PlainEntry } from '../../src/lib/refs';

const ref = (collection: string, id: string) => ({ collection, id });
const entry = (kind: string, id: string, data: Record<string, unknown>): PlainEntry => ({
  kind: kind as PlainEntry['kind'],
  id,
  file: `content/${kind}/${id}.mdx`,
  data,
  body: '',
});

describe('search requests', () => {
  it('round-trips through the URL, with several kinds', () => {
    const req = parseSearchParams(new URLSearchParams('q=%E5%8D%A1%E5%95%86&kind=terms&kind=crimes&year=2022'));
    expect(req).toEqual({ q: '卡商', kind: ['terms', 'crimes'], agency: '', year: '2022' });
    expect(parseSearchParams(toSearchParams(req))).toEqual(req);
    expect(toSearchParams({ q: 'GOIP', kind: [], agency: '', year: '' }).toString()).toBe('q=GOIP');
  });

  it('becomes Pagefind filters: any of the kinds, and agency and year as given', () => {
    expect(toPagefindFilters({ q: 'x', kind: [], agency: '', year: '' })).toEqual({});
    expect(toPagefindFilters({ q: 'x', kind: ['terms', 'crimes'], agency: 'ministry-of-public-security', year: '2021' })).toEqual({
      kind: { any: ['terms', 'crimes'] },
      agency: 'ministry-of-public-security',
      year: '2021',
    });
  });
});

describe('excerpts', () => {
  it('keeps <mark> and shows any other markup as text', () => {
    expect(safeExcerpt('a <mark>GOIP</mark> device')).toBe('a <mark>GOIP</mark> device');
    expect(safeExcerpt('<img src=x onerror=alert(1)> <mark>x</mark>')).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>x</mark>');
    // Pagefind may already have escaped the text; it is not escaped twice.
    expect(safeExcerpt('R&amp;D &lt;b&gt;')).toBe('R&amp;D &lt;b&gt;');
  });

  it('do not start with the stop Pagefind puts between blocks', () => {
    expect(safeExcerpt('. Card dealer. 卡商 <mark>kashang</mark>')).toBe('Card dealer. 卡商 <mark>kashang</mark>');
    expect(safeExcerpt('。，<mark>卡商</mark>')).toBe('<mark>卡商</mark>');
  });
});

describe('result rows', () => {
  it('show title, kind, Chinese name and only the sections that have anchors', () => {
    const view = toResultView({
      url: '/fraud-kb/terms/card-dealer/',
      excerpt: 'a <mark>card dealer</mark>',
      meta: { title: 'Card dealer', kind: 'Term', nameZh: '卡商' },
      sub_results: [
        { title: 'Card dealer', url: '/fraud-kb/terms/card-dealer/', excerpt: '' },
        { title: 'How it works', url: '/fraud-kb/terms/card-dealer/#how-it-works', excerpt: '' },
      ],
    });
    expect(view).toEqual({
      href: '/fraud-kb/terms/card-dealer/',
      title: 'Card dealer',
      kind: 'Term',
      nameZh: '卡商',
      excerptHtml: 'a <mark>card dealer</mark>',
      sections: [{ href: '/fraud-kb/terms/card-dealer/#how-it-works', title: 'How it works' }],
    });
  });
});

describe('facets', () => {
  const cite = { source: ref('sources', 's'), at: 'kp-1' };

  it('file policies under issuers and years issued and in force', () => {
    const policy = entry('policies', 'p', {
      issuers: [ref('agencies', 'spp'), ref('agencies', 'mps')],
      issued: { date: '2021-06', cite },
      effective: { date: '2022-12-01', cite },
    });
    expect(searchFacets(policy)).toEqual({ agency: ['spp', 'mps'], year: ['2021', '2022'] });
  });

  it('file campaigns under leads and partners, agencies under themselves and their parent', () => {
    expect(
      agencyIds(entry('campaigns', 'c', { leads: [ref('agencies', 'mps')], partners: [ref('agencies', 'spp'), ref('agencies', 'mps')] })),
    ).toEqual(['mps', 'spp']);
    expect(agencyIds(entry('agencies', 'bureau', { parent: ref('agencies', 'mps') }))).toEqual(['bureau', 'mps']);
    expect(agencyIds(entry('terms', 't', {}))).toEqual([]);
  });

  it('file datasets under every year their periods touch, and sources under their year', () => {
    expect(years(entry('datasets', 'd', { points: [{ period: '2021-01/2023-06' }, { period: '2022-Q1' }] }))).toEqual([
      '2021',
      '2022',
      '2023',
    ]);
    expect(years(entry('sources', 's', { published: '2022-07-22' }))).toEqual(['2022']);
  });

  it('file by agency ids, never names: a filter value is a fixed key (and an id has no comma to split a Pagefind filter)', () => {
    const values = searchFacets(entry('policies', 'p', { issuers: [ref('agencies', 'state-council-general-office')] })).agency;
    expect(values).toEqual(['state-council-general-office']);
    expect(values.every((v) => /^[a-z0-9-]+$/.test(v))).toBe(true);
  });
});

describe('relaxed queries', () => {
  const byTwo = (run: string) => run.match(/.{1,2}/gu) ?? [];

  it('keep informative words: no stop words, no single Chinese character, no repeats', () => {
    expect(relaxTerms('Who prosecutes the fraud cases?', byTwo)).toEqual(['prosecutes', 'fraud', 'cases']);
    expect(relaxTerms('专项行动 公安部 2021', byTwo)).toEqual(['专项', '行动', '公安', '2021']);
    expect(relaxTerms('GOIP GOIP 的 设备', byTwo)).toEqual(['goip', '设备']);
  });

  it('keep a figure whole', () => {
    expect(relaxTerms('130,000 helping crime', byTwo)).toEqual(['130,000', 'helping', 'crime']);
  });
});
