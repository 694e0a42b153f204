/**
 * "What the law says": for every entity, the articles of official documents that concern it, grouped by document,
 * built once from the documents' `concerns` links (so the pages never restate them by hand).
 */
import { DEFAULT_LOCALE, t, type Locale } from '../i18n';
import { keyOf } from '../lib/backlinks';
import { concerned } from '../lib/documents';
import type { FactRow } from '../lib/facts';
import { entityPath } from '../lib/links';
import { url } from '../lib/site';
import type { Article } from '../schemas/document';
import type { DocumentSourceData } from '../schemas/source';
import { loadCorpus } from './corpus';

export interface LawArticle {
  source: string;
  doc: DocumentSourceData;
  article: Article;
}

let index: Promise<Map<string, LawArticle[]>> | undefined;

async function build(): Promise<Map<string, LawArticle[]>> {
  const corpus = await loadCorpus();
  const out = new Map<string, LawArticle[]>();
  for (const e of corpus.byKind('sources')) {
    const doc = e.data;
    if (!('articles' in doc)) continue;
    for (const article of doc.articles) {
      for (const c of concerned(article)) {
        const key = keyOf(c.kind, c.id);
        const list = out.get(key);
        if (list) list.push({ source: e.id, doc, article });
        else out.set(key, [{ source: e.id, doc, article }]);
      }
    }
  }
  return out;
}

/** The articles that concern an entity, in document and article order. */
export async function lawFor(kind: string, id: string): Promise<LawArticle[]> {
  return (await (index ??= build())).get(keyOf(kind, id)) ?? [];
}

/** The Criminal Law article that defines a crime (a Criminal Law excerpt's article whose concerns name it), if any. */
export async function criminalLawArticle(crimeId: string): Promise<LawArticle | undefined> {
  return (await lawFor('crimes', crimeId)).find((l) => l.doc.kind === 'criminal-law');
}

/** A crime's key-fact rows from the Criminal Law: its article, linked, and the penalty; none when no article names it. */
export async function criminalLawFacts(crimeId: string, locale: Locale = DEFAULT_LOCALE): Promise<FactRow[]> {
  const law = await criminalLawArticle(crimeId);
  if (!law) return [];
  const { doc, article } = law;
  return [
    {
      key: 'article',
      values: [
        {
          link: url(entityPath('sources', law.source, article.id)),
          text: `${doc.shortName}, ${t('locator.article', locale, { n: article.number })}`,
        },
        { text: article.labelZh, zh: true },
      ],
      cites: [],
    },
    ...(article.penalty ? [{ key: 'penalty', values: [{ text: article.penalty }], cites: [] }] : []),
  ];
}
