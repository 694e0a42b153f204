/** /datasets/<id>.json: the dataset's description, how to cite it, and the same rows as the CSV. */
import type { APIRoute } from 'astro';
import { chartImage, datasetView } from '../../data/datasets';
import { DOWNLOAD_COLUMNS } from '../../lib/downloads';
import { entityPath } from '../../lib/links';
import { CONTENT_LICENSE } from '../../lib/licenses';
import { permalink } from '../../lib/site';
import { datasetPaths } from './_downloads';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = async ({ params }) => {
  const id = params.id!;
  const { entry, rows, credit } = await datasetView(id);
  const chart = await chartImage(id);
  const doc = {
    id,
    title: entry.data.title,
    titleZh: entry.data.titleZh ?? null,
    measure: entry.data.measure,
    unit: entry.data.unit,
    url: permalink(entityPath('datasets', id)),
    csv: permalink(`/datasets/${id}.csv`),
    citation: credit,
    license: CONTENT_LICENSE,
    images: chart ? { svg: permalink(`/datasets/${id}.svg`), png: permalink(`/datasets/${id}.png`) } : null,
    columns: DOWNLOAD_COLUMNS,
    points: rows,
  };
  return new Response(JSON.stringify(doc, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
