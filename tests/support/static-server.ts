/**
 * A minimal static file server for the built site, mounted under the base path like GitHub Pages:
 * `/fraud-kb/x/` serves dist-test/x/index.html; anything outside the base is a 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function resolveFile(root: string, base: string, urlPath: string): string | undefined {
  const path = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  if (!path.startsWith(base)) return undefined;
  const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, rel);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

export function serveStatic(root: string, base: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const file = resolveFile(root, base, req.url ?? '/');
    if (!file) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
