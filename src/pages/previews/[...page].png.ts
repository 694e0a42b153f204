/** /previews/<page>.png: the 1200×630 card a link preview shows for each page; a dataset's card carries its chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetChart } from '../../charts';
import { pageSlug } from '../../data/citations';
import { datasetView } from '../../data/datasets';
import { sitePages, type SitePage } from '../../data/pages';
import { DEFAULT_LOCALE, t } from '../../i18n';
import { previewPng } from '../../lib/images';
import { permalink } from '../../lib/site';

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
    chart: dataset && datasetChart({ ...dataset.chart, locale }),
  });
}

const cards = new Map<string, Promise<Buffer>>();

export const getStaticPaths = (async () => {
  const pages = await sitePages(DEFAULT_LOCALE);
  // Every card is started at once: Astro asks for one file at a time, but the drawing and encoding run on libuv's
  // threads, so drawing them together uses both cores (about twice as fast as one by one). A failure is kept for
  // the request of that card, which rethrows it.
  for (const page of pages) {
    const png = card(page);
    png.catch(() => {});
    cards.set(page.path, png);
  }
  return pages.map((page) => ({ params: { page: pageSlug(page.path) }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: SitePage }> = async ({ props: { page } }) =>
  new Response(new Uint8Array(await (cards.get(page.path) ?? card(page))), { headers: { 'content-type': 'image/png' } });
