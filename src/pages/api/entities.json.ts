/** /api/entities.json: see src/schemas/exports.ts for its shape. */
import type { APIRoute } from 'astro';
import { exportDocuments } from '../../data/exports';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await exportDocuments()).entities, null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
