/**
 * A page's head metadata: the reference-manager tags and link-preview tags (src/lib/head-meta.ts) for the item its
 * first cite block cites, the schema.org JSON-LD of its kind (./jsonld.ts) and its preview image (/previews/…).
 */
import { LOCALES, t, type Locale } from '../i18n';
import { headTags, type HeadTag } from '../lib/head-meta';
import { PREVIEW } from '../lib/images';
import { CONTENT_LICENSE } from '../lib/licenses';
import { permalink } from '../lib/site';
import { pageSlug, primaryCitation } from './citations';
import { pageJsonLd } from './jsonld';
import { sitePage, type SitePage } from './pages';

/** Root-relative path of a page's preview image. */
export const previewPath = (path: string): string => `/previews/${pageSlug(path)}.png`;

/** What the preview image shows, in words, for readers who cannot see it. */
export const previewAlt = (page: SitePage, locale: Locale): string =>
  [page.label, page.title, page.zh, t('site.name', locale)].filter(Boolean).join(' · ');

export interface HeadMeta {
  tags: HeadTag[];
  /** JSON-LD, ready to sit in a `<script type="application/ld+json">` (every `<` escaped). */
  jsonLd: string;
}

export async function headMeta(path: string, locale: Locale): Promise<HeadMeta | undefined> {
  const page = await sitePage(path, locale);
  if (!page) return undefined;
  const url = permalink(path, locale);
  // Both languages share a page's preview card, which already carries its English and Chinese names, and describe it
  // the same way (the card is the English page's).
  const image = permalink(previewPath(path));
  const cardPage = locale === 'en' ? page : ((await sitePage(path, 'en')) ?? page);
  const { item } = await primaryCitation(path, locale);
  const tags = headTags({
    csl: item,
    url,
    title: page.title,
    description: page.description,
    siteName: t('site.name', locale),
    lang: LOCALES[locale].tag,
    created: page.created,
    updated: page.updated,
    ogType: page.kind === 'entity' ? 'article' : 'website',
    dcType: page.entry?.collection === 'datasets' ? 'Dataset' : 'Text',
    image: { url: image, alt: previewAlt(cardPage, 'en'), ...PREVIEW, type: 'image/png' },
    license: CONTENT_LICENSE,
  });
  const jsonLd = JSON.stringify(await pageJsonLd(page, locale, image)).replace(/</g, '\\u003c');
  return { tags, jsonLd };
}
