/**
 * Built pages, the feed and the sitemap read with a parser (htmlparser2 + css-select), never with regexes:
 * the site and browser tests ask their questions of these documents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { parseHtml, selectAll, selectOne, type Document, type Element } from '../../src/lib/html-links.ts';
import { DIST } from './site.ts';

export { selectAll, selectOne };

/** A page of the build (`file` relative to `dist`, e.g. `terms/goip/index.html`), parsed. */
export const builtDoc = (file: string, dist = DIST): Document => parseHtml(readFileSync(join(dist, file), 'utf8'));

/** An XML file (Atom feed, sitemap), parsed as XML: element names keep their case and namespace prefix. */
export const parseXml = (xml: string): Document => parseDocument(xml, { xmlMode: true });

/** The text of a node as a reader sees it: entities decoded, runs of white space made one space. */
export const text = (node: Element | Document): string => textContent(node).replace(/\s+/g, ' ').trim();

/** The `<loc>` URLs of a sitemap or sitemap index. */
export const sitemapLocs = (xml: string): string[] => selectAll('loc', parseXml(xml)).map((l) => textContent(l).trim());
