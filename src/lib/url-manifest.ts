/**
 * The permalink guard. The manifest (url-manifest.json, committed) lists every published page and the fragments
 * on it that readers may link to. A later build may add pages and fragments, but a page may only disappear if a
 * redirect page now stands at its address, and a fragment may never disappear from a page that still exists.
 */

import { parseHtml, selectAll, type Document } from './html-links.ts';

/** Page path (relative to the base, e.g. `/terms/goip/`) → sorted stable fragment ids on it. */
export type UrlManifest = Record<string, string[]>;

/**
 * The ids a page promises to keep: elements marked `data-permalink` (source key points, data points, prose
 * headings, glossary definitions), bare or with any value. Page furniture such as #notes or #referred-to-by comes
 * and goes with content.
 */
export function stableIds(html: string | Document): string[] {
  const doc = typeof html === 'string' ? parseHtml(html) : html;
  return [
    ...new Set(
      selectAll('[data-permalink][id]', doc)
        .map((el) => el.attribs.id!)
        .filter(Boolean),
    ),
  ].sort();
}

/** Where a built page redirects to, if it is a redirect page (`<meta http-equiv="refresh" content="0;url=…">`), as a path. */
export function redirectTarget(html: string | Document): string | undefined {
  const doc = typeof html === 'string' ? parseHtml(html) : html;
  for (const meta of selectAll('meta[http-equiv="refresh" i][content]', doc)) {
    const url = refreshUrl(meta.attribs.content!);
    if (url) return url;
  }
  return undefined;
}

/** The URL in a refresh `content` value: `0;url=/x`, `0; URL='/x'`, `0, url=/x` (HTML's declarative refresh syntax). */
function refreshUrl(content: string): string | undefined {
  const value = content.replace(/^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?/i, '').trim();
  const unquoted = /^(["'])(.*?)(?:\1|$)/s.exec(value)?.[2] ?? value;
  return unquoted.trim() || undefined;
}

export interface BuiltPage {
  ids: string[];
  /** Set when the page is a redirect page: where it points (relative to the base). */
  redirectTo?: string;
}

/** Every way the current build breaks a published URL; empty when none. */
export function checkManifest(manifest: UrlManifest, built: Map<string, BuiltPage>): string[] {
  const problems: string[] = [];
  for (const [path, fragments] of Object.entries(manifest)) {
    const page = built.get(path);
    if (!page) {
      problems.push(`${path} was published but is gone. Fix: restore it, or add a redirect to its new place in src/redirects.ts.`);
      continue;
    }
    if (page.redirectTo !== undefined) {
      const target = built.get(page.redirectTo);
      if (!target || target.redirectTo !== undefined)
        problems.push(`${path} redirects to ${page.redirectTo}, which is not a page. Fix: point the redirect at an existing page.`);
      continue;
    }
    for (const f of fragments) {
      if (!page.ids.includes(f))
        problems.push(
          `${path}#${f} was published but the id is gone. Fix: restore the id (ids and locators are never renamed or removed).`,
        );
    }
  }
  return problems;
}

/** The manifest of a build: every page that is not a redirect, with its stable ids. */
export function manifestOf(built: Map<string, BuiltPage>): UrlManifest {
  const out: UrlManifest = {};
  for (const path of [...built.keys()].sort()) {
    const page = built.get(path)!;
    if (page.redirectTo === undefined) out[path] = page.ids;
  }
  return out;
}

/** Pages of a build in the manifest but not yet recorded in it: new URLs to commit with `npm run urls:update`. */
export function unrecorded(manifest: UrlManifest, built: Map<string, BuiltPage>): string[] {
  return [...built.entries()].filter(([path, page]) => page.redirectTo === undefined && !(path in manifest)).map(([path]) => path);
}
