/** /feed.xml: an Atom feed of changes, newest first: every entry of the knowledge base by the date its file last changed. */
import type { APIRoute } from 'astro';
import { byLastChange } from '../data/exports';
import { displayName, KIND_LABELS } from '../lib/entities';
import { entityPath } from '../lib/links';
import { BUILD_DATE, permalink, SITE_NAME } from '../lib/site';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async () => {
  const entries = (await byLastChange()).slice(0, 100);
  const self = permalink('/feed.xml');
  const items = entries.map(({ e, updated }) => {
    const link = permalink(entityPath(e.collection, e.id));
    return `  <entry>
    <title>${esc(`${KIND_LABELS[e.collection].singular}: ${displayName(e.data)}`)}</title>
    <link href="${esc(link)}"/>
    <id>${esc(link)}</id>
    <updated>${updated}</updated>
    <summary>${esc(String((e.data as { summary: string }).summary))}</summary>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${esc(SITE_NAME)}: changes</title>
  <link rel="self" href="${esc(self)}"/>
  <link href="${esc(permalink('/'))}"/>
  <id>${esc(self)}</id>
  <updated>${entries[0]?.updated ?? `${BUILD_DATE}T00:00:00Z`}</updated>
  <author><name>${esc(SITE_NAME)}</name></author>
${items.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
