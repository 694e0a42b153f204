/**
 * The browser-free half of search: reading the query from a URL, turning the chosen filters into Pagefind's
 * shape, and turning a Pagefind result into what a result row shows. Used by the search scripts and unit-tested.
 */

import { decodeXML } from 'entities/decode';
import { escapeUTF8 } from 'entities/escape';

/** What a search page URL asks for: `?q=GOIP&kind=terms&agency=ministry-of-public-security&year=2022` (kind keys and agency ids). */
export interface SearchRequest {
  q: string;
  kind: string[];
  agency: string;
  year: string;
}

export function parseSearchParams(params: URLSearchParams): SearchRequest {
  return {
    q: (params.get('q') ?? '').trim(),
    kind: params.getAll('kind').filter(Boolean),
    agency: params.get('agency') ?? '',
    year: params.get('year') ?? '',
  };
}

/** The URL query string for a request, so a search (with its filters) can be linked. */
export function toSearchParams(req: SearchRequest): URLSearchParams {
  const p = new URLSearchParams();
  if (req.q) p.set('q', req.q);
  for (const k of req.kind) p.append('kind', k);
  if (req.agency) p.set('agency', req.agency);
  if (req.year) p.set('year', req.year);
  return p;
}

/** Pagefind filters: several kinds match any of them; agency and year narrow further. */
export function toPagefindFilters(req: SearchRequest): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  if (req.kind.length) filters.kind = { any: req.kind };
  if (req.agency) filters.agency = req.agency;
  if (req.year) filters.year = req.year;
  return filters;
}

/**
 * An excerpt safe to insert as HTML: Pagefind marks matches with `<mark>`; everything else is shown as text,
 * so markup that reached the index from content can never run.
 */
export function safeExcerpt(excerpt: string): string {
  return (
    excerpt
      // Pagefind joins block elements with ". ", so an excerpt that starts at a block boundary starts with a stray stop.
      .replace(/^[\s.,;:·。，、；：]+/u, '')
      .split(/(<mark>|<\/mark>)/)
      .map((part) => (part === '<mark>' || part === '</mark>' ? part : escapeUTF8(decodeXML(part))))
      .join('')
  );
}

/** Plain text as excerpt HTML (a row drawn from the names or article index). */
export const textExcerpt = (text: string): string => escapeUTF8(text);

/** The parts of a Pagefind result this site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string; anchor?: { id?: string } }[];
}

export interface ResultView {
  href: string;
  title: string;
  kind: string;
  nameZh?: string;
  excerptHtml: string;
  sections: { href: string; title: string }[];
  /** Why the row is here, when the title does not show it: the name or alias that matched, a typo's correction, missing words. */
  note?: string;
}

/** One result row: title, kind, Chinese name, excerpt, and up to `maxSections` headings that matched (deep links). */
export function toResultView(data: PagefindResultData, maxSections = 3): ResultView {
  const sections = (data.sub_results ?? [])
    .filter((s) => s.url.includes('#') && s.title && s.url !== data.url)
    .slice(0, maxSections)
    .map((s) => ({ href: s.url, title: s.title }));
  return {
    href: data.url,
    title: data.meta.title ?? data.url,
    kind: data.meta.kind ?? '',
    nameZh: data.meta.nameZh || undefined,
    excerptHtml: safeExcerpt(data.excerpt),
    sections,
  };
}

/** Words that say little about which page is meant: left out when a query is relaxed to fewer words. */
const STOPWORDS = new Set(
  (
    'a an the of in on at to for by with from and or is are was were be been do does did what which who whom whose how why when where ' +
    'that this these those it its can could should would will about under into than as per 的 了 和 与 及 是 在 对 吗 呢 什么 哪些 哪个 如何 怎么 怎样 谁 有 有哪些'
  ).split(' '),
);

/**
 * The words a query is relaxed to when every word together finds too little: Latin words and numbers, and Chinese
 * runs cut into words (Intl.Segmenter). Single Chinese characters and stop words are left out, so a page is never
 * ranked on one stray character.
 */
export function relaxTerms(query: string, segment: (run: string) => string[]): string[] {
  const out: string[] = [];
  for (const w of query
    .normalize('NFKC')
    .toLowerCase()
    .match(/\p{Script=Han}+|[\p{L}\p{N}]+(?:[.,]\d+)*/gu) ?? []) {
    const parts = /\p{Script=Han}/u.test(w) && w.length > 2 ? segment(w) : [w];
    for (const p of parts) if (!STOPWORDS.has(p) && !(/\p{Script=Han}/u.test(p) && p.length < 2) && !out.includes(p)) out.push(p);
  }
  return out;
}

/**
 * An English word cut back to a stem that Pagefind's prefix matching extends again: "leaking" → "leak" (finds leaks,
 * leaked), "companies" → "compan" (company), "regulates" → "regulat" (regulator, regulation). The index is built
 * with Chinese segmentation, which does no English stemming, so the query does it. Chinese and short words stay.
 */
export function prefixStem(word: string): string {
  if (!/^[a-z]{5,}$/.test(word)) return word;
  const stem = word.replace(/(?:ies|ied|ying|ing|ed|es|s|ly)$/, '').replace(/e$/, '');
  return stem.length >= 4 ? stem : word;
}
