/** /datasets/<id>.csv: every figure of a dataset with its provenance, one row per point (RFC 4180, UTF-8). */
import type { APIRoute } from 'astro';
import { toCsv } from '../../charts/downloads';
import { datasetDownload, datasetPaths } from './_downloads';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(toCsv((await datasetDownload(params.id!)).rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
