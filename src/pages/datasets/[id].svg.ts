/** /datasets/<id>.svg: the chart with its title, source line, permalink and license, to paste into a report. */
import type { APIRoute } from 'astro';
import { chartImage, chartedDatasets } from '../../data/datasets';

export const getStaticPaths = async () => (await chartedDatasets()).map((id) => ({ params: { id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response((await chartImage(params.id!))!, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
