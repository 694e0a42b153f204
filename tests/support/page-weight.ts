/**
 * The client JavaScript a built page ships before any interaction: inline scripts, every <script src> and
 * modulepreload, and the static imports of those files (dynamic import() loads on demand and is not counted).
 * The page is parsed (htmlparser2); the JavaScript files are scanned for their static import specifiers.
 * Shared by the size-budget test and `npm run bench:js`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { textContent } from 'domutils';
import { parseHtml, selectAll } from '../../src/lib/html-links.ts';

export interface Piece {
  name: string;
  raw: number;
  gzip: number;
}

/** A URL path such as /fraud-kb/_astro/x.js → the file under dist, whatever the base path. */
function fileIn(dist: string, urlPath: string): string | undefined {
  const parts = urlPath.split(/[?#]/)[0]!.split('/').filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const candidate = join(dist, ...parts.slice(i));
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** The scripts of one page of the build in `dist` (`page` is e.g. `terms/goip/index.html`). */
export function pageScripts(dist: string, page: string): Piece[] {
  const doc = parseHtml(readFileSync(join(dist, page), 'utf8'));
  const pieces: Piece[] = [];
  const seen = new Set<string>();
  const add = (name: string, code: string) =>
    pieces.push({ name, raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length });
  const follow = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    add(relative(dist, file), code);
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.m?js)["']/g)) {
      const next = m[1]!.startsWith('.') ? join(dirname(file), m[1]!) : fileIn(dist, m[1]!);
      if (next && existsSync(next)) follow(next);
    }
  };
  for (const script of selectAll('script', doc)) {
    if (/^(application\/(ld\+)?json|importmap)$/i.test(script.attribs.type ?? '')) continue;
    const src = script.attribs.src;
    if (src !== undefined) {
      const file = fileIn(dist, src);
      if (file) follow(file);
    } else if (textContent(script).trim()) add('(inline script)', textContent(script));
  }
  for (const link of selectAll('link[rel~="modulepreload" i][href]', doc)) {
    const file = fileIn(dist, link.attribs.href!);
    if (file) follow(file);
  }
  return pieces;
}

export const total = (pieces: Piece[], key: 'raw' | 'gzip' = 'raw') => pieces.reduce((s, p) => s + p[key], 0);
