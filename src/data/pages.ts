/**
 * Every page of the site, with what its head metadata, preview image and citation files need: one list, so a page
 * cannot have one without the others. The 404 page is not in it (it is not cited, previewed or indexed).
 */
import { t, type Locale } from '../i18n';
import { KINDS, type Kind } from '../kinds';
import { kindLabel } from '../lib/entities';
import { entityPath, localePath } from '../lib/links';
import { recordPageDates } from '../lib/page-dates';
import { loadCorpus, type AnyEntry } from './corpus';
import { pageDatesOf } from './exports';

export type PageKind = 'home' | 'index' | 'entity' | 'timeline' | 'relations' | 'api' | 'search';

export interface SitePage {
  /** Root-relative path, e.g. `/terms/goip/`. */
  path: string;
  kind: PageKind;
  title: string;
  /** The page's name in the other language (Chinese on an English page, English on a Chinese one), where it has one. */
  zh?: string;
  description: string;
  /** What the page is, as its preview image says ("Glossary term"); empty on the site's own pages. */
  label: string;
  entry?: AnyEntry;
  /** On a kind's index page: that kind. */
  indexOf?: Kind;
  /** When its content was first published and last changed (ISO 8601): an entry's file, or the newest of those it lists. */
  created: string;
  updated: string;
}

async function build(locale: Locale): Promise<Map<string, SitePage>> {
  const corpus = await loadCorpus(locale);
  // Each page names itself in the other language too: Chinese on English pages, English on Chinese ones.
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const entryDates = new Map(await Promise.all(corpus.all.map(async (e) => [e, await pageDatesOf(e, locale)] as const)));
  const dates = (entries: AnyEntry[]) => {
    const all = entries.map((e) => entryDates.get(e)!);
    return {
      created: all.map((d) => d.created).reduce((a, b) => (a < b ? a : b)),
      updated: all.map((d) => d.updated).reduce((a, b) => (a > b ? a : b)),
    };
  };
  const everything = dates(corpus.all);
  const site = (path: string, kind: PageKind, key: 'timeline' | 'relations' | 'api' | 'search'): SitePage => ({
    path,
    kind,
    title: t(`${key}.title`, locale),
    zh: t(`${key}.title`, other) === t(`${key}.title`, locale) ? undefined : t(`${key}.title`, other),
    description: t(`${key}.description`, locale),
    label: '',
    ...everything,
  });
  const pages: SitePage[] = [
    {
      path: '/',
      kind: 'home',
      title: t('site.name', locale),
      zh: t('site.name', other),
      description: t('site.description', locale),
      label: '',
      ...everything,
    },
    ...KINDS.map((kind): SitePage => {
      const [plural, blurb] = [kindLabel(kind, 'plural', locale), kindLabel(kind, 'blurb', locale)];
      const entries = corpus.byKind(kind);
      return {
        path: `/${kind}/`,
        kind: 'index',
        indexOf: kind,
        title: plural,
        zh: kindLabel(kind, 'plural', other),
        description: t('kind.index.description', locale, { plural, blurb }),
        label: '',
        ...dates(entries),
      };
    }),
    ...corpus.all.map((entry): SitePage => {
      const names = corpus.names(entry.collection, entry.id);
      return {
        path: entityPath(entry.collection, entry.id),
        kind: 'entity',
        entry,
        title: names.name,
        // The other language's name: the Chinese one on an English page, the English one on a Chinese page.
        zh: locale === 'zh' ? names.en : names.zh,
        description: entry.data.summary,
        label: kindLabel(entry.collection, 'singular', locale),
        ...dates([entry]),
      };
    }),
    site('/timeline/', 'timeline', 'timeline'),
    site('/relations/', 'relations', 'relations'),
    site('/api/', 'api', 'api'),
    site('/search/', 'search', 'search'),
  ];
  // The sitemap's lastmod (astro.config.mjs) is each page's `updated`.
  recordPageDates(pages.map((p) => [localePath(p.path, locale), p.updated]));
  return new Map(pages.map((p) => [p.path, p]));
}

const cache = new Map<Locale, Promise<Map<string, SitePage>>>();
const registry = (locale: Locale) => {
  let pages = cache.get(locale);
  if (!pages) cache.set(locale, (pages = build(locale)));
  return pages;
};

/** Every page, home first. */
export const sitePages = async (locale: Locale): Promise<SitePage[]> => [...(await registry(locale)).values()];

/** The page at a root-relative path, or undefined (the 404 page). */
export const sitePage = async (path: string, locale: Locale): Promise<SitePage | undefined> => (await registry(locale)).get(path);
