/**
 * /previews/<page>.png: the 1200×630 card a link preview shows for each page; a dataset's card carries its chart.
 *
 * A bare rest route at the root, so that Astro, which writes routes in order of specificity, writes these files
 * last: the cards are all started when Astro first lists the paths, a few at a time, and are drawn in the image
 * worker (src/lib/images.ts) while the pages are rendered on the main thread; by the time these files are written
 * most are done.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import pLimit from 'p-limit';
import { pageSlug } from '../data/citations';
import { datasetView } from '../data/datasets';
import { sitePages, type SitePage } from '../data/pages';
import { DEFAULT_LOCALE, t } from '../i18n';
import { previewPng } from '../lib/images';
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

/**
 * Two cards in hand at once: the worker lays one out while the other is encoded on libuv's threads (four), which
 * Astro's file writes share; more cards at once left the writes queueing behind them (at 1,000 entities the citation
 * files took 20 s instead of 1.4 s), and a bound keeps memory flat at thousands of pages.
 */
const limit = pLimit(2);
const cards = new Map<string, Promise<Buffer>>();

export const getStaticPaths = (async () => {
  const pages = await sitePages(DEFAULT_LOCALE);
  // `astro dev` asks for the paths on every request: there each card is drawn when it is asked for.
  if (import.meta.env.PROD)
    for (const page of pages) {
      const png = limit(() => card(page));
      png.catch(() => {}); // a failure is rethrown by the request for that card, below
      cards.set(page.path, png);
    }
  return pages.map((page) => ({ params: { preview: `previews/${pageSlug(page.path)}.png` }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: SitePage }> = async ({ props: { page } }) => {
  const started = cards.get(page.path);
  cards.delete(page.path); // written once: the map need not hold thousands of images to the end of the build
  return new Response(new Uint8Array(await (started ?? card(page))), { headers: { 'content-type': 'image/png' } });
};
