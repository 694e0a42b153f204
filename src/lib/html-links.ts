/**
 * Reading links and ids out of built HTML, for the integrity checks over the build output. Pages are parsed with
 * htmlparser2 (as withastro/docs' link checker does), so attribute order, quoting, case and `>` inside values
 * do not matter; the functions take the HTML, a document already parsed with `parseHtml`, or an element of one.
 */
import { selectAll as cssSelectAll, selectOne as cssSelectOne } from 'css-select';
import type { AnyNode, Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export type { Document, Element };

/** The elements under `root` (not `root` itself) that match a CSS selector, in document order. */
export const selectAll = (selector: string, root: AnyNode | AnyNode[]): Element[] => cssSelectAll<AnyNode, Element>(selector, root);
/** The first element under `root` that matches a CSS selector, or null. */
export const selectOne = (selector: string, root: AnyNode | AnyNode[]): Element | null => cssSelectOne<AnyNode, Element>(selector, root);

/** Parses a page once, for callers that ask several questions of it. Entities in attributes and text are decoded. */
export const parseHtml = (html: string): Document => parseDocument(html);

const docOf = (html: string | Document | Element): Document | Element => (typeof html === 'string' ? parseHtml(html) : html);

/** Every `href` and `src` value in a page (or under an element), in document order, with entities decoded. */
export function extractLinks(html: string | Document | Element): string[] {
  return selectAll('[href], [src]', docOf(html)).flatMap((el) => ['href', 'src'].filter((a) => a in el.attribs).map((a) => el.attribs[a]!));
}

/** Every `id`, and every legacy `<a name>` anchor (the only `name` a fragment can point at), in a page. */
export function extractIds(html: string | Document | Element): Set<string> {
  return new Set(
    selectAll('[id], a[name]', docOf(html)).flatMap((el) =>
      [el.attribs.id, el.name === 'a' ? el.attribs.name : undefined].filter((v): v is string => v !== undefined),
    ),
  );
}

/** Where a link points inside the site, or undefined when it leaves the site (other origin, mailto:, …). */
export function internalTarget(link: string, pageUrlPath: string): { path: string; fragment?: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) return undefined;
  const resolved = new URL(link, `http://site.invalid${pageUrlPath}`);
  const fragment = resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : undefined;
  return { path: decodeURIComponent(resolved.pathname), ...(fragment ? { fragment } : {}) };
}
