/**
 * Runs Pagefind over the build output after `astro build`, as one index for English and Chinese:
 * forcing `zh` keeps Chinese segmentation and still matches English words (see shared/STACK.md).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'fraud-kb-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`Indexed ${added.page_count} pages into ${outDir}pagefind`);
        await pagefind.close();
      },
    },
  };
}
