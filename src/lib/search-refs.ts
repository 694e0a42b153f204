/**
 * Article references in a query: "Art. 31", "Article 287-2", 第三十一条, 第287条之二, "287-2", "point 3", alone or
 * with the document's name ("反诈法 第三十一条", "Criminal Law Art. 287-1"). Resolved against the article index the
 * build writes (src/data/search-names.ts), so a reference goes straight to the article's anchor. Pure and unit-tested.
 */
import { nameKey, words } from './search-names';

export interface ArticlesIndex {
  docs: {
    /** The document's page, without the base. */
    path: string;
    /** Its short name, shown in the result. */
    title: string;
    /** law | criminal-law | judicial-interpretation | …: a bare "Art. 31" means the one document of kind `law`. */
    kind: string;
    /** Every name a reader may call it by, its policy page's names included. */
    names: string[];
    /** [anchor id, article number as written in ASCII ("14", "287-2"; an item "14(2)"), label ("Art. 14"), heading]. */
    articles: [string, string, string, string][];
  }[];
}

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A number written in Chinese numerals or digits: 三十一 → 31, 二百八十七 → 287, 一百零一 → 101, 十五 → 15, "31" → 31. */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGIT) digit = DIGIT[ch];
    else if (ch in UNIT) {
      total += (digit ?? 1) * UNIT[ch]!;
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

const NUM = '[\\d零〇一二两三四五六七八九十百千]+';
const PATTERNS: RegExp[] = [
  // Art. 31, Article 287-2, art 287 - 1, §14, point 3 (opinions are numbered in points or sections)
  /(?:\b(?:art(?:icle)?s?|point|para(?:graph)?|sec(?:tion)?)\b\.?|§)\s*(\d+)(?:\s*[-‐‑–]\s*(\d+))?/i,
  // 第三十一条, 第287条之二, 287条之一, 第三部分 (a bare 一条 is a word, not an article)
  new RegExp(`(?:第\\s*(${NUM})|(?<![\\d零〇一二两三四五六七八九十百千])(\\d+))\\s*(?:条|部分)(?:\\s*之\\s*(${NUM}))?`),
  // 287-2 standing alone as a word
  /(?:^|\s|[^\w-])(\d{2,3})\s*[-‐‑–]\s*(\d)(?![\w-])/,
];

export interface ArticleRef {
  /** The article number as the index writes it: "31", "287-2", or an item of an article, "14(2)". */
  number: string;
  /** The query without the reference: the document's name, if the reader gave one. */
  rest: string;
  /** The reference as typed. */
  text: string;
}

/** An item after an article: "Art. 14(2)", 第十四条（二）, 第一条第（五）项. */
const ITEM = /^\s*(?:[(（]\s*([\d一二三四五六七八九十]+)\s*[)）]|第\s*[(（]?\s*([\d一二三四五六七八九十]+)\s*[)）]?\s*项)/;

/** The article (or numbered item of an article) a query refers to, if it refers to one. */
export function parseArticleRef(query: string): ArticleRef | undefined {
  for (const re of PATTERNS) {
    const m = re.exec(query);
    if (!m) continue;
    // The Chinese pattern has two ways to write the number, so its groups are (第N | N) then 之M.
    const [n, s] = m.length > 3 ? [m[1] ?? m[2], m[3]] : [m[1], m[2]];
    const main = chineseNumber(n!);
    const sub = s === undefined ? undefined : chineseNumber(s);
    if (main === undefined || (s !== undefined && sub === undefined)) continue;
    let number = sub === undefined ? `${main}` : `${main}-${sub}`;
    let text = m[0];
    const item = ITEM.exec(query.slice(m.index + m[0].length));
    const itemNumber = item && chineseNumber(item[1] ?? item[2]!);
    if (item && itemNumber !== undefined) {
      number += `(${itemNumber})`;
      text += item[0];
    }
    return { number, rest: query.replace(text, ' ').trim(), text: text.trim() };
  }
  return undefined;
}

export interface ArticleHit {
  path: string;
  id: string;
  label: string;
  heading: string;
  document: string;
}

/**
 * The article a reference points to. A named document wins (the longest of its names found in the rest of the query);
 * with no name, the law (the one document of kind `law`) if it has the article, else the only document that has it.
 */
export function findArticle(ref: ArticleRef, index: ArticlesIndex): ArticleHit | undefined {
  // An item the site does not anchor falls back to its article.
  const numbers = ref.number.includes('(') ? [ref.number, ref.number.replace(/\(.*$/, '')] : [ref.number];
  for (const number of numbers) {
    const having = index.docs.filter((d) => d.articles.some((a) => a[1] === number));
    const scored = having.map((d) => ({ d, score: Math.max(0, ...d.names.map((n) => nameScore(ref.rest, n))) })).filter((x) => x.score > 0);
    const named = scored.sort((a, b) => b.score - a.score)[0]?.d;
    const doc = named ?? having.find((d) => d.kind === 'law') ?? (having.length === 1 ? having[0] : undefined);
    const a = doc?.articles.find((x) => x[1] === number);
    if (doc && a) return { path: doc.path, id: a[0], label: a[2], heading: a[3], document: doc.title };
  }
  return undefined;
}

/**
 * How well the rest of a query names a document: a Chinese name found in it (or it in the name) scores its length;
 * otherwise the share of the query's words the name holds, in any order ("2016 Opinions" names "Opinions (2016)").
 */
function nameScore(rest: string, name: string): number {
  const r = nameKey(rest);
  const n = nameKey(name);
  if (!r || !n) return 0;
  if (/\p{Script=Han}/u.test(n) && n.length >= 2 && (r.includes(n) || n.includes(r))) return 10 + n.length;
  const restWords = words(rest);
  const nameWords = new Set(words(name));
  const held = restWords.filter((w) => nameWords.has(w)).length;
  return held / restWords.length >= 0.5 ? held / restWords.length : 0;
}
