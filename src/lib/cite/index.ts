/**
 * "Cite this" output in APA, Chicago, GB/T 7714, BibTeX and CSL-JSON. citation-js (citeproc-js) does all the
 * formatting: APA is its bundled CSL style; Chicago author-date and GB/T 7714 numeric are CSL styles in ./styles.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import chicago from './styles/chicago-author-date-kb.csl?raw';
import gbt from './styles/gb-t-7714-2015-numeric-kb.csl?raw';

// BibTeX keeps Chinese as UTF-8 (biber/XeLaTeX read it) and uses our citation keys.
Object.assign(plugins.config.get('@bibtex').format, { asciiOnly: false, useIdAsLabel: false });
const styles = plugins.config.get('@csl').styles;
if (!styles.has('chicago-author-date-kb')) styles.add('chicago-author-date-kb', chicago);
if (!styles.has('gb-t-7714-2015-numeric-kb')) styles.add('gb-t-7714-2015-numeric-kb', gbt);

export const CITATION_FORMATS = [
  { id: 'apa', label: 'APA' },
  { id: 'chicago', label: 'Chicago' },
  { id: 'gbt7714', label: 'GB/T 7714' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'csl-json', label: 'CSL-JSON' },
] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number]['id'];

/** A CSL-JSON item (the fields this site uses). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-newspaper' | 'report' | 'legislation' | 'regulation' | 'webpage';
  title: string;
  author?: { literal: string }[];
  'container-title'?: string;
  publisher?: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  number?: string;
  language?: string;
  note?: string;
}

const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });
const citationKey = (id: string) => id.replace(/[^A-Za-z0-9]+/g, '_');

/** What kind of document a source is, in CSL terms. */
const SOURCE_TYPES: Record<string, CslItem['type']> = {
  'news-report': 'article-newspaper',
  interview: 'article-newspaper',
  'press-conference': 'article-newspaper',
  'official-document': 'report',
  statute: 'legislation',
  law: 'legislation',
  'criminal-law': 'legislation',
  'judicial-interpretation': 'regulation',
  opinions: 'regulation',
  minutes: 'regulation',
  'party-state-opinions': 'regulation',
};

export interface SourceLike {
  title: string;
  titleOriginal?: string;
  outlet: string;
  originalOutlet?: string;
  author?: string;
  published: string;
  language: 'en' | 'zh';
  kind: string;
  url?: string;
  /** An official document's number (文号), e.g. 法释〔2019〕15号. */
  documentNumber?: string;
}

/** The CSL item of a source document itself (the report, not our page about it). */
export function sourceItem(id: string, s: SourceLike): CslItem {
  const type = SOURCE_TYPES[s.kind] ?? 'webpage';
  // A Chinese original is cited by its own title with our translation in brackets (APA 7, 9.38).
  const title = s.titleOriginal ? `${s.titleOriginal} [${s.title}]` : s.title;
  const item: CslItem = {
    id,
    'citation-key': citationKey(id),
    type,
    title,
    issued: dateParts(s.published),
    language: s.language === 'zh' ? 'zh-CN' : 'en-US',
  };
  // "Zhang Hao, staff reporter" → the name only.
  if (s.author) item.author = [{ literal: s.author.split(',')[0]!.trim() }];
  if (type === 'article-newspaper') item['container-title'] = s.outlet;
  else item.publisher = s.outlet;
  if (s.originalOutlet) item.note = `Originally published by ${s.originalOutlet}`;
  if (s.url) item.URL = s.url;
  if (s.documentNumber) item.number = s.documentNumber;
  return item;
}

/** The CSL item of a page of this site. `accessed` is the date the reader retrieves it (YYYY-MM-DD). */
export function pageItem(opts: { id: string; title: string; url: string; siteName: string; accessed: string }): CslItem {
  return {
    id: opts.id,
    'citation-key': citationKey(`fraud-kb-${opts.id}`),
    type: 'webpage',
    title: opts.title,
    author: [{ literal: opts.siteName }],
    'container-title': opts.siteName,
    accessed: dateParts(opts.accessed),
    URL: opts.url,
    language: 'en-US',
  };
}

/** One item in one format, as plain text. */
export function formatCitation(item: CslItem, format: CitationFormat): string {
  const cite = new Cite(item);
  const bib = (template: string) => cite.format('bibliography', { format: 'text', template, lang: 'en-US' }).trim();
  switch (format) {
    case 'apa':
      return bib('apa');
    case 'chicago':
      return bib('chicago-author-date-kb');
    case 'gbt7714':
      return bib('gb-t-7714-2015-numeric-kb');
    case 'bibtex':
      return cite.format('bibtex', { format: 'text' }).trim();
    case 'csl-json':
      return JSON.stringify([item], null, 2);
  }
}

/** Every format of one item. */
export function allCitations(item: CslItem): { id: CitationFormat; label: string; text: string }[] {
  return CITATION_FORMATS.map((f) => ({ ...f, text: formatCitation(item, f.id) }));
}
