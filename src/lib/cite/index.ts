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
  /** A short title readers and styles use for it ("Anti-fraud law"). */
  'title-short'?: string;
  author?: { literal: string }[];
  'container-title'?: string;
  publisher?: string;
  issued?: { 'date-parts': number[][] };
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
  /** A short title, where one is in use (the shortTitle of the policy a document stands for). */
  shortTitle?: string;
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
  // The Chinese title leads the title itself. CSL's original-title and biblatex's origtitle are not used for it: both
  // mean the original of a translation, and APA then prints "(Original work published as …)" after the original.
  if (s.shortTitle) item['title-short'] = s.shortTitle;
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
 * The CSL item of a page of this site. `issued` is the day its content last changed: the version a reader cites, as
 * APA and Chicago ask for a page that is updated. There is no access date: only the reader knows the day they read the
 * page, and a date frozen at build time would be wrong for everyone else (the cite block says so).
 */
export function pageItem(opts: {
  id: string;
  title: string;
  url: string;
  siteName: string;
  issued?: string;
  short?: string;
  /** The page's language (BCP 47): `en` for the English pages, `zh-Hans` for their Chinese twins. */
  language?: string;
}): CslItem {
  return {
    id: opts.id,
    'citation-key': citationKey(`fraud-kb-${opts.id}`),
    type: 'webpage',
    title: opts.title,
    ...(opts.short && { 'title-short': opts.short }),
    author: [{ literal: opts.siteName }],
    'container-title': opts.siteName,
    ...(opts.issued && { issued: dateParts(opts.issued) }),
    URL: opts.url,
    language: opts.language === 'zh-Hans' ? 'zh-CN' : 'en-US',
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

/** An entry as citation-js's BibTeX and biblatex mappings give it, its values already escaped for (La)TeX. */
interface BibEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}
const bibEntry = (cite: Cite, format: 'bibtex' | 'biblatex') => (cite.format(format, { format: 'object' }) as unknown as BibEntry[])[0]!;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * A first word of two or more capitals ("GOIP device", "SPP: …"). citation-js braces capitalised words after the
 * first, but not the first, and a style that sentence-cases titles then prints "Goip device".
 */
export const LEADING_ACRONYM = /^\p{Lu}[\p{Script=Latin}\p{N}]*\p{Lu}[\p{Script=Latin}\p{N}]*/u;

/**
 * One item as a BibTeX entry that BibTeX and biblatex both read. citation-js maps the fields and escapes the values;
 * three things are mended here, each checked by tests/unit/cite/formats.test.ts and read back by an independent parser
 * in tests/site/reference-files.test.ts:
 * - its month holds the day too (`month = {sep 2}`), which neither reads as a month: `month` becomes the BibTeX macro
 *   (`sep`) and the full date goes in biblatex's `date`;
 * - a leading acronym is braced (`{GOIP} device`);
 * - the short title and the document number, which its BibTeX mapping drops, are taken from its biblatex mapping
 *   (`shorttitle`, `number`; BibTeX styles ignore fields they do not know).
 */
export function bibtex(item: CslItem): string {
  const cite = new Cite(item);
  const entry = bibEntry(cite, 'bibtex');
  const latex = bibEntry(cite, 'biblatex');
  const fields: [string, string, 'bare'?][] = [];
  for (const [name, value] of Object.entries(entry.properties)) {
    if (name === 'month') continue;
    // citation-js leaves % as it is, where BibTeX reads the rest of the line as a comment ("上升48.4%（…）").
    const escaped = name === 'url' ? value : value.replace(/(?<!\\)%/g, '\\%');
    if (name === 'title') fields.push([name, escaped.replace(LEADING_ACRONYM, (word) => `{${word}}`)]);
    else fields.push([name, escaped]);
    if (name === 'year') {
      const [, month] = item.issued?.['date-parts'][0] ?? [];
      if (month) fields.push(['month', MONTHS[month - 1]!, 'bare']);
      if (latex.properties.date) fields.push(['date', latex.properties.date]);
    }
  }
  for (const name of ['shorttitle', 'number']) {
    const value = latex.properties[name];
    if (value && !(name in entry.properties)) fields.push([name, value]);
  }
  const body = fields.map(([name, value, bare]) => `\t${name} = ${bare ? value : `{${value}}`},\n`).join('');
  return `@${entry.type}{${entry.label},\n${body}}`;
}

/** One item in one format, as plain text. */
export function formatCitation(item: CslItem, format: CitationFormat): string {
  switch (format) {
    case 'apa':
    case 'chicago':
    case 'gbt7714':
      return fromTemplate(item, format) ?? bibliography(item, format);
    case 'bibtex':
      return bibtex(item);
    case 'csl-json':
      return JSON.stringify([item], null, 2);
  }
}

/** The same, always through citeproc (for the test that the template agrees with it). */
export const formatWithCiteproc = (item: CslItem, format: keyof typeof STYLES): string => bibliography(item, format);

/**
 * One item as a file to import: RIS or BibTeX (see bibtex()), written by citation-js, with these repairs to its RIS,
 * each found by importing it (Zotero's RIS translator, biblatex-csl-converter):
 * - it breaks values every 70 characters, mid-word, and a broken title comes back from an import with a space inside
 *   a word ("New Type s of"), so each value is joined back onto its tag's line;
 * - every author here is a name kept whole (an institution, or a person as printed), and a reader that splits
 *   "First Last" at the last space files "Fraud Control Knowledge Base" as Mr Base: each AU ends with a comma, the RIS
 *   way (EndNote's) to say "all of this is the last name";
 * - for a newspaper article (TY NEWS) it writes neither the author nor the full date, only the year, so the DA line it
 *   writes for every other type is added (in its own date form, 2021/10/20/);
 * - it types a law or regulation LEGAL, which Zotero imports as a court case: it becomes STAT (statute), as Zotero
 *   itself exports a law;
 * - it puts a law's document number (文号) in SN, which readers file as an ISBN; it goes in M1, Zotero's tag for a
 *   statute's number ("Public Law Number");
 * - it drops the short title, which goes back in as ST.
 */
export function citationFile(item: CslItem, ext: CitationFileExt): string {
  if (ext === 'bib') return `${bibtex(item)}\n`;
  const lines = new Cite(item)
    .format('ris')
    .trim()
    .replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, '')
    .split('\n')
    .filter((l) => !l.startsWith('AU  - '));
  const legal = lines[0] === 'TY  - LEGAL';
  const type = legal ? 'TY  - STAT' : lines[0];
  const has = (tag: string) => lines.some((l) => l.startsWith(`${tag}  - `));
  const added = [
    ...(item.author ?? []).map((a) => `AU  - ${a.literal},`),
    ...(has('DA') || !item.issued ? [] : [`DA  - ${[0, 1, 2].map((i) => item.issued!['date-parts'][0]![i] ?? '').join('/')}/`]),
  ];
  const body = lines.slice(1, -1).map((l) => (legal && l.startsWith('SN  - ') ? `M1${l.slice(2)}` : l));
  const short = item['title-short'] && !has('ST') ? [`ST  - ${item['title-short']}`] : [];
  return `${[type, ...added, ...body, ...short, lines.at(-1)].join('\n')}\n`;
}

/** Every format of one item. */
export function allCitations(item: CslItem): { id: CitationFormat; label: string; text: string }[] {
  return CITATION_FORMATS.map((f) => ({ ...f, text: formatCitation(item, f.id) }));
}
