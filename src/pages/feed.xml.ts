/** /feed.xml: an Atom feed of changes, newest first: every entry of the knowledge base by the date its file last changed. */
import type { APIRoute } from 'astro';
import { escapeUTF8 as esc } from 'entities';
import { loadCorpus } from '../data/corpus';
import { byLastChange } from '../data/exports';
import { t } from '../i18n';
import { kindLabel } from '../lib/entities';
import { entityPath } from '../lib/links';
import { BUILD_DATE, permalink } from '../lib/site';

export const GET: APIRoute = async () => {
  const corpus = await loadCorpus();
  const entries = (await byLastChange()).slice(0, 100);
  const self = permalink('/feed.xml');
  const site = t('site.name');
  const items = entries.map(({ e, updated }) => {
    const link = permalink(entityPath(e.collection, e.id));
    return `  <entry>
    <title>${esc(t('feed.entry', 'en', { kind: kindLabel(e.collection, 'singular'), name: corpus.names(e.collection, e.id).name }))}</title>
    <link href="${esc(link)}"/>
    <id>${esc(link)}</id>
    <updated>${updated}</updated>
    <summary>${esc(e.data.summary)}</summary>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${esc(t('feed.title', 'en', { site }))}</title>
  <link rel="self" href="${esc(self)}"/>
  <link href="${esc(permalink('/'))}"/>
  <id>${esc(self)}</id>
  <updated>${entries[0]?.updated ?? `${BUILD_DATE}T00:00:00Z`}</updated>
  <author><name>${esc(site)}</name></author>
${items.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
