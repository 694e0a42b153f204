/**
 * /datasets/<id>.png: the same chart image as the SVG, rasterised at twice its size for documents and print.
 *
 * In a production build every chart is started when Astro first lists the paths (`drawnAhead`, src/lib/images.ts),
 * as the preview cards are: written one at a time, each file waited for its drawing behind the cards already queued
 * (12 s of 35 at 1,000 entities).
 */
import type { APIRoute } from 'astro';
import { chartImage, chartedDatasets } from '../../data/datasets';
import { chartPng, drawnAhead } from '../../lib/images';

const charts = drawnAhead(
  async (id: string) => chartPng((await chartImage(id))!),
  (id) => id,
);

export const getStaticPaths = async () => {
  const ids = await chartedDatasets();
  charts.start(ids);
  return ids.map((id) => ({ params: { id } }));
};

export const GET: APIRoute = ({ params }) => charts.response(params.id!);
