/** URL building that works at the site root and under a GitHub Pages base path such as `/fraud-kb/`. */

/** Normalises a base to the form `/`, or `/name/` with one leading and one trailing slash. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Prefixes a root-relative path with the base; leaves external, protocol-relative, fragment-only and already-based URLs alone. */
export function withBase(base: string, path: string): string {
  const b = normaliseBase(base);
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  if (b !== '/' && (path === b.slice(0, -1) || path.startsWith(b))) return path;
  return b + path.slice(1);
}

/** Root-relative path of an entity page; ids are slugs, so no escaping is needed. */
export function entityPath(kind: string, id: string, fragment?: string): string {
  return `/${kind}/${id}/${fragment ? `#${fragment}` : ''}`;
}

/** The inverse of withBase for a path under the base: `/fraud-kb/terms/goip/` → `/terms/goip/`. */
export function stripBase(base: string, path: string): string {
  const b = normaliseBase(base);
  return b !== '/' && path.startsWith(b) ? `/${path.slice(b.length)}` : path;
}

/** The prefix of the Chinese pages: every page has a twin at `/zh/…` with the same anchors. */
const ZH_PREFIX = '/zh';

/** A page's path in a language: `/terms/goip/` → `/zh/terms/goip/` in Chinese; English paths are unprefixed. */
export function localePath(path: string, locale: 'en' | 'zh'): string {
  if (locale !== 'zh' || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path === ZH_PREFIX || path.startsWith(`${ZH_PREFIX}/`)) return path;
  return `${ZH_PREFIX}${path}`;
}

/** A page's path in the other language: `/zh/terms/goip/#a` ↔ `/terms/goip/#a`. */
export function twinPath(path: string): { locale: 'en' | 'zh'; path: string } {
  if (path === `${ZH_PREFIX}/` || path.startsWith(`${ZH_PREFIX}/`)) return { locale: 'en', path: path.slice(ZH_PREFIX.length) };
  return { locale: 'zh', path: localePath(path, 'zh') };
}
