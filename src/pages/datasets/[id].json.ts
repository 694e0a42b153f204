/** /datasets/<id>.json: the dataset's description, how to cite it, and the same rows as the CSV. */
import type { APIRoute } from 'astro';
import { DOWNLOAD_COLUMNS } from '../../charts/downloads';
import { entityPath } from '../../lib/links';
import { permalink } from '../../lib/site';
import { datasetDownload, datasetPaths } from './_downloads';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = async ({ params }) => {
  const id = params.id!;
  const { data, rows, citation } = await datasetDownload(id);
  const doc = {
    id,
    title: data.title,
    titleZh: data.titleZh ?? null,
    measure: data.measure,
    unit: data.unit,
    url: permalink(entityPath('datasets', id)),
    csv: permalink(`/datasets/${id}.csv`),
    citation,
    columns: DOWNLOAD_COLUMNS,
    points: rows,
  };
  return new Response(JSON.stringify(doc, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
