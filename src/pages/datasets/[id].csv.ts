/** /datasets/<id>.csv: every figure of a dataset with its provenance, one row per point (RFC 4180, UTF-8). */
import type { APIRoute } from 'astro';
import { datasetView } from '../../data/datasets';
import { toCsv } from '../../lib/downloads';
import { datasetPaths } from './_downloads';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(toCsv((await datasetView(params.id!)).rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
