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
