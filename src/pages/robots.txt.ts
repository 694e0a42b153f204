/**
 * /robots.txt: every crawler may read every page, and the sitemap index is named by its absolute URL (as the
 * Robots Exclusion Protocol, RFC 9309, and the sitemaps protocol ask). Crawlers read robots.txt only at the root of
 * an origin: under a project path such as /fraud-kb/ this file has no effect until the site is served at a root.
 */
import type { APIRoute } from 'astro';
import { permalink } from '../lib/site';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${permalink('/sitemap-index.xml')}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
