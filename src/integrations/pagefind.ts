/**
 * Runs Pagefind over the build output after `astro build`: one index per language, the English pages' at
 * `pagefind/` and the Chinese pages' at `zh/pagefind/`, so a search loads only its own language's index. Each index
 * forces `zh` segmentation, which keeps Chinese words and still matches English ones (see shared/STACK.md).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Every HTML file of the build, relative to it (`zh/terms/goip/index.html`). */
const builtHtml = async (outDir: string): Promise<string[]> =>
  (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();

/** Where each language's pages and index live, below the output folder. */
export const SEARCH_INDEXES = [
  { locale: 'en', pages: (file: string) => !file.startsWith('zh/'), dir: 'pagefind' },
  { locale: 'zh', pages: (file: string) => file.startsWith('zh/'), dir: 'zh/pagefind' },
] as const;

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'fraud-kb-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await builtHtml(outDir);
        for (const { locale, pages, dir: indexDir } of SEARCH_INDEXES) {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          let count = 0;
          for (const file of files.filter(pages)) {
            const added = await index.addHTMLFile({ sourcePath: file, content: await readFile(`${outDir}/${file}`, 'utf8') });
            if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
            count++;
          }
          const written = await index.writeFiles({ outputPath: `${outDir}/${indexDir}` });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${count} ${locale} pages into ${outDir}${indexDir}`);
        }
        await pagefind.close();
      },
    },
  };
}
