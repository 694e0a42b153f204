/**
 * A scratch copy of content/ with extra files planted in it, and the environment that builds it with its own
 * cache. Used by the tests that build deliberately broken or hostile content.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ContentCopy {
  dir: string;
  env: NodeJS.ProcessEnv;
}

/** `files` maps paths inside content/ (e.g. `terms/zz.mdx`) to their text. */
export function contentCopy(files: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}): ContentCopy {
  const dir = mkdtempSync(join(tmpdir(), 'kb-copy-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, 'content', path), text);
  // Vitest puts Vite's BASE_URL ("/") into process.env, where it would override the build's base path.
  const { BASE_URL: _, ...inherited } = process.env;
  return { dir, env: { ...inherited, KB_CONTENT_DIR: join(dir, 'content'), KB_CACHE_DIR: join(dir, 'cache'), ...extraEnv } };
}
