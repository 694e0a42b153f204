/**
 * The `<meta>` tags reference managers and link previews read, built from one CSL item and the page's facts, so the
 * item a reader saves is the item the page's cite block shows:
 *
 * - Highwire Press `citation_*` (Google Scholar's inclusion guidelines; Zotero, Mendeley and EndNote read them);
 * - Dublin Core `DC.*` / `DCTERMS.*` (the same citation for tools that read only those);
 * - Open Graph tags and the Twitter card type (link previews in chats, social sites and documents).
 */
import type { CslItem } from './cite';
import type { License } from './licenses';

/** One `<meta>` or `<link>`: `name` (Highwire, DC, Twitter) or `property` (Open Graph), or a `<link rel>`. */
export type HeadTag = { name: string; content: string } | { property: string; content: string } | { rel: string; href: string };

export interface HeadFacts {
  /** What reference managers save: the page itself, or the document it stands for. */
  csl: CslItem;
  /** The page's permalink. */
  url: string;
  title: string;
  description: string;
  siteName: string;
  /** BCP 47 tag of the page's language (`en`, `zh-Hans`). */
  lang: string;
  /** When the page's content was first published and last changed (ISO 8601). */
  created: string;
  updated: string;
  /** `article` for a page about one thing, `website` for the site's own pages. */
  ogType: 'article' | 'website';
  /** DCMI type: a dataset's page describes a `Dataset`, every other page is `Text`. */
  dcType: 'Text' | 'Dataset';
  image: { url: string; alt: string; width: number; height: number; type: string };
  license: License;
}

/** CSL date-parts → `2022/9/2`, `2021/4`, `2022` (the form Google Scholar asks for; year alone when that is all). */
export function highwireDate(date: CslItem['issued']): string | undefined {
  const parts = date?.['date-parts'][0];
  return parts?.length ? parts.join('/') : undefined;
}

/** CSL date-parts → ISO 8601 `2022-09-02`, `2021-04`, `2022`. */
export function isoDate(date: CslItem['issued']): string | undefined {
  const parts = date?.['date-parts'][0];
  return parts?.length ? parts.map((p, i) => String(p).padStart(i === 0 ? 4 : 2, '0')).join('-') : undefined;
}

/** BCP 47 → Open Graph's `language_TERRITORY`. */
const ogLocale = (lang: string): string => (lang.startsWith('zh') ? 'zh_CN' : 'en_GB');

/** The tags of one page, in the order they are written. */
export function headTags(f: HeadFacts): HeadTag[] {
  const { csl } = f;
  const tags: HeadTag[] = [];
  const name = (n: string, content: string | undefined) => content && tags.push({ name: n, content });
  const property = (p: string, content: string | undefined) => content && tags.push({ property: p, content });
  const authors = (csl.author ?? []).map((a) => a.literal);
  const publisher = csl.publisher ?? csl['container-title'];
  const issued = csl.issued;
  const ownPage = csl.URL === f.url;

  // Highwire Press.
  name('citation_title', csl.title);
  for (const a of authors) name('citation_author', a);
  name('citation_publication_date', highwireDate(issued));
  if (ownPage) name('citation_online_date', highwireDate({ 'date-parts': [f.created.slice(0, 10).split('-').map(Number)] }));
  name('citation_publisher', publisher);
  name('citation_technical_report_number', csl.number);
  name('citation_language', csl.language);
  name('citation_public_url', csl.URL);
  // The document's own address is its public URL; this page, which summarises it, is its abstract.
  if (!ownPage) name('citation_abstract_html_url', f.url);

  // Dublin Core: the same item.
  tags.push({ rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' }, { rel: 'schema.DCTERMS', href: 'http://purl.org/dc/terms/' });
  name('DC.title', csl.title);
  for (const a of authors) name('DC.creator', a);
  name('DC.publisher', publisher);
  name('DC.date', isoDate(issued));
  name('DC.language', csl.language);
  name('DC.identifier', csl.URL);
  name('DC.identifier', csl.number);
  name('DC.type', f.dcType);
  name('DC.rights', f.license.name);
  tags.push({ rel: 'DCTERMS.license', href: f.license.url });
  if (ownPage) {
    name('DCTERMS.created', f.created.slice(0, 10));
    name('DCTERMS.modified', f.updated.slice(0, 10));
  }

  // Open Graph and Twitter: the page, for link previews.
  property('og:type', f.ogType);
  property('og:title', f.title);
  property('og:description', f.description);
  property('og:url', f.url);
  property('og:site_name', f.siteName);
  property('og:locale', ogLocale(f.lang));
  property('og:image', f.image.url);
  property('og:image:type', f.image.type);
  property('og:image:width', String(f.image.width));
  property('og:image:height', String(f.image.height));
  property('og:image:alt', f.image.alt);
  if (f.ogType === 'article') {
    property('article:published_time', f.created);
    property('article:modified_time', f.updated);
  }
  // X (Twitter) reads the title, description and image from the Open Graph tags; the card type is its own.
  name('twitter:card', 'summary_large_image');
  return tags;
}
