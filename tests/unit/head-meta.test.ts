/** The head tags built from one CSL item: Highwire, Dublin Core, Open Graph and Twitter agree with it and each other. */
import { describe, expect, it } from 'vitest';
import { pageItem, sourceItem } from '../../src/lib/cite';
import { headTags, highwireDate, isoDate, type HeadFacts, type HeadTag } from '../../src/lib/head-meta';
import { CONTENT_LICENSE } from '../../src/lib/licenses';

const URL_ = 'https://example.github.io/fraud-kb/terms/goip/';
const facts = (csl: HeadFacts['csl'], over: Partial<HeadFacts> = {}): HeadFacts => ({
  csl,
  url: URL_,
  title: 'GOIP',
  description: 'A device that bridges SIM cards and internet telephony.',
  siteName: 'Fraud Control Knowledge Base',
  lang: 'en',
  created: '2026-11-01T10:00:00Z',
  updated: '2026-11-20T10:00:00Z',
  ogType: 'article',
  dcType: 'Text',
  image: { url: 'https://example.github.io/fraud-kb/previews/terms/goip.png', alt: 'GOIP', width: 1200, height: 630, type: 'image/png' },
  license: CONTENT_LICENSE,
  ...over,
});
const page = pageItem({
  id: 'terms/goip',
  title: 'GOIP',
  url: URL_,
  siteName: 'Fraud Control Knowledge Base',
  issued: '2026-11-20',
});
const get = (tags: HeadTag[], key: string) =>
  tags
    .filter((t) => ('name' in t && t.name === key) || ('property' in t && t.property === key))
    .map((t) => ('content' in t ? t.content : ''));

describe('dates', () => {
  it('writes Highwire dates as Google Scholar asks and Dublin Core dates as ISO 8601, to the precision known', () => {
    expect(highwireDate({ 'date-parts': [[2022, 9, 2]] })).toBe('2022/9/2');
    expect(highwireDate({ 'date-parts': [[2021, 4]] })).toBe('2021/4');
    expect(isoDate({ 'date-parts': [[2022, 9, 2]] })).toBe('2022-09-02');
    expect(isoDate({ 'date-parts': [[2021]] })).toBe('2021');
    expect(highwireDate(undefined)).toBeUndefined();
  });
});

describe('head tags of a page of this site', () => {
  const tags = headTags(facts(page));

  it('cite the page: the knowledge base as author, the last change as date, the first publication as online date', () => {
    expect(get(tags, 'citation_title')).toEqual(['GOIP']);
    expect(get(tags, 'citation_author')).toEqual(['Fraud Control Knowledge Base']);
    expect(get(tags, 'citation_publication_date')).toEqual(['2026/11/20']);
    expect(get(tags, 'citation_online_date')).toEqual(['2026/11/1']);
    expect(get(tags, 'citation_public_url')).toEqual([URL_]);
    expect(get(tags, 'citation_abstract_html_url')).toEqual([]);
    expect(get(tags, 'DCTERMS.created')).toEqual(['2026-11-01']);
    expect(get(tags, 'DCTERMS.modified')).toEqual(['2026-11-20']);
  });

  it('give link previews the title, the image and its size, and name the license', () => {
    expect(get(tags, 'og:image')).toEqual(['https://example.github.io/fraud-kb/previews/terms/goip.png']);
    expect(get(tags, 'og:image:width')).toEqual(['1200']);
    expect(get(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(get(tags, 'article:modified_time')).toEqual(['2026-11-20T10:00:00Z']);
    expect(tags).toContainEqual({ rel: 'DCTERMS.license', href: CONTENT_LICENSE.url });
  });
});

describe('head tags of a page that stands for an official document', () => {
  const doc = sourceItem('law', {
    title: 'Anti-Telecom Network Fraud Law',
    titleOriginal: '中华人民共和国反电信网络诈骗法',
    outlet: '全国人民代表大会常务委员会',
    published: '2022-09-02',
    language: 'zh',
    kind: 'law',
    url: 'https://flk.npc.gov.cn/detail',
    documentNumber: '中华人民共和国主席令第一一九号',
    issuerNames: ['全国人民代表大会常务委员会'],
  });
  const tags = headTags(facts(doc, { ogType: 'article' }));

  it('cite the document: its issuers, date, number and address, with this page as its abstract', () => {
    expect(get(tags, 'citation_author')).toEqual(['全国人民代表大会常务委员会']);
    expect(get(tags, 'citation_publication_date')).toEqual(['2022/9/2']);
    expect(get(tags, 'citation_technical_report_number')).toEqual(['中华人民共和国主席令第一一九号']);
    expect(get(tags, 'citation_public_url')).toEqual(['https://flk.npc.gov.cn/detail']);
    expect(get(tags, 'citation_abstract_html_url')).toEqual([URL_]);
    expect(get(tags, 'DC.identifier')).toEqual(['https://flk.npc.gov.cn/detail', '中华人民共和国主席令第一一九号']);
    // The page's own dates belong to the page, not to the document.
    expect(get(tags, 'citation_online_date')).toEqual([]);
    expect(get(tags, 'DCTERMS.modified')).toEqual([]);
  });
});
