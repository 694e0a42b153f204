/**
 * How much of the site is written in Chinese: per kind, the pages whose main text (the body, or for datasets and
 * official documents their labels, notes and article summaries) is written in Chinese, and the rest by id. The build
 * prints it (src/integrations/translation-status.ts), /zh/translation-status.json publishes it, the README quotes it.
 */
import { KINDS } from '../kinds';
import { loadCorpus } from './corpus';
import type { KindStatus } from './translation-table';

export async function translationStatus(): Promise<KindStatus[]> {
  const zh = await loadCorpus('zh');
  return KINDS.map((kind) => {
    const ids = zh.byKind(kind).map((e) => e.id);
    return {
      kind,
      pages: ids.length,
      written: ids.filter((id) => zh.written(kind, id)).length,
      summaryOnly: ids.filter((id) => !zh.written(kind, id) && zh.edition(kind, id)),
      untranslated: ids.filter((id) => !zh.edition(kind, id)),
    };
  });
}
