/**
 * /datasets/<id>.png: the same chart image as the SVG, rasterised at twice its size for documents and print.
 *
 * In a production build every chart is started when Astro first lists the paths, a few at a time, and drawn in the
 * image worker while the pages are rendered (as the preview cards are, src/pages/[...preview].ts): written one at a
 * time, each file waited for its drawing, behind the cards already queued (12 s of 35 at 1,000 entities).
 */
import type { APIRoute } from 'astro';
import pLimit from 'p-limit';
import { chartImage, chartedDatasets } from '../../data/datasets';
import { chartPng } from '../../lib/images';

const limit = pLimit(2);
const drawn = new Map<string, Promise<Buffer>>();
const draw = async (id: string) => chartPng((await chartImage(id))!);

export const getStaticPaths = async () => {
  const ids = await chartedDatasets();
  if (import.meta.env.PROD)
    for (const id of ids) {
      const png = limit(() => draw(id));
      png.catch(() => {}); // a failure is rethrown by the request for that chart, below
      drawn.set(id, png);
    }
  return ids.map((id) => ({ params: { id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const started = drawn.get(params.id!);
  drawn.delete(params.id!);
  return new Response(new Uint8Array(await (started ?? draw(params.id!))), { headers: { 'content-type': 'image/png' } });
};
