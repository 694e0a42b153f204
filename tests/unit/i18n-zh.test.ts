/**
 * The Chinese interface table (src/i18n/zh.ts) against the English one: the same keys, the same `{placeholders}`,
 * the same markup in `…Html` entries, and text that is Chinese rather than English left untranslated.
 */
import { isTag, isText, type AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { en, type StringKey } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { parseHtml } from '../../src/lib/html-links';

/** Keys allowed to have no Chinese character, each with why. */
const NO_HAN: Partial<Record<StringKey, string>> = {
  'feed.entry': 'only the kind and the name, joined by a full-width colon: "{kind}：{name}"',
  'search.articleOf': 'only the document in book-title marks and the article: "《{document}》{article}"',
  'punct.list': 'a punctuation mark: the enumeration comma 、',
  'punct.comma': 'a punctuation mark: the full-width comma ，',
  'punct.semicolon': 'a punctuation mark: the full-width semicolon ；',
  'punct.colon': 'a punctuation mark: the full-width colon ：',
  'punct.open': 'a punctuation mark: the full-width opening bracket （',
  'punct.close': 'a punctuation mark: the full-width closing bracket ）',
  'punct.stop': 'a punctuation mark: the full stop 。',
  'punct.space': 'empty: Chinese puts no space between words where English does',
  'edition.switch': 'the language switch on a Chinese page names the language it leads to, English, in English',
};
/** Keys allowed to hold a run of three or more English words, each with why (none today). */
const ENGLISH_RUN: Partial<Record<StringKey, string>> = {};

const keys = Object.keys(en) as StringKey[];
const table: Record<string, string> = zh;

/** The placeholders of a string, as `fill()` reads them (`{ source, at }` in code samples is not one), sorted. */
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** The elements of a fragment in document order: tag name and attributes. */
function tags(html: string): string[] {
  const out: string[] = [];
  const walk = (nodes: AnyNode[]) => {
    for (const n of nodes) {
      if (!isTag(n)) continue;
      out.push(`<${n.name} ${JSON.stringify(Object.entries(n.attribs).sort(([a], [b]) => a.localeCompare(b)))}>`);
      walk(n.children);
    }
  };
  walk(parseHtml(html).children);
  return out;
}

/** The prose of a string: markup dropped, each `<code>` and each placeholder standing as one word ("X"). */
function prose(key: StringKey, s: string): string {
  const text = s.replace(/\{\w+\}/g, 'X');
  if (!key.endsWith('Html')) return text;
  const walk = (nodes: AnyNode[]): string =>
    nodes.map((n) => (isText(n) ? n.data : isTag(n) ? (n.name === 'code' ? 'X' : walk(n.children)) : '')).join('');
  return walk(parseHtml(text).children);
}

const HAN = /\p{Script=Han}/u;
/** Three or more Latin-script words in a row, separated only by white space: an English phrase left as it was. */
const ENGLISH_WORDS = /[A-Za-z][\w'’./-]*(?:\s+[A-Za-z][\w'’./-]*){2,}/;
/** ASCII punctuation touching a Chinese character, where Chinese text takes the full-width form (，。：；？！（）“”). */
const ASCII_BY_HAN = /\p{Script=Han}[,.:;?!()"]|[,:;?!("]\p{Script=Han}/u;

describe('the Chinese interface table', () => {
  it('has exactly the keys of the English table', () => {
    const missing = keys.filter((k) => !(k in table));
    const extra = Object.keys(table).filter((k) => !(k in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('fills the same placeholders as the English, as often', () => {
    const wrong = keys
      .filter((k) => k in table && placeholders(table[k]!).join() !== placeholders(en[k]).join())
      .map((k) => `${k}: en {${placeholders(en[k]).join('}{')}} zh {${placeholders(table[k]!).join('}{')}}`);
    expect(wrong).toEqual([]);
  });

  it('keeps the markup of every …Html entry: the same elements in the same order, with the same attribute values', () => {
    const html = keys.filter((k) => k.endsWith('Html'));
    expect(html.length).toBeGreaterThan(0);
    for (const k of html) expect(tags(table[k] ?? ''), k).toEqual(tags(en[k]));
  });

  it('writes every entry with Chinese characters, except the allowlisted', () => {
    expect(Object.keys(NO_HAN).filter((k) => !(k in en))).toEqual([]);
    expect(keys.filter((k) => k in table && !HAN.test(table[k]!) && !(k in NO_HAN))).toEqual([]);
  });

  it('leaves no English phrase (three or more English words in a row) untranslated, except the allowlisted', () => {
    expect(Object.keys(ENGLISH_RUN).filter((k) => !(k in en))).toEqual([]);
    const found = keys
      .filter((k) => k in table && !(k in ENGLISH_RUN))
      .flatMap((k) => {
        const m = ENGLISH_WORDS.exec(prose(k, table[k]!));
        return m ? [`${k}: "${m[0]}"`] : [];
      });
    expect(found).toEqual([]);
  });

  it('uses full-width punctuation beside Chinese characters', () => {
    const found = keys
      .filter((k) => k in table)
      .flatMap((k) => {
        const m = ASCII_BY_HAN.exec(prose(k, table[k]!));
        return m ? [`${k}: "${m[0]}"`] : [];
      });
    expect(found).toEqual([]);
  });
});
