/**
 * /feed.xml and /zh/feed.xml: an Atom feed of changes, newest first: every entry of the knowledge base by the date its
 * file last changed, in English or in Chinese (titles, summaries and links to the Chinese pages).
 */
import type { APIRoute } from 'astro';
import { escapeUTF8 as esc } from 'entities';
import { loadCorpus } from '../data/corpus';
import { byLastChange } from '../data/exports';
import { LOCALES, t, type Locale } from '../i18n';
import { kindLabel } from '../lib/entities';
import { entityPath } from '../lib/links';
import { BUILD_DATE, permalink } from '../lib/site';

export async function feed(locale: Locale): Promise<Response> {
  const corpus = await loadCorpus(locale);
  const entries = (await byLastChange(locale)).slice(0, 100);
  const self = permalink('/feed.xml', locale);
  const site = t('site.name', locale);
  const items = entries.map(({ e, updated }) => {
    const link = permalink(entityPath(e.collection, e.id), locale);
    const summary = corpus.must(e.collection, e.id).data.summary;
    return `  <entry>
    <title>${esc(t('feed.entry', locale, { kind: kindLabel(e.collection, 'singular', locale), name: corpus.names(e.collection, e.id).name }))}</title>
    <link href="${esc(link)}"/>
    <id>${esc(link)}</id>
    <updated>${updated}</updated>
    <summary>${esc(summary)}</summary>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LOCALES[locale].tag}">
  <title>${esc(t('feed.title', locale, { site }))}</title>
  <link rel="self" href="${esc(self)}"/>
  <link href="${esc(permalink('/', locale))}"/>
  <id>${esc(self)}</id>
  <updated>${entries[0]?.updated ?? `${BUILD_DATE}T00:00:00Z`}</updated>
  <author><name>${esc(site)}</name></author>
${items.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}

export const GET: APIRoute = () => feed('en');
