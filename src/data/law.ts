/**
 * "What the law says": for every entity, the articles of official documents that concern it, grouped by document,
 * built once from the documents' `concerns` links (so the pages never restate them by hand).
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n';
import { keyOf } from '../lib/backlinks';
import { concerned } from '../lib/documents';
import type { FactRow } from '../lib/facts';
import { entityPath } from '../lib/links';
import { articleLabel } from '../lib/locators';
import { pageUrl } from '../lib/site';
import type { Article } from '../schemas/document';
import type { DocumentSourceData } from '../schemas/source';
import { loadCorpus } from './corpus';

export interface LawArticle {
  source: string;
  doc: DocumentSourceData;
  article: Article;
}

const indexes = new Map<Locale, Promise<Map<string, LawArticle[]>>>();

async function build(locale: Locale): Promise<Map<string, LawArticle[]>> {
  const corpus = await loadCorpus(locale);
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

/** The articles that concern an entity, in document and article order, with their words in a language. */
export async function lawFor(kind: string, id: string, locale: Locale = DEFAULT_LOCALE): Promise<LawArticle[]> {
  let index = indexes.get(locale);
  if (!index) indexes.set(locale, (index = build(locale)));
  return (await index).get(keyOf(kind, id)) ?? [];
}

/** The Criminal Law article that defines a crime (a Criminal Law excerpt's article whose concerns name it), if any. */
export async function criminalLawArticle(crimeId: string, locale: Locale = DEFAULT_LOCALE): Promise<LawArticle | undefined> {
  return (await lawFor('crimes', crimeId, locale)).find((l) => l.doc.kind === 'criminal-law');
}

/** A crime's key-fact rows from the Criminal Law: its article, linked, and the penalty; none when no article names it. */
export async function criminalLawFacts(crimeId: string, locale: Locale = DEFAULT_LOCALE): Promise<FactRow[]> {
  const law = await criminalLawArticle(crimeId, locale);
  if (!law) return [];
  const { doc, article } = law;
  return [
    {
      key: 'article',
      // 《刑法》第二百八十七条之二 in Chinese; "Criminal Law, Art. 287-2" and the Chinese heading in English.
      values:
        locale === 'zh'
          ? [
              {
                link: pageUrl(entityPath('sources', law.source, article.id), locale),
                text: `《${doc.shortNameZh ?? doc.titleZh}》${articleLabel(article, locale)}`,
              },
            ]
          : [
              {
                link: pageUrl(entityPath('sources', law.source, article.id), locale),
                text: `${doc.shortName}, ${articleLabel(article, locale)}`,
              },
              { text: article.labelZh, zh: true },
            ],
      cites: [],
    },
    ...(article.penalty ? [{ key: 'penalty', values: [{ text: article.penalty }], cites: [] }] : []),
  ];
}
