/**
 * content/term-list.yaml lists every term, slogan and named procedure of the sources with the page it belongs to.
 * Each item must resolve through the names search uses (EntityHeader's names meta): the English name, Chinese name,
 * pinyin, abbreviation, short title or short name (`how: page`), or an alias (`how: alias`). Content is read the way
 * tests/site/aliases.test.ts reads it: frontmatter straight from the files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { redirects } from '../../src/redirects';

const CONTENT = process.env.KB_CONTENT_DIR ?? 'content';
const LIST = join(CONTENT, 'term-list.yaml');
import { KINDS } from '../../src/kinds/keys';
const CATEGORIES = ['zh-term', 'quoted', 'procedure', 'name'];

interface Item {
  text: string;
  lang: 'en' | 'zh';
  from: string;
  category: string;
  resolves: string;
  how: 'page' | 'alias';
  why: string;
  printed?: boolean;
}
type Data = Record<string, unknown> & { aliases?: { text: string }[] };

function frontmatter(path: string): Data {
  const text = readFileSync(path, 'utf8');
  return parse(path.endsWith('.yaml') ? text : text.split(/^---$/m)[1]!) ?? {};
}

/** Case, width (NFKC: （二） = (二)), spacing and surrounding quotes or title marks do not matter. */
export function normalise(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“”‘’《〈「『]+|["'“”‘’》〉」』]+$/g, '')
    .trim();
}

/** The page's own names, and its aliases, as search reads them. */
export function namesOf(data: Data): { own: string[]; aliases: string[] } {
  const own = [
    data.name,
    data.title,
    data.term,
    data.nameZh,
    data.titleZh,
    data.termZh,
    data.titleOriginal,
    data.pinyin,
    data.abbreviation,
    data.shortTitle,
    data.shortName,
  ];
  return {
    own: own.filter((n): n is string => typeof n === 'string' && n.length > 0),
    aliases: (data.aliases ?? []).map((a) => a.text),
  };
}

/** The entry an item points at, following src/redirects.ts when a page has moved (its old id still resolves). */
function target(resolves: string, entries: Map<string, Data>): Data | undefined {
  const moved = redirects[`/${resolves}/`]?.replace(/^\/|\/$/g, '');
  return entries.get(resolves) ?? (moved ? entries.get(moved) : undefined);
}

/** Why an item does not resolve, or undefined when it does. */
export function unresolved(item: Item, entries: Map<string, Data>): string | undefined {
  const data = target(item.resolves, entries);
  if (!data) return `"${item.text}": ${item.resolves} is not an entry (write <kind>/<id>, e.g. terms/goip)`;
  const { own, aliases } = namesOf(data);
  const text = normalise(item.text);
  const inOwn = own.some((n) => normalise(n) === text);
  const inAliases = aliases.some((n) => normalise(n) === text);
  if (!inOwn && !inAliases)
    return `"${item.text}" is not a name of ${item.resolves}. Fix: add it to that page's aliases, or point the item at the right page`;
  if (item.how === 'page' && !inOwn) return `"${item.text}" is an alias of ${item.resolves}, not its own name. Fix: set how: alias`;
  if (item.how === 'alias' && !inAliases) return `"${item.text}" is the own name of ${item.resolves}, not an alias. Fix: set how: page`;
  return undefined;
}

function loadEntries(): Map<string, Data> {
  const entries = new Map<string, Data>();
  for (const kind of KINDS) {
    for (const file of readdirSync(join(CONTENT, kind)))
      entries.set(`${kind}/${file.replace(/\.(mdx|yaml)$/, '')}`, frontmatter(join(CONTENT, kind, file)));
  }
  return entries;
}

function loadList(): Item[] {
  if (!existsSync(LIST)) throw new Error(`${LIST} is missing: it is the committed list of every term in the sources`);
  const list = parse(readFileSync(LIST, 'utf8'));
  if (!Array.isArray(list) || list.length === 0) throw new Error(`${LIST} is empty: it must list every term in the sources`);
  return list as Item[];
}

const entries = loadEntries();

describe('the term list', () => {
  it('exists and is not empty', () => {
    const list = loadList();
    expect(list.length).toBeGreaterThan(100);
    for (const category of CATEGORIES) expect(list.filter((i) => i.category === category).length, category).toBeGreaterThan(0);
  });

  it('has complete items', () => {
    const problems = loadList().flatMap((item, n) => {
      const at = `item ${n + 1} ("${item?.text}")`;
      const out: string[] = [];
      if (typeof item?.text !== 'string' || !item.text.trim()) out.push(`${at}: no text`);
      if (!['en', 'zh'].includes(item?.lang)) out.push(`${at}: lang must be en or zh`);
      if (item?.lang === 'zh' && !/\p{Script=Han}/u.test(item.text)) out.push(`${at}: lang zh but no Chinese characters`);
      if (!entries.has(`sources/${item?.from}`)) out.push(`${at}: from "${item?.from}" is not a source id`);
      if (!CATEGORIES.includes(item?.category)) out.push(`${at}: category must be one of ${CATEGORIES.join(', ')}`);
      if (!['page', 'alias'].includes(item?.how)) out.push(`${at}: how must be page or alias`);
      if (typeof item?.why !== 'string' || item.why.length < 10) out.push(`${at}: say why (at least a few words)`);
      if (item?.printed !== undefined && item.printed !== false) out.push(`${at}: printed is only ever false`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('resolves every item to a page through the names search uses', () => {
    const problems = loadList()
      .map((item) => unresolved(item, entries))
      .filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('lists each text once per page', () => {
    const seen = new Map<string, number>();
    for (const item of loadList())
      seen.set(`${normalise(item.text)} → ${item.resolves}`, (seen.get(`${normalise(item.text)} → ${item.resolves}`) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
  });

  it('fails an item that names no page, or names the wrong one', () => {
    const base = { lang: 'en', from: '2022-07-22-cns-spp-helping-crime', category: 'quoted', why: 'a test item' } as const;
    expect(unresolved({ ...base, text: 'GOIP equipment', resolves: 'terms/goip', how: 'alias' }, entries)).toBeUndefined();
    expect(unresolved({ ...base, text: '“GOIP Equipment”', resolves: 'terms/goip', how: 'alias' }, entries)).toBeUndefined();
    expect(unresolved({ ...base, text: 'no such name', resolves: 'terms/goip', how: 'alias' }, entries)).toMatch(
      /is not a name of terms\/goip/,
    );
    expect(unresolved({ ...base, text: 'GOIP equipment', resolves: 'terms/card-dealer', how: 'alias' }, entries)).toMatch(/not a name/);
    expect(unresolved({ ...base, text: 'GOIP equipment', resolves: 'terms/nowhere', how: 'alias' }, entries)).toMatch(/not an entry/);
    expect(unresolved({ ...base, text: 'GOIP equipment', resolves: 'terms/goip', how: 'page' }, entries)).toMatch(/set how: alias/);
  });
});

// Where the source texts are at hand (the shared folder beside the checkout), each item not marked printed: false
// must appear in the text of its `from` source; quotation marks inside the text are ignored (“断流”专案行动).
const SOURCE_TEXTS = [process.env.KB_SOURCE_TEXTS, join('..', 'shared', 'seeds'), join('..', '..', 'shared', 'seeds')].find(
  (d) => d && existsSync(d),
);

describe.skipIf(!SOURCE_TEXTS)('the term list against the source texts', () => {
  it('takes each printed item from the source it names', () => {
    const unquote = (s: string) => normalise(s).replace(/["'“”‘’]/g, '');
    const problems = loadList()
      .filter((item) => item.printed !== false)
      .filter((item) => {
        const file = entries.get(`sources/${item.from}`)?.seedFile as string | undefined;
        return !file || !unquote(readFileSync(join(SOURCE_TEXTS!, file), 'utf8')).includes(unquote(item.text));
      })
      .map((item) => `"${item.text}" is not printed in ${item.from}. Fix: correct the text or the source, or set printed: false`);
    expect(problems).toEqual([]);
  });
});
