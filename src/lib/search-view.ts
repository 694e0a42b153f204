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
  return excerpt
    .split(/(<mark>|<\/mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : escapeUTF8(decodeXML(part))))
    .join('');
}

/** The parts of a Pagefind result this site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string; anchor?: { id?: string } }[];
}

export interface ResultView {
  href: string;
  /** Every name of the entity (English, Chinese, abbreviation, pinyin, aliases), for exact-name ranking. */
  names: string[];
  title: string;
  kind: string;
  nameZh?: string;
  excerptHtml: string;
  sections: { href: string; title: string }[];
}

/** One result row: title, kind, Chinese name, excerpt, and up to `maxSections` headings that matched (deep links). */
export function toResultView(data: PagefindResultData, maxSections = 3): ResultView {
  const sections = (data.sub_results ?? [])
    .filter((s) => s.url.includes('#') && s.title && s.url !== data.url)
    .slice(0, maxSections)
    .map((s) => ({ href: s.url, title: s.title }));
  return {
    href: data.url,
    names: (data.meta.names ?? '').split(NAME_SEPARATOR).filter(Boolean),
    title: data.meta.title ?? data.url,
    kind: data.meta.kind ?? '',
    nameZh: data.meta.nameZh || undefined,
    excerptHtml: safeExcerpt(data.excerpt),
    sections,
  };
}

/** Separates names in the `names` meta field; Pagefind splits meta attributes on commas, so names carry none. */
export const NAME_SEPARATOR = ' | ';

/** A name or query reduced to what identifies it: case, width, spaces and punctuation do not count. */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Puts results whose name or alias is exactly the query first, keeping Pagefind's order otherwise. Pagefind's
 * Chinese segmentation can split a short name (最高检 → 最高 + 检) and rank a longer name that shares a word higher.
 */
export function exactNamesFirst(views: ResultView[], query: string): ResultView[] {
  const key = nameKey(query);
  if (!key) return views;
  const exact = (v: ResultView) => v.names.some((n) => nameKey(n) === key);
  return [...views.filter(exact), ...views.filter((v) => !exact(v))];
}

/** The `names` meta value of an entity: its names joined, commas dropped. */
export function namesMeta(names: (string | undefined)[]): string {
  return [...new Set(names.filter((n): n is string => !!n).map((n) => n.replaceAll(',', ' ').trim()))].join(NAME_SEPARATOR);
}
