/**
 * /search/names/<n>.json: one shard of the names index; /search/names/articles.json: the articles of the official
 * documents. Loaded by the search scripts only when a query needs them (see src/lib/search-names.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { namesIndex } from '../../../data/search-names';
import { DEFAULT_LOCALE } from '../../../i18n';

export const getStaticPaths = (async () => {
  const { shards } = await namesIndex(DEFAULT_LOCALE);
  return [...shards.keys()]
    .map(String)
    .concat('articles')
    .map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { shards, articles } = await namesIndex(DEFAULT_LOCALE);
  const body = params.file === 'articles' ? articles : shards[Number(params.file)];
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
