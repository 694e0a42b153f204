/** The export documents for this build: the corpus, permalinks and last-change dates bound to the pure builders. */
import { entityPath } from '../lib/links';
import { datasetsExport, entitiesExport, relationsExport } from '../lib/exports';
import { fileDates, type FileDates } from '../lib/git-dates';
import type { PlainEntry } from '../lib/refs';
import { BUILD_DATE, permalink } from '../lib/site';
import type { Kind } from '../kinds/keys';
import { loadCorpus, toPlain, type AnyEntry } from './corpus';

const link = (kind: Kind, id: string, fragment?: string) => permalink(entityPath(kind, id, fragment));

let dates: Map<string, FileDates> | undefined;
/**
 * When an entry's file was first added and last changed (passing over the mechanical commits listed in
 * .git-blame-ignore-revs); the build date for both when git does not know it.
 */
export function fileDatesOf(e: PlainEntry): FileDates {
  dates ??= fileDates();
  const fallback = `${BUILD_DATE}T00:00:00Z`;
  return dates.get(e.file.replace(/^\.\//, '')) ?? { created: fallback, updated: fallback, updatedBy: '' };
}

/** Last change of an entry's file, or the build date when git does not know it. */
export const updatedOf = (e: PlainEntry): string => fileDatesOf(e).updated;

/** Every entry with its last change, newest first (ties by id): the feed and the home page's "recently changed". */
export async function byLastChange(): Promise<{ e: AnyEntry; updated: string }[]> {
  return (await loadCorpus()).all
    .map((e) => ({ e, updated: updatedOf(toPlain(e)) }))
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.e.id.localeCompare(b.e.id));
}

async function build() {
  const plain = (await loadCorpus()).all.map(toPlain);
  const generated = `${BUILD_DATE}T00:00:00Z`;
  return {
    entities: entitiesExport(plain, link, updatedOf, generated),
    relations: relationsExport(plain, generated),
    datasets: datasetsExport(plain, link, generated),
  };
}

let docs: ReturnType<typeof build> | undefined;
/** Built once per build and shared by the three endpoints. */
export const exportDocuments = () => (docs ??= build());
