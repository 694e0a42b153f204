/**
 * References in a query to the official documents:
 * - articles: "Art. 31", "Article 287-2", 第三十一条, 第287条之二, "287-2", "point 3", 一、, alone or with the
 *   document's name ("反诈法 第三十一条", "Criminal Law Art. 287-1"), and their paragraphs and items ("Art. 14(2)",
 *   "art 39 item 5", 第二十五条第一款第二项);
 * - document numbers (文号) however they are typed: 法发〔2016〕32号, 法发[2016]32号, "Fa Fa 2016-32",
 *   "No. 15 of 2019", 2021年第22号, 第119号主席令, "Presidential Order No. 119".
 * Resolved against the article index the build writes (src/data/search-names.ts), so a reference goes straight to the
 * article's anchor or the document's page. Pure and unit-tested.
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
    /** Every name a reader may call it by, its policy page's names and its kind ("judicial interpretation") included. */
    names: string[];
    /** Its 文号 as printed, if it has one. */
    number?: string;
    /** [anchor id, number in ASCII ("14", "287-2"; a paragraph's item "25(1)(2)", an item "39(5)"), label ("Art. 14"), heading]. */
    articles: [string, string, string, string][];
  }[];
}

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A number written in Chinese numerals or digits: 三十一 → 31, 二百八十七 → 287, 一百零一 → 101, 十五 → 15, "31" → 31,
 * and digit by digit as order numbers are written: 一一九 → 119.
 */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (![...text].every((ch) => ch in DIGIT || ch in UNIT)) return undefined;
  if (![...text].some((ch) => ch in UNIT)) return Number([...text].map((ch) => DIGIT[ch]).join(''));
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGIT) digit = DIGIT[ch];
    else {
      total += (digit ?? 1) * UNIT[ch]!;
      digit = undefined;
    }
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
  // 2(2): a point and its item
  /(?:^|\s)(\d{1,3})(?=\s*[(（]\s*\d{1,2}\s*[)）])()/,
  // 一、 the way opinions number their points
  /(?:^|\s)([一二三四五六七八九十]+)、()/,
];

/** What follows an article: its paragraph (第一款) and item (第二项, （二）, (2), "item 2"). */
const SUB = new RegExp(
  `^\\s*(?:第\\s*(${NUM})\\s*款|第\\s*[(（]?\\s*(${NUM})\\s*[)）]?\\s*项|[(（]\\s*(\\d{1,2}|[一二三四五六七八九十]+)\\s*[)）]|,?\\s*\\b(?:item|clause)\\s*(\\d+)|,?\\s*\\bpara(?:graph)?\\s*(\\d+))`,
  'i',
);

export interface ArticleRef {
  /** The numbers to look for, most precise first: "25(1)(2)", then "25(2)", then "25". */
  numbers: string[];
  /** The query without the reference: the document's name, if the reader gave one. */
  rest: string;
  /** The reference as typed. */
  text: string;
}

/** The article (or paragraph item) a query refers to, if it refers to one. */
export function parseArticleRef(query: string): ArticleRef | undefined {
  for (const re of PATTERNS) {
    const m = re.exec(query);
    if (!m) continue;
    // The Chinese pattern has two ways to write the number, so its groups are (第N | N) then 之M.
    const [n, s] = m.length > 3 ? [m[1] ?? m[2], m[3]] : [m[1], m[2] || undefined];
    const main = chineseNumber(n!);
    const sub = s === undefined ? undefined : chineseNumber(s);
    if (main === undefined || (s !== undefined && sub === undefined)) continue;
    const article = sub === undefined ? `${main}` : `${main}-${sub}`;
    let text = m[0];
    const paras: number[] = [];
    const items: number[] = [];
    const parens: number[] = [];
    for (let rest = query.slice(m.index + m[0].length), p = SUB.exec(rest); p; rest = rest.slice(p[0].length), p = SUB.exec(rest)) {
      text += p[0];
      const [para, item, paren, itemWord, paraWord] = p.slice(1).map((x) => (x === undefined ? undefined : chineseNumber(x)));
      if (para !== undefined || paraWord !== undefined) paras.push((para ?? paraWord)!);
      if (item !== undefined || itemWord !== undefined) items.push((item ?? itemWord)!);
      if (paren !== undefined) parens.push(paren);
    }
    // "(1)(2)" is a paragraph and its item; a single "(2)" is an item.
    if (parens.length >= 2) {
      paras.push(parens[0]!);
      items.push(parens[1]!);
    } else if (parens.length === 1) items.push(parens[0]!);
    const [para, item] = [paras[0], items[0]];
    const numbers = [
      ...(para !== undefined && item !== undefined ? [`${article}(${para})(${item})`] : []),
      ...(item !== undefined ? [`${article}(${item})`] : []),
      ...(para !== undefined && item === undefined ? [`${article}(${para})`] : []),
      article,
    ];
    return { numbers, rest: query.replace(text, ' ').trim(), text: text.trim() };
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

type Doc = ArticlesIndex['docs'][number];

/**
 * The article a reference points to, as precisely as the site anchors it. A named document wins (the one whose names
 * hold most of the words of the rest of the query); with no name, the law (the one document of kind `law`) if it has
 * the article, else the only document that has it.
 */
export function findArticle(ref: ArticleRef, index: ArticlesIndex): ArticleHit | undefined {
  for (const number of ref.numbers) {
    const having = index.docs.filter((d) => d.articles.some((a) => a[1] === number));
    const named = best(ref.rest, having);
    const doc = named ?? having.find((d) => d.kind === 'law') ?? (having.length === 1 ? having[0] : undefined);
    const a = doc?.articles.find((x) => x[1] === number);
    if (doc && a) return { path: doc.path, id: a[0], label: a[2], heading: a[3], document: doc.title };
  }
  return undefined;
}

/** The document the words name best: a Chinese name inside them, else the most of their words among its names' words. */
function best(rest: string, docs: Doc[]): Doc | undefined {
  const key = nameKey(rest);
  if (!key) return undefined;
  const restWords = [...new Set(words(rest))];
  const scored = docs.map((d) => {
    const han = Math.max(
      0,
      ...d.names
        .map(nameKey)
        .filter((k) => /\p{Script=Han}/u.test(k) && k.length >= 2 && (key.includes(k) || k.includes(key)))
        .map((k) => k.length),
    );
    const held = new Set(d.names.flatMap(words));
    return { d, score: han ? 100 + han : restWords.filter((w) => held.has(w)).length };
  });
  return scored.filter((x) => x.score > 0).sort((a, b) => b.score - a.score)[0]?.d;
}

export interface DocumentNumberRef {
  /** The year in the number, when it has one (a presidential order has none). */
  year?: number;
  n: number;
  text: string;
}

const ZH_NUM = '[\\d零〇一二两三四五六七八九十百]+';
const NUMBER_PATTERNS: { re: RegExp; year?: number; n: number }[] = [
  // 法发〔2016〕32号, [2016] No. 32, 2016-32, 2021年第22号
  { re: /(\d{4})\s*(?:[〕\]】)）]\s*年?\s*(?:第|No\.?)?|年?\s*(?:第|No\.?|-|\s))\s*(\d{1,3})(?!\d)/i, year: 1, n: 2 },
  // No. 15 of 2019, No. 22 (2021)
  { re: /No\.?\s*(\d{1,3})\s*(?:of\s*)?[(（[]?\s*(\d{4})/i, year: 2, n: 1 },
  // 主席令第一一九号, 第119号主席令, Presidential Order No. 119
  { re: new RegExp(`主席令\\s*[(（]?\\s*第?\\s*(${ZH_NUM})\\s*号`), n: 1 },
  { re: new RegExp(`第?\\s*(${ZH_NUM})\\s*号\\s*主席令`), n: 1 },
  { re: /(?:presidential order|order of the president)\s*(?:No\.?)?\s*(\d+)/i, n: 1 },
];

/** The document number a query or a 文号 holds, if any. */
export function parseDocumentNumber(text: string): DocumentNumberRef | undefined {
  for (const { re, year, n } of NUMBER_PATTERNS) {
    const m = re.exec(text);
    const num = m ? chineseNumber(m[n]!) : undefined;
    if (m && num !== undefined) return { ...(year ? { year: Number(m[year]) } : {}), n: num, text: m[0].trim() };
  }
  return undefined;
}

/** The document whose 文号 a query gives, with its year if the query has one, or as an order number if it has none. */
export function findDocument(ref: DocumentNumberRef, index: ArticlesIndex): Doc | undefined {
  return index.docs.find((d) => {
    const own = d.number ? parseDocumentNumber(d.number) : undefined;
    return own && own.n === ref.n && own.year === ref.year;
  });
}
