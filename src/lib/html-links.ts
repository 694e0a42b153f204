/** Reading links and ids out of built HTML, for the integrity checks over the build output. */

/** Every `href` and `src` value in a page, with entities decoded. */
export function extractLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
}

/** Every `id` and legacy `name` anchor in a page. */
export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Where a link points inside the site, or undefined when it leaves the site (other origin, mailto:, …). */
export function internalTarget(link: string, pageUrlPath: string): { path: string; fragment?: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) return undefined;
  const resolved = new URL(link, `http://site.invalid${pageUrlPath}`);
  const fragment = resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : undefined;
  return { path: decodeURIComponent(resolved.pathname), ...(fragment ? { fragment } : {}) };
}
