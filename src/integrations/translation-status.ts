/** Prints the translation-status report (/zh/translation-status.json, from src/data/translation.ts) at the end of a build. */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { statusTable, type KindStatus } from '../data/translation-table';

export default function translationStatusReport(): AstroIntegration {
  return {
    name: 'fraud-kb-translation-status',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const file = fileURLToPath(new URL('zh/translation-status.json', dir));
        const { kinds } = JSON.parse(await readFile(file, 'utf8')) as { kinds: KindStatus[] };
        const rest = kinds.flatMap((k) => [...k.summaryOnly, ...k.untranslated].map((id) => `${k.kind}/${id}`));
        logger.info(`Chinese main text written:\n${statusTable(kinds)}`);
        if (rest.length) logger.info(`Not yet written in Chinese (${rest.length}): ${rest.join(', ')}`);
      },
    },
  };
}
