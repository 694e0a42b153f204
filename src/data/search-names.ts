/**
 * Builds the names index (see src/lib/search-names.ts) and the article index from the corpus: every name of every
 * page with what kind of name it is, toneless pinyin for every Chinese name (pinyin-pro: the editors' pinyin where an
 * entry gives it, else pinyin-pro's reading of the phrase, which resolves most polyphones by context), and the
 * articles of every official document with the names a reader may call the document by.
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { t, type Locale } from '../i18n';
import { KINDS } from '../kinds/keys';
import { kindLabel } from '../lib/entities';
import { entityPath, localePath } from '../lib/links';
import { locatorLabel } from '../lib/locators';
import { NAME_TYPES, nameKey, shardOf, type NamesShard, type NameType } from '../lib/search-names';
import type { ArticlesIndex } from '../lib/search-refs';
import { loadCorpus } from './corpus';

/**
 * Up to this many bytes of JSON (about 20 KB gzip) the index is one file, so a browser has every name at once, typos
 * in the first letters included. A larger index is split into shards found by the first two characters of a name (a
 * typo there is then left to the full text): as many as it takes for each to hold SHARD_BYTES of names once, which
 * comes to about twice that per file, since a page's entry is repeated in the shard of each of its names.
 */
const SINGLE_BYTES = 96_000;
const SHARD_BYTES = 12_000;
/** Readers type pinyin for terms and short names, not for the full titles of documents. */
const PINYIN_MAX_HAN = 8;

interface Named {
  path: string;
  kind: string;
  title: string;
  zh: string;
  names: { text: string; type: NameType }[];
}

/** Pinyin without tone marks: "kǎshāng" → "kashang". */
const toneless = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .normalize('NFC');
/** The way English texts cite a 文号: 法释〔2019〕15号 → "Fa Shi [2019] No. 15". */
export function romanisedNumber(number: string): string | undefined {
  const m = /^(\p{Script=Han}+)〔(\d{4})〕(\d+)号$/u.exec(number);
  if (!m) return undefined;
  const prefix = pinyin(m[1]!, { toneType: 'none', type: 'array' }).map((s) => s[0]!.toUpperCase() + s.slice(1));
  return `${prefix.join(' ')} [${m[2]}] No. ${m[3]}`;
}
/** Chinese words alone (punctuation aside) and short: not a document number (法释〔2019〕15号) or a full official title. */
function isPinyinable(text: string): boolean {
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
  return /^\p{Script=Han}+$/u.test(letters) && letters.length <= PINYIN_MAX_HAN;
}
const readPinyin = (zh: string) => pinyin(zh, { toneType: 'none', nonZh: 'removed' }).replace(/\s+/g, ' ').trim();

/**
 * Every page with every name it goes by. The names are the same in both languages (an English or a Chinese name finds
 * the entity from either side); the page linked, and the title and second name shown, are the language's own.
 */
async function namedPages(locale: Locale): Promise<Named[]> {
  const corpus = await loadCorpus();
  const local = await loadCorpus(locale);
  return corpus.all.map((e) => {
    const n = corpus.names(e.collection, e.id);
    const shown = local.names(e.collection, e.id);
    const d = e.data as Record<string, unknown> & { aliases: { text: string; lang: string; kind: NameType }[] };
    const names: Named['names'] = [
      { text: n.name, type: 'name' },
      ...(n.zh ? [{ text: n.zh, type: 'zh' as const }] : []),
      ...(n.abbreviation ? [{ text: n.abbreviation, type: 'abbreviation' as const }] : []),
      ...(n.short ? [{ text: n.short, type: 'short' as const }] : []),
      ...(typeof d.shortNameZh === 'string' ? [{ text: d.shortNameZh, type: 'short' as const }] : []),
      ...(typeof d.titleZh === 'string' && d.titleZh !== n.zh ? [{ text: d.titleZh, type: 'zh' as const }] : []),
      ...(typeof d.documentNumber === 'string'
        ? [d.documentNumber, romanisedNumber(d.documentNumber)].filter((x) => !!x).map((text) => ({ text: text!, type: 'number' as const }))
        : []),
      ...d.aliases.map((a) => ({ text: a.text, type: a.kind })),
    ];
    // Toneless pinyin of every Chinese name: the editors' own reading first, for the name it belongs to.
    const pinyins = [
      ...(n.pinyin ? [toneless(n.pinyin)] : []),
      ...names.filter((x) => isPinyinable(x.text) && !(n.pinyin && x.text === n.zh)).map((x) => readPinyin(x.text)),
    ];
    names.push(...pinyins.filter(Boolean).map((text) => ({ text, type: 'pinyin' as const })));
    const unique = new Map(names.map((x) => [`${nameKey(x.text)}\u0000${x.type}`, x]));
    return {
      path: localePath(entityPath(e.collection, e.id), locale),
      kind: e.collection,
      title: shown.name,
      zh: (locale === 'zh' ? shown.en : shown.zh) ?? '',
      names: [...unique.values()],
    };
  });
}

function shardsOf(pages: Named[], count: number, kinds: Record<string, string>): NamesShard[] {
  const shards: NamesShard[] = Array.from({ length: count }, () => ({ pages: [], names: [], kinds }));
  const local = shards.map(() => new Map<string, number>());
  for (const p of pages) {
    for (const n of p.names) {
      const key = nameKey(n.text);
      if (!key) continue;
      const s = shardOf(key, count);
      let i = local[s]!.get(p.path);
      if (i === undefined) {
        i = shards[s]!.pages.push([p.path, p.kind, p.title, p.zh]) - 1;
        local[s]!.set(p.path, i);
      }
      shards[s]!.names.push([n.text, NAME_TYPES.indexOf(n.type), i]);
    }
  }
  return shards;
}

export interface NamesIndex {
  /** How many shards the names are split into (a power of two; 1 for a small corpus). */
  shards: NamesShard[];
  /** The official documents and their articles, for "Art. 31", 第三十一条, "287-2". */
  articles: ArticlesIndex;
  /** A short hash of all of it, so a browser never mixes shards of two builds. */
  version: string;
  /** How many pages there are (the search scripts weigh a word by the share of pages that hold it). */
  pages: number;
}

type Row = ArticlesIndex['docs'][number]['articles'][number];
/** The item part of an anchor, as the search reads it: art-25-1-2 under art-25 → "(1)(2)". */
const itemNumber = (articleId: string, itemId: string) =>
  itemId
    .slice(articleId.length + 1)
    .split('-')
    .map((n) => `(${n})`)
    .join('');

async function articleIndex(locale: Locale): Promise<ArticlesIndex> {
  const corpus = await loadCorpus(locale);
  const policies = corpus.byKind('policies');
  const docs = corpus.byKind('sources').flatMap((e) => {
    const d = e.data;
    if (!('articles' in d)) return [];
    // A reader calls a document by its own names and by those of the policy page that presents it (反诈法).
    const policyNames = policies
      .filter((p) => p.data.document?.id === e.id)
      .flatMap((p) => [p.data.title, p.data.titleZh, p.data.shortTitle, ...p.data.aliases.map((a) => a.text)]);
    // Its kind names it too: "the 2019 judicial interpretation", "Criminal Law".
    const names = [
      d.title,
      d.titleZh,
      d.shortName,
      d.shortNameZh,
      d.kind.replaceAll('-', ' '),
      ...d.aliases.map((a) => a.text),
      ...policyNames,
    ].filter((x): x is string => !!x);
    return [
      {
        path: localePath(entityPath('sources', e.id), locale),
        title: locale === 'zh' ? (d.shortNameZh ?? d.titleZh) : d.shortName,
        kind: d.kind,
        names: [...new Set(names)],
        number: d.documentNumber,
        articles: d.articles.flatMap((a) => [
          [a.id, a.number, locatorLabel(d, a.id, locale), a.title] as Row,
          // Items with anchors of their own, numbered from the anchor: art-39-5 → "39(5)", art-25-1-2 → "25(1)(2)".
          ...a.items.map((i) => [i.id, `${a.number}${itemNumber(a.id, i.id)}`, locatorLabel(d, i.id, locale), a.title] as Row),
        ]),
      },
    ];
  });
  return { docs };
}

const cache = new Map<Locale, Promise<NamesIndex>>();

/** The names and article indexes for one interface language (labels differ; names are the same). */
export const namesIndex = (locale: Locale): Promise<NamesIndex> => {
  let built = cache.get(locale);
  if (!built) {
    built = (async () => {
      const pages = await namedPages(locale);
      const kinds = Object.fromEntries(KINDS.map((k) => [k, kindLabel(k, 'singular', locale)]));
      kinds.article = t('search.articleKind', locale);
      const size = JSON.stringify(shardsOf(pages, 1, kinds)[0]).length;
      let count = 1;
      if (size > SINGLE_BYTES) while (size / count > SHARD_BYTES) count *= 2;
      const shards = shardsOf(pages, count, kinds);
      const articles = await articleIndex(locale);
      const version = createHash('sha256')
        .update(JSON.stringify([shards, articles]))
        .digest('hex')
        .slice(0, 10);
      return { shards, articles, version, pages: pages.length };
    })();
    cache.set(locale, built);
  }
  return built;
};
