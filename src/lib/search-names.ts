/**
 * The names index: every name of every page (English and Chinese names, abbreviations, aliases and mistranslations,
 * toneless pinyin, document numbers), split into shards by the first character of the name's key. The build writes
 * it (src/data/search-names.ts); the search scripts load the shards a query needs and match names here. Pure, so
 * the matching rules are unit-tested without a browser.
 */

/** What a name is, so a result can say which name matched ("matched the mistranslation “helping trust”"). */
export const NAME_TYPES = [
  'name',
  'zh',
  'abbreviation',
  'short',
  'official',
  'translation',
  'colloquial',
  'mistranslation',
  'pinyin',
  'number',
] as const;
export type NameType = (typeof NAME_TYPES)[number];

/** One shard as written: the pages its names belong to, then the names, each pointing at a page by index. */
export interface NamesShard {
  /** [path without the base, kind key, title, Chinese name or ""]. */
  pages: [string, string, string, string][];
  /** [name as shown, index into NAME_TYPES, index into pages]. */
  names: [string, number, number][];
  /** Kind key → its label in the interface language. */
  kinds: Record<string, string>;
}

/** A name or query reduced to what identifies it: case, width, spaces and punctuation do not count. */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const HAN = /\p{Script=Han}/u;

/** Shortest key a name may have to be found by any one-edit typo: shorter words are too often one edit from another. */
const TYPO_MIN = 5;

/**
 * Words of a query or name: runs of Latin letters and digits, lower-cased, and runs of Chinese characters as they
 * stand (Chinese has no spaces; a name is found inside a run).
 */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * The shard that holds names whose key starts with these two characters (the build and the browser must agree).
 * Two characters, not one: Latin names start with one of some thirty letters and digits, too few to spread thousands
 * of names over many small shards.
 */
export function shardOf(key: string, shards: number): number {
  if (shards <= 1 || !key) return 0;
  // FNV-1a over the first two code points: spreads neighbouring letters evenly over the shards.
  let hash = 0x811c9dc5;
  for (const ch of [...key].slice(0, 2)) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193);
  return (hash >>> 0) % shards;
}

/** At most this many shards are fetched for one query: its start, and the start of its next words. */
const MAX_SHARDS = 4;

/**
 * The shards a query needs: the one for its whole key, and those for where its next words (or runs of Chinese)
 * start, since a name may begin there ("GOIP 设备", "helping crime 帮信罪"). A name starting inside a run of Chinese,
 * or past the fourth word, is found by the full text instead.
 */
export function shardsFor(query: string, shards: number): number[] {
  if (shards <= 1) return [0];
  const starts = [nameKey(query), ...words(query)].filter((k) => k.length >= 2);
  return [...new Set(starts.map((k) => shardOf(k, shards)))].slice(0, MAX_SHARDS);
}

/**
 * How `a` becomes `b` with one edit: a letter changed, two neighbours swapped, or a letter added or dropped
 * (undefined when it takes more, 'same' when none). Linear, with early exit; the libraries that compute a full
 * edit-distance matrix count a swap as two edits.
 */
export function oneEdit(a: string, b: string): 'same' | 'change' | 'swap' | 'length' | undefined {
  if (a === b) return 'same';
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (l.length - s.length > 1) return undefined;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  if (s.length === l.length) {
    if (s.slice(i + 1) === l.slice(i + 1)) return 'change';
    return s[i] === l[i + 1] && s[i + 1] === l[i] && s.slice(i + 2) === l.slice(i + 2) ? 'swap' : undefined;
  }
  return s.slice(i) === l.slice(i + 1) ? 'length' : undefined;
}

export const withinOneEdit = (a: string, b: string): boolean => oneEdit(a, b) !== undefined;

/**
 * Whether a query is a typo of a name: one edit, in a Latin name of five letters or more; in a four-letter name
 * (GOIP, MIIT) only two letters swapped, since a changed letter there is as likely another word.
 */
function isTypo(query: string, name: string): boolean {
  const shortest = Math.min(query.length, name.length);
  if (shortest < 4) return false;
  const edit = oneEdit(query, name);
  return edit === 'swap' || (shortest >= TYPO_MIN && edit !== undefined);
}

/** Whether a key says enough to search by: three Latin letters or digits, or two Chinese characters. */
export const longEnough = (key: string): boolean => key.length >= (HAN.test(key) ? 2 : 3);

export type MatchKind = 'exact' | 'contained' | 'prefix' | 'typo';

export interface NameHit {
  path: string;
  kind: string;
  title: string;
  zh: string;
  /** The name that matched, as shown on the page. */
  name: string;
  type: NameType;
  match: MatchKind;
  /** The share of the query's characters the name covers (1 for an exact match). */
  coverage: number;
}

const MATCH_ORDER: Record<MatchKind, number> = { exact: 0, contained: 1, prefix: 2, typo: 3 };

/**
 * Every page one of whose names the query names: the whole query (exact), a name found inside it (a word sequence
 * of a longer query, or a Chinese name inside a run of Chinese), the query as the start of a name, or the query one
 * edit from a name. One hit per page, the best; best first.
 */
export function matchNames(query: string, shards: NamesShard[]): NameHit[] {
  const key = nameKey(query);
  if (!key) return [];
  // A name's share of the query is counted without its figures and dates, which name nothing.
  const named =
    nameKey(query.replace(FIGURE, (f) => (/[^\d.,\s]/.test(f) || f.replace(/\D/g, '').length >= 3 ? ' ' : f))).length || key.length;
  const qWords = words(query);
  const spaced = ` ${qWords.join(' ')} `;
  const best = new Map<string, NameHit>();
  const hanQuery = HAN.test(key);
  for (const shard of shards) {
    for (const [name, typeIndex, pageIndex] of shard.names) {
      const nKey = nameKey(name);
      if (!nKey) continue;
      let match: MatchKind | undefined;
      let coverage = 0;
      if (nKey === key) [match, coverage] = ['exact', 1];
      else {
        const nWords = words(name).join(' ');
        const han = HAN.test(nKey);
        // A name inside the query: whole words for Latin names; any run position for Chinese ones (two characters at least).
        if (nKey.length < key.length && (han ? nKey.length >= 2 && spaced.includes(nWords) : spaced.includes(` ${nWords} `))) {
          [match, coverage] = ['contained', Math.min(1, nKey.length / named)];
        } else if (nKey.startsWith(key) && longEnough(key)) {
          [match, coverage] = ['prefix', key.length / nKey.length];
        } else if (!hanQuery && !han && isTypo(key, nKey)) {
          [match, coverage] = ['typo', 1];
        }
      }
      if (!match) continue;
      const [path, kind, title, zh] = shard.pages[pageIndex]!;
      const hit: NameHit = { path, kind, title, zh, name, type: NAME_TYPES[typeIndex]!, match, coverage };
      const held = best.get(path);
      if (!held || rank(hit) < rank(held)) best.set(path, hit);
    }
  }
  return [...best.values()].sort((a, b) => rank(a) - rank(b));
}

/** Figures and dates in a query: 7.8万人, 130,000, 2021年, 850%, 46.4万起 (with a unit, or three digits or more: "2.0" is part of a name). */
const FIGURE = /\d[\d.,]*\s*(?:万|亿|千)?\s*(?:人|起|件|元|名|个|年|月|日|%|％)?/gu;

/** Shares of the query above which a hit leads the results: a name inside the query, or the query as most of a name. */
export const STRONG_CONTAINED = 0.6;
export const STRONG_PREFIX = 0.8;

/**
 * Whether a hit leads the full-text results: the query is the name, most of the query is the name ("GOIP 设备",
 * "电信网络诈骗 起诉 7.8万人"), or the query is most of the name ("Supreme People's Procurat").
 */
export const isStrong = (h: NameHit): boolean =>
  h.match === 'exact' ||
  (h.match === 'contained' && h.coverage >= STRONG_CONTAINED) ||
  (h.match === 'prefix' && h.coverage >= STRONG_PREFIX);

/** Lower is better: how it matched, then how much of the query it covers, then which kind of name it was. */
function rank(h: NameHit): number {
  return MATCH_ORDER[h.match] * 100 + (1 - h.coverage) * 10 + NAME_TYPES.indexOf(h.type) / 10;
}
