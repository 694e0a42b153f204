/**
 * What each "cite" block cites, and the RIS and BibTeX files beside it: a page of this site (authored by the knowledge
 * base, dated by its last change), or the original document a source page stands for (an official document authored
 * by the bodies that issued it). The head metadata of a page describes the same item as its first cite block.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DEFAULT_LOCALE, LOCALES, t, type Locale } from '../i18n';
import { localePath } from '../lib/links';
import { CITATION_FILES, citationFile, pageItem, sourceItem, type CitationFileExt, type CslItem } from '../lib/cite';
import { permalink } from '../lib/site';
import { loadCorpus } from './corpus';
import { sitePage, sitePages } from './pages';

export interface Citation {
  item: CslItem;
  /** Root-relative path of its files without the extension: `/cite/terms/goip` → `.ris`, `.bib`. */
  files: string;
}

/** `/terms/goip/` → `terms/goip`; the home page → `index`. */
export const pageSlug = (path: string): string => path.replace(/^\/|\/$/g, '') || 'index';

/** Cite a page of this site. */
export async function pageCitation(path: string, locale: Locale): Promise<Citation> {
  const page = await sitePage(path, locale);
  if (!page) throw new Error(`No page at ${path} to cite. Fix: add it to src/data/pages.ts, or render it with cite={false}.`);
  // A Chinese page is its own item, with its own files: /cite/zh/terms/goip.ris.
  const slug = pageSlug(localePath(path, locale));
  const entry = page.entry;
  const names = entry && (await loadCorpus(locale)).names(entry.collection, entry.id);
  return {
    item: pageItem({
      id: slug === 'index' ? 'home' : slug,
      title: page.title,
      url: permalink(path, locale),
      siteName: t('site.name', locale),
      issued: page.updated.slice(0, 10),
      // A policy's short title ("Anti-fraud law"); a source's shortName is a label ("CNS, 22 Jul 2022"), not a title.
      short: entry?.collection === 'policies' ? names?.short : undefined,
      language: LOCALES[locale].tag,
    }),
    files: `/cite/${slug}`,
  };
}

/** Cite the original document a source stands for. */
export async function sourceCitation(id: string): Promise<Citation> {
  const corpus = await loadCorpus();
  const data = corpus.must('sources', id).data;
  // An official document's authors are its issuers, by the official Chinese names their entries give.
  const issuerNames =
    'articles' in data ? data.issuers.map((r) => corpus.names('agencies', r.id).zh ?? corpus.names('agencies', r.id).name) : undefined;
  // A document's short title is the one its policy page gives it ("Anti-fraud law").
  const shortTitle = corpus.byKind('policies').find((p) => p.data.document?.id === id)?.data.shortTitle;
  return { item: sourceItem(id, { ...data, issuerNames, shortTitle }), files: `/cite/sources/${id}.original` };
}

/** The item a page's head metadata describes: the original document on a source's page and on a policy's page that has one. */
export async function primaryCitation(path: string, locale: Locale): Promise<Citation> {
  const entry = (await sitePage(path, locale))?.entry;
  if (entry?.collection === 'sources') return sourceCitation(entry.id);
  if (entry?.collection === 'policies' && entry.data.document) return sourceCitation(entry.data.document.id);
  return pageCitation(path, locale);
}

/** Each page's citation in a language (but the search page's: a list of results is not something to cite). */
const pageCitations = async (locale: Locale): Promise<Citation[]> =>
  Promise.all((await sitePages(locale)).filter((p) => p.kind !== 'search').map((p) => pageCitation(p.path, locale)));

/** Every citation of the site: each page's, and each source's original (the same item on both languages' pages). */
async function allCitations(locale: Locale): Promise<Citation[]> {
  const corpus = await loadCorpus();
  return [...(await pageCitations(locale)), ...(await Promise.all(corpus.byKind('sources').map((s) => sourceCitation(s.id))))];
}

/**
 * The route of one kind of citation file (`src/pages/cite/[...item].<ext>.ts`): the extension is in the route's
 * file name, so Astro serves `/cite/terms/goip.ris` as a file in `astro dev` too (a rest parameter that held the
 * extension got the trailing slash every page has).
 */
export function citationRoute(ext: CitationFileExt) {
  const type = CITATION_FILES.find((f) => f.ext === ext)!.type;
  return {
    getStaticPaths: (async () =>
      [...(await allCitations(DEFAULT_LOCALE)), ...(await pageCitations('zh'))].map((c) => ({
        params: { item: c.files.replace(/^\/cite\//, '') },
        props: { body: citationFile(c.item, ext) },
      }))) satisfies GetStaticPaths,
    GET: (({ props }) => new Response(props.body, { headers: { 'content-type': `${type}; charset=utf-8` } })) satisfies APIRoute<{
      body: string;
    }>,
  };
}
