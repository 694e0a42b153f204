/**
 * "Cite this" output in APA, Chicago, GB/T 7714, BibTeX and CSL-JSON, and RIS and BibTeX files to download.
 * citation-js (citeproc-js) does all the formatting: APA is its bundled CSL style; Chicago author-date and
 * GB/T 7714 numeric are CSL styles in ./styles; its RIS and BibTeX plugins write the files.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import chicago from './styles/chicago-author-date-kb.csl?raw';
import gbt from './styles/gb-t-7714-2015-numeric-kb.csl?raw';

// @citation-js/plugin-ris ships no types: it adds the `ris` output format to citation-js's own namespaces.
/* eslint-disable @typescript-eslint/no-namespace -- a module augmentation must name the namespaces it extends */
declare module '@citation-js/core' {
  namespace plugins {
    namespace output {
      interface Formats {
        ris: (options?: { format?: string }) => string;
      }
    }
  }
}
/* eslint-enable @typescript-eslint/no-namespace */

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

/** The files a reference manager imports (EndNote, Mendeley, Zotero: RIS; LaTeX: BibTeX), by file extension. */
export const CITATION_FILES = [
  { ext: 'ris', label: 'RIS', type: 'application/x-research-info-systems' },
  { ext: 'bib', label: 'BibTeX', type: 'application/x-bibtex' },
] as const;
export type CitationFileExt = (typeof CITATION_FILES)[number]['ext'];

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
  /** The issuing bodies of an official document, by their official names: its authors. */
  issuerNames?: string[];
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
  // An official document is authored by the bodies that issued it; a report by its reporter
  // ("Zhang Hao, staff reporter" → the name only).
  if (s.issuerNames?.length) item.author = s.issuerNames.map((literal) => ({ literal }));
  else if (s.author) item.author = [{ literal: s.author.split(',')[0]!.trim() }];
  if (type === 'article-newspaper') item['container-title'] = s.outlet;
  else item.publisher = s.outlet;
  if (s.originalOutlet) item.note = `Originally published by ${s.originalOutlet}`;
  if (s.url) item.URL = s.url;
  if (s.documentNumber) item.number = s.documentNumber;
  return item;
}

/**
 * The CSL item of a page of this site. `issued` is the day its content last changed (the version a reader cites, as
 * APA and Chicago ask for a page that is updated); `accessed` is the day the reader retrieves it (YYYY-MM-DD).
 */
export function pageItem(opts: { id: string; title: string; url: string; siteName: string; issued?: string; accessed: string }): CslItem {
  return {
    id: opts.id,
    'citation-key': citationKey(`fraud-kb-${opts.id}`),
    type: 'webpage',
    title: opts.title,
    author: [{ literal: opts.siteName }],
    'container-title': opts.siteName,
    ...(opts.issued && { issued: dateParts(opts.issued) }),
    accessed: dateParts(opts.accessed),
    URL: opts.url,
    language: 'en-US',
  };
}

const STYLES = { apa: 'apa', chicago: 'chicago-author-date-kb', gbt7714: 'gb-t-7714-2015-numeric-kb' } as const;

/** A bibliography entry from citeproc (through citation-js), as plain text. */
const bibliography = (item: CslItem, style: keyof typeof STYLES) =>
  new Cite(item).format('bibliography', { format: 'text', template: STYLES[style], lang: 'en-US' }).trim();

/**
 * Pages of this site differ, as citations, only in their title, address and date, and citeproc costs about 1.3 ms
 * an APA entry: at 5,000 pages that was a quarter of the build. So a page's entry is citeproc's own output for a
 * stand-in page with the same date, with the title and address put back in. Only titles that no style can touch
 * qualify (letters, digits, spaces and inner punctuation that no style quotes, cases or closes a sentence with), and
 * titles whose one change is the one every style makes: an apostrophe inside a word ("People's") printed as ’.
 * Any other item, or a template that lost a stand-in, goes to citeproc. tests/unit/cite/formats.test.ts checks the
 * two ways agree for every page title in the content.
 */
const PLAIN_TITLE = /^[\p{L}\p{N}](?:[\p{L}\p{N} ,:()\-–/·、，（）']*[\p{L}\p{N})）])?$/u;
/** An apostrophe with no letter on one side: a quotation mark, which styles turn into ‘ or “. */
const QUOTE = /(?<!\p{L})'|'(?!\p{L})/u;
const STAND_IN = { title: 'Kbtitlestandin', url: 'https://kb.invalid/kb-url-stand-in/' };
const templates = new Map<string, string | null>();
export function fromTemplate(item: CslItem, style: keyof typeof STYLES): string | undefined {
  if (item.type !== 'webpage' || !item.URL || !PLAIN_TITLE.test(item.title) || QUOTE.test(item.title) || item.URL.includes(STAND_IN.title))
    return undefined;
  const { title: _title, URL: _url, id: _id, 'citation-key': _key, ...rest } = item;
  const key = `${style}\0${JSON.stringify(rest)}`;
  let template = templates.get(key);
  if (template === undefined) {
    const out = bibliography({ ...item, title: STAND_IN.title, URL: STAND_IN.url }, style);
    // Each stand-in must come out once and unchanged, or the template cannot be trusted.
    const once = (s: string) => out.split(s).length === 2;
    template = once(STAND_IN.title) && once(STAND_IN.url) ? out : null;
    templates.set(key, template);
  }
  return template?.replace(STAND_IN.title, () => item.title.replaceAll("'", '’')).replace(STAND_IN.url, () => item.URL!);
}

/** One item in one format, as plain text. */
export function formatCitation(item: CslItem, format: CitationFormat): string {
  switch (format) {
    case 'apa':
    case 'chicago':
    case 'gbt7714':
      return fromTemplate(item, format) ?? bibliography(item, format);
    case 'bibtex':
      return new Cite(item).format('bibtex', { format: 'text' }).trim();
    case 'csl-json':
      return JSON.stringify([item], null, 2);
  }
}

/** The same, always through citeproc (for the test that the template agrees with it). */
export const formatWithCiteproc = (item: CslItem, format: keyof typeof STYLES): string => bibliography(item, format);

/**
 * One item as a file to import: RIS or BibTeX, written by citation-js, with two repairs to its RIS:
 * - it breaks values every 70 characters, mid-word, and a broken title comes back from an import with a space inside
 *   a word ("New Type s of"), so each value is joined back onto its tag's line;
 * - for a newspaper article (TY NEWS) it writes neither the author nor the full date, only the year, so the AU and DA
 *   lines it writes for every other type are added (in its own date form, 2021/10/20/).
 */
export function citationFile(item: CslItem, ext: CitationFileExt): string {
  const cite = new Cite(item);
  if (ext === 'bib') return `${cite.format('bibtex', { format: 'text' }).trim()}\n`;
  const lines = cite
    .format('ris')
    .trim()
    .replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, '')
    .split('\n');
  const has = (tag: string) => lines.some((l) => l.startsWith(`${tag}  - `));
  const missing = [
    ...(has('AU') ? [] : (item.author ?? []).map((a) => `AU  - ${a.literal}`)),
    ...(has('DA') || !item.issued ? [] : [`DA  - ${[0, 1, 2].map((i) => item.issued!['date-parts'][0]![i] ?? '').join('/')}/`]),
  ];
  return `${[lines[0], ...missing, ...lines.slice(1)].join('\n')}\n`;
}

/** Every format of one item. */
export function allCitations(item: CslItem): { id: CitationFormat; label: string; text: string }[] {
  return CITATION_FORMATS.map((f) => ({ ...f, text: formatCitation(item, f.id) }));
}
