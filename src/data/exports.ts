/** The export documents for this build: the corpus, permalinks and last-change dates bound to the pure builders. */
import { DEFAULT_LOCALE, type Locale } from '../i18n';
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

/**
 * When an entity's page in a language was first published and last changed: its entry's file, and on a Chinese page
 * also its Chinese edition's file, whichever changed last (the page shows both).
 */
export async function pageDatesOf(e: AnyEntry, locale: Locale = DEFAULT_LOCALE): Promise<FileDates> {
  const own = fileDatesOf(toPlain(e));
  const edition = locale === 'zh' ? (await loadCorpus(locale)).edition(e.collection, e.id) : undefined;
  if (!edition?.filePath) return own;
  const zh = fileDatesOf({ kind: e.collection, id: e.id, file: edition.filePath, data: {} });
  return zh.updated > own.updated ? { ...own, updated: zh.updated, updatedBy: zh.updatedBy } : own;
}

/** Every entry with its page's last change in a language, newest first (ties by id): the feeds, "recently changed". */
export async function byLastChange(locale: Locale = DEFAULT_LOCALE): Promise<{ e: AnyEntry; updated: string }[]> {
  const all = await Promise.all((await loadCorpus()).all.map(async (e) => ({ e, updated: (await pageDatesOf(e, locale)).updated })));
  return all.sort((a, b) => b.updated.localeCompare(a.updated) || a.e.id.localeCompare(b.e.id));
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
