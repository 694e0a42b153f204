/**
 * /previews/<page>.png: the 1200×630 card a link preview shows for each page; a dataset's card carries its chart.
 *
 * A bare rest route at the root, so that Astro, which writes routes in order of specificity, writes these files
 * last: the cards are all started when Astro first lists the paths (`drawnAhead`, src/lib/images.ts) and drawn in the
 * image worker while the pages are rendered on the main thread; by the time these files are written most are done.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageSlug } from '../data/citations';
import { datasetView } from '../data/datasets';
import { sitePages, type SitePage } from '../data/pages';
import { DEFAULT_LOCALE, t } from '../i18n';
import { drawnAhead, previewPng } from '../lib/images';
import { permalink } from '../lib/site';

async function card(page: SitePage): Promise<Buffer> {
  const locale = DEFAULT_LOCALE;
  const dataset = page.entry?.collection === 'datasets' ? await datasetView(page.entry.id, locale) : undefined;
  return previewPng({
    title: page.title,
    zh: page.zh,
    label: page.label,
    siteName: t('site.name', locale),
    siteNameZh: t('site.name', 'zh'),
    address: permalink(page.path).replace(/^https?:\/\//, ''),
    chart: dataset?.svg,
  });
}

const cards = drawnAhead(card, (page) => page.path);

export const getStaticPaths = (async () => {
  const pages = await sitePages(DEFAULT_LOCALE);
  cards.start(pages);
  return pages.map((page) => ({ params: { preview: `previews/${pageSlug(page.path)}.png` }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: SitePage }> = ({ props: { page } }) => cards.response(page);
