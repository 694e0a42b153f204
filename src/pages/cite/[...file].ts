/** /cite/<page>.ris and .bib (and /cite/sources/<id>.original.*): each cite block's item as a file to import. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCitationFiles } from '../../data/citations';
import { DEFAULT_LOCALE } from '../../i18n';

export const getStaticPaths = (async () =>
  (await allCitationFiles(DEFAULT_LOCALE)).map((f) => ({
    params: { file: f.path.replace(/^\/cite\//, '') },
    props: f,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string; type: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'content-type': `${props.type}; charset=utf-8` } });
