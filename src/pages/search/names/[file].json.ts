/**
 * /search/names/<n>.json: one shard of the names index; /search/names/articles.json: the articles of the official
 * documents. Loaded by the search scripts only when a query needs them (see src/lib/search-names.ts). The Chinese
 * pages load their own copy from /zh/search/names/ (src/pages/zh/search/names/), which links to the Chinese pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { namesIndex } from '../../../data/search-names';
import { DEFAULT_LOCALE, type Locale } from '../../../i18n';

export const namesPaths = (locale: Locale) =>
  (async () => {
    const { shards } = await namesIndex(locale);
    return [...shards.keys()]
      .map(String)
      .concat('articles')
      .map((file) => ({ params: { file } }));
  }) satisfies GetStaticPaths;

export const namesFile =
  (locale: Locale): APIRoute =>
  async ({ params }) => {
    const { shards, articles } = await namesIndex(locale);
    const body = params.file === 'articles' ? articles : shards[Number(params.file)];
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
  };

export const getStaticPaths = namesPaths(DEFAULT_LOCALE);
export const GET = namesFile(DEFAULT_LOCALE);
