/**
 * schema.org JSON-LD for every page, by kind: laws and official documents are `Legislation` (their articles
 * `Legislation` parts where the text is read article by article), glossary terms `DefinedTerm`s in the glossary's
 * `DefinedTermSet`, agencies `GovernmentOrganization`s, sources `NewsArticle`s or `Report`s, datasets `Dataset`s
 * with their downloads; the other entities are `Article`s, the kind indexes `CollectionPage`s (the glossary a
 * `DefinedTermSet`, the datasets a `DataCatalog`) and the home page the `WebSite`.
 *
 * The types come from schema-dts, which is generated from the schema.org vocabulary; tests/site/metadata.test.ts
 * type-checks every built page's JSON-LD against them, so a property its type does not have fails the tests.
 */
import type {
  Article,
  CollectionPage,
  Country,
  DataCatalog,
  Dataset,
  DefinedTerm,
  DefinedTermSet,
  Legislation,
  NewsArticle,
  Organization,
  Report,
  Thing,
  WebPage,
  WebSite,
  WithContext,
} from 'schema-dts';
import { t, tk, type Locale } from '../i18n';
import { datesOf, type Kind, type Names } from '../kinds';
import { CONTENT_LICENSE } from '../lib/licenses';
import { entityPath } from '../lib/links';
import { permalink } from '../lib/site';
import { loadCorpus, type Entry } from './corpus';
import type { SitePage } from './pages';

type Node = Exclude<Thing, string>;

const link = (kind: Kind, id: string, fragment?: string) => permalink(entityPath(kind, id, fragment));

/** The knowledge base as the author and publisher of its pages. */
function knowledgeBase(locale: Locale): Organization {
  return {
    '@type': 'Organization',
    '@id': `${permalink('/')}#kb`,
    name: t('site.name', locale),
    alternateName: t('site.name', 'zh'),
    url: permalink('/'),
  };
}

/** A name's other forms a reader may meet: the Chinese name and every alias but mistranslations (which are not its names). */
function otherNames(names: Names, aliases: { text: string; kind: string }[] = []): string[] | undefined {
  const all = [names.zh, names.short, names.abbreviation, ...aliases.filter((a) => a.kind !== 'mistranslation').map((a) => a.text)];
  const unique = [...new Set(all.filter((n): n is string => !!n && n !== names.name))];
  return unique.length ? unique : undefined;
}

/** An agency as a node: a state body is a `GovernmentOrganization`, a firm a `Corporation`, a medium a `NewsMediaOrganization`. */
async function agencyNode(id: string, locale: Locale, full = false): Promise<Exclude<Organization, string>> {
  const corpus = await loadCorpus(locale);
  const d = corpus.must('agencies', id).data;
  const names = corpus.names('agencies', id);
  const type =
    d.kind === 'company'
      ? 'Corporation'
      : d.kind === 'media'
        ? 'NewsMediaOrganization'
        : d.kind === 'party'
          ? 'Organization'
          : 'GovernmentOrganization';
  const node = {
    '@type': type,
    '@id': `${link('agencies', id)}#agency`,
    name: names.name,
    alternateName: otherNames(names),
    url: link('agencies', id),
  } as Exclude<Organization, string>;
  if (!full) return node;
  return {
    ...node,
    description: d.summary,
    ...(d.parent && { parentOrganization: await agencyNode(d.parent.id, locale) }),
  } as Exclude<Organization, string>;
}

const CHINA: Country = { '@type': 'Country', name: "People's Republic of China", alternateName: '中华人民共和国', identifier: 'CN' };

/** Legal force as schema.org names it; unknown, amended and in-preparation say nothing. */
const LEGAL_FORCE: Record<string, Legislation['legislationLegalForce']> = {
  'in-force': 'InForce',
  repealed: 'NotInForce',
  superseded: 'NotInForce',
};

/** Policy kinds that are legal documents (the rest, policies, instructions and case collections, are `Article`s). */
const LEGISLATION_KINDS = new Set(['law', 'amendment', 'judicial-interpretation', 'opinion', 'meeting-minutes', 'party-state-opinion']);

/** An official document read article by article, each article a part. */
async function documentNode(id: string, locale: Locale, withParts: boolean): Promise<Legislation> {
  const corpus = await loadCorpus(locale);
  const d = corpus.must('sources', id).data;
  if (!('articles' in d)) throw new Error(`Source "${id}" is no official document.`);
  const date = d.dates.promulgated?.date ?? [d.dates.adopted].flat()[0]?.date;
  return {
    '@type': 'Legislation',
    '@id': `${link('sources', id)}#document`,
    name: d.titleZh,
    alternateName: [d.title, d.shortName, ...(d.shortNameZh ? [d.shortNameZh] : [])],
    legislationType: tk(`documentKind.${d.kind}`, locale),
    legislationIdentifier: d.documentNumber,
    legislationDate: date,
    ...(d.dates.effective && { legislationDateOfApplicability: d.dates.effective.date }),
    legislationLegalForce: LEGAL_FORCE[d.status],
    legislationJurisdiction: CHINA,
    legislationPassedBy: await Promise.all(d.issuers.map((r) => agencyNode(r.id, locale))),
    inLanguage: 'zh-Hans',
    url: d.officialUrl ?? link('sources', id),
    mainEntityOfPage: link('sources', id),
    // Each article a part, kept short (the law's page is the longest there is): its anchor, relative to the page, as
    // its identifier, and its number and heading as its name.
    ...(withParts && {
      hasPart: d.articles.map((a): Legislation => ({ '@type': 'Legislation', '@id': `#${a.id}`, name: `${a.labelZh} ${a.title}`.trim() })),
    }),
  };
}

/** A policy: the document itself where its text is read, else what the page knows of it. */
async function policyNode(e: Entry<'policies'>, page: SitePage, locale: Locale, work: object): Promise<Node> {
  const d = e.data;
  if (d.document) return { ...(await documentNode(d.document.id, locale, false)), mainEntityOfPage: permalink(page.path, locale) };
  if (!LEGISLATION_KINDS.has(d.kind)) return { '@type': 'Article', ...work } as Article;
  return {
    '@type': 'Legislation',
    '@id': `${permalink(page.path, locale)}#document`,
    name: d.titleZh ?? d.title,
    alternateName: otherNames({ name: d.titleZh ?? d.title, zh: d.title, short: d.shortTitle }, d.aliases),
    description: d.summary,
    legislationType: tk(`policyKind.${d.kind}`, locale),
    legislationDate: d.issued?.date,
    ...(d.effective && { legislationDateOfApplicability: d.effective.date }),
    legislationLegalForce: LEGAL_FORCE[d.status],
    legislationJurisdiction: CHINA,
    legislationPassedBy: await Promise.all(d.issuers.map((r) => agencyNode(r.id, locale))),
    mainEntityOfPage: permalink(page.path, locale),
  };
}

/** An article's headline: at most 110 characters, as search engines show them. */
const headline = (title: string) => (title.length > 110 ? `${title.slice(0, 109)}…` : title);

/** The JSON-LD of one page. `image` is its preview image's permalink. */
export async function pageJsonLd(page: SitePage, locale: Locale, image: string): Promise<WithContext<Node>> {
  const corpus = await loadCorpus(locale);
  const url = permalink(page.path, locale);
  const kb = knowledgeBase(locale);
  // What every thing has, and what a creative work (a page, a dataset, an article) adds.
  const thing = { name: page.title, description: page.description, url, image };
  const work = {
    '@id': url,
    ...thing,
    inLanguage: 'en',
    author: kb,
    publisher: kb,
    datePublished: page.created,
    dateModified: page.updated,
    license: CONTENT_LICENSE.url,
    isAccessibleForFree: true,
  };
  let node: Node;
  const e = page.entry;
  if (page.kind === 'home') {
    node = {
      '@type': 'WebSite',
      ...work,
      '@id': `${url}#website`,
      alternateName: t('site.name', locale === 'zh' ? 'en' : 'zh'),
    } as WebSite;
  } else if (page.kind === 'index' && page.indexOf === 'terms') {
    const terms = corpus
      .byKind('terms')
      .map((term): DefinedTerm => ({ '@type': 'DefinedTerm', '@id': `${link('terms', term.id)}#term`, name: term.data.term }));
    node = { '@type': 'DefinedTermSet', ...work, '@id': `${url}#set`, hasDefinedTerm: terms } as DefinedTermSet;
  } else if (page.kind === 'index' && page.indexOf === 'datasets') {
    const datasets = corpus
      .byKind('datasets')
      .map((ds): Dataset => ({ '@type': 'Dataset', '@id': `${link('datasets', ds.id)}#dataset`, name: ds.data.title }));
    node = { '@type': 'DataCatalog', ...work, '@id': `${url}#catalog`, dataset: datasets } as DataCatalog;
  } else if (page.kind === 'index') {
    node = { '@type': 'CollectionPage', ...work } as CollectionPage;
  } else if (!e) {
    node = { '@type': 'WebPage', ...work } as WebPage;
  } else {
    const names = corpus.names(e.collection, e.id);
    switch (e.collection) {
      case 'terms':
        node = {
          '@type': 'DefinedTerm',
          ...thing,
          '@id': `${url}#term`,
          mainEntityOfPage: url,
          alternateName: otherNames(names, e.data.aliases),
          inDefinedTermSet: {
            '@type': 'DefinedTermSet',
            '@id': `${permalink('/terms/', locale)}#set`,
            name: t('kind.terms.plural', locale),
            url: permalink('/terms/', locale),
          },
        } as DefinedTerm;
        break;
      case 'agencies':
        node = { ...(await agencyNode(e.id, locale, true)), mainEntityOfPage: url } as Node;
        break;
      case 'sources': {
        const d = e.data;
        if ('articles' in d) {
          node = await documentNode(e.id, locale, true);
          break;
        }
        node = {
          '@type': d.kind === 'press-conference' ? 'Report' : 'NewsArticle',
          '@id': `${url}#original`,
          headline: d.titleOriginal ?? d.title,
          name: d.titleOriginal ?? d.title,
          ...(d.titleOriginal && { alternativeHeadline: d.title }),
          ...(d.author && { author: { '@type': 'Person', name: d.author.split(',')[0]!.trim() } }),
          publisher: { '@type': 'Organization', name: d.outlet },
          ...(d.originalOutlet && { sourceOrganization: { '@type': 'Organization', name: d.originalOutlet } }),
          datePublished: d.published,
          inLanguage: d.language === 'zh' ? 'zh-Hans' : 'en',
          ...(d.url && { url: d.url }),
          mainEntityOfPage: url,
        } as NewsArticle | Report;
        break;
      }
      case 'datasets': {
        const d = e.data;
        const bounds = datesOf('datasets', d).map((x) => x.date);
        const cited = [...new Set(d.points.map((p) => p.cite.source.id))];
        const file = (ext: string) => permalink(`/datasets/${e.id}.${ext}`);
        node = {
          '@type': 'Dataset',
          ...work,
          '@id': `${url}#dataset`,
          alternateName: names.zh,
          variableMeasured: d.measure,
          temporalCoverage: bounds.length
            ? `${bounds.reduce((a, b) => (a < b ? a : b))}/${bounds.reduce((a, b) => (a > b ? a : b))}`
            : undefined,
          spatialCoverage: CHINA,
          creator: await Promise.all(d.issuers.map((r) => agencyNode(r.id, locale))),
          isBasedOn: cited.map((s) => link('sources', s)),
          includedInDataCatalog: {
            '@type': 'DataCatalog',
            '@id': `${permalink('/datasets/')}#catalog`,
            name: t('kind.datasets.plural', locale),
            url: permalink('/datasets/'),
          },
          distribution: [
            { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: file('csv'), license: CONTENT_LICENSE.url },
            { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: file('json'), license: CONTENT_LICENSE.url },
          ],
          image: [file('png'), file('svg'), image],
        } as Dataset;
        break;
      }
      case 'policies':
        node = await policyNode(e as Entry<'policies'>, page, locale, { ...work, headline: headline(page.title) });
        break;
      default:
        node = { '@type': 'Article', ...work, headline: headline(page.title), alternateName: otherNames(names, e.data.aliases) } as Article;
    }
  }
  return { '@context': 'https://schema.org', ...(node as object) } as WithContext<Node>;
}
