/** /datasets/<id>.png: the same chart image as the SVG, rasterised at twice its size for documents and print. */
import type { APIRoute } from 'astro';
import { chartImage, chartedDatasets } from '../../data/datasets';
import { chartPng } from '../../lib/images';

export const getStaticPaths = async () => (await chartedDatasets()).map((id) => ({ params: { id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await chartPng((await chartImage(params.id!))!)), { headers: { 'content-type': 'image/png' } });
