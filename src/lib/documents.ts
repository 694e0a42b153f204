/** An official document's articles arranged for reading: the outline by part, and each article with the entities it concerns. */
import type { Kind } from '../kinds/keys';
import type { Article } from '../schemas/document';

type Ref = { collection: string; id: string };
export interface Concerned {
  kind: Kind;
  id: string;
}

/** The entities an article concerns, in the order crimes, terms, agencies, campaigns, policies. */
export function concerned(a: { concerns: Partial<Record<string, Ref[]>> }): Concerned[] {
  return Object.values(a.concerns).flatMap((refs) => (refs ?? []).map((r) => ({ kind: r.collection as Kind, id: r.id })));
}

export function documentArticles(doc: {
  parts: { id: string; label: string; labelZh: string; articles: string[] }[];
  articles: Article[];
}) {
  const articles = doc.articles.map((a) => ({ ...a, concerned: concerned(a) }));
  const byId = new Map(articles.map((a) => [a.id, a]));
  // A document without parts (most opinions) is one unnamed part.
  const outline = doc.parts.length
    ? doc.parts.map((p) => ({ ...p, articles: p.articles.map((id) => byId.get(id)!) }))
    : [{ id: 'all', label: '', labelZh: '', articles }];
  return { outline, articles };
}

/** A document's dates in order (each adoption, then promulgation, then entry into force), with the locator that states each. */
export type DocumentDateKey = 'adopted' | 'promulgated' | 'effective';
interface LocatedDate {
  date: string;
  at: string;
  note?: string;
}
export function documentDates(doc: {
  dates: { adopted?: LocatedDate | LocatedDate[]; promulgated?: LocatedDate; effective?: LocatedDate };
}): (LocatedDate & { key: DocumentDateKey })[] {
  const { adopted, promulgated, effective } = doc.dates;
  return [
    ...[adopted ?? []].flat().map((d) => ({ key: 'adopted' as const, ...d })),
    ...(promulgated ? [{ key: 'promulgated' as const, ...promulgated }] : []),
    ...(effective ? [{ key: 'effective' as const, ...effective }] : []),
  ];
}
