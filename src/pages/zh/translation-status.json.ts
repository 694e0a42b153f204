/** /zh/translation-status.json: how much of each kind is written in Chinese, and which pages are not yet. */
import type { APIRoute } from 'astro';
import { translationStatus } from '../../data/translation';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ kinds: await translationStatus() }, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
