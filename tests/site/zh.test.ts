/**
 * The Chinese twins over the whole test build: every English page has one at /zh/…, marked Chinese, each naming the
 * other (hreflang both ways, the language switch), with the same anchors; no English interface text on a Chinese
 * page; dates written the Chinese way; the feed, sitemap and translation report in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeElement } from 'domutils';
import { describe, expect, it } from 'vitest';
import { statusTable, type KindStatus } from '../../src/data/translation-table';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { builtDoc, parseXml, selectAll, selectOne, text } from '../support/html';
import { builtFiles, DIST, TEST_BASE } from '../support/site';

const SITE = 'https://fraud-kb.github.io';
const html = builtFiles().filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/'));
/** Redirect pages (moved addresses) are not pages of their own and have no twin. */
const isRedirect = (file: string) => !!selectOne('meta[http-equiv="refresh"]', builtDoc(file));
const english = html.filter((f) => !f.startsWith('zh/') && !isRedirect(f));
const chinese = html.filter((f) => f.startsWith('zh/') && !isRedirect(f));
const url = (file: string) => `${SITE}${TEST_BASE}${file.replace(/index\.html$/, '')}`;

/**
 * The phrases of the English interface table that a Chinese page must not show: every entry whose Chinese text
 * differs, cut at its placeholders and markup, keeping pieces with a word of English in them.
 */
const ENGLISH_UI = [
  ...new Set(
    Object.entries(en).flatMap(([key, value]) =>
      value === zh[key as keyof typeof zh]
        ? []
        : value
            .replace(/<[^>]+>/g, ' ')
            .split(/\{[a-zA-Z]+\}/)
            .map((s) => s.trim().replace(/[:.,;]$/, ''))
            .filter((s) => /[A-Za-z]{3,}/.test(s) && (s.includes(' ') || s.length >= 5)),
    ),
  ),
].sort((a, b) => b.length - a.length);

/**
 * What a reader of a Chinese page meets as words: the page's text and labels, less the parts marked as English,
 * code (identifiers such as schema.org's `Dataset`), addresses, domains and ids (`miit-results-2021`), which are no language.
 */
function chineseSurface(file: string): string {
  const doc = builtDoc(file);
  for (const el of selectAll('script, style, code, body [lang^="en"]', doc)) removeElement(el);
  const labels = selectAll('[aria-label], [title], [alt], [placeholder]', doc).flatMap((el) =>
    ['aria-label', 'title', 'alt', 'placeholder'].flatMap((a) => (el.attribs[a] ? [el.attribs[a]] : [])),
  );
  return [text(doc), ...labels]
    .join('\n')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[a-z0-9-]+(\.[a-z0-9-]+)+\b/gi, ' ')
    .replace(/\b[a-z0-9]+(-[a-z0-9]+)+\b/g, ' ');
}

/** The phrases of the English interface a page shows. */
function englishUiOn(file: string): string[] {
  const surface = chineseSurface(file);
  return ENGLISH_UI.filter((phrase) =>
    new RegExp(`(^|[^A-Za-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z]|$)`).test(surface),
  );
}

describe('Chinese twins', () => {
  it('exist for every English page, and the other way round', () => {
    expect(english.length).toBeGreaterThan(100);
    const missing = english.filter((f) => !chinese.includes(`zh/${f}`));
    const orphans = chinese.filter((f) => !english.includes(f.slice(3)));
    expect(missing).toEqual([]);
    expect(orphans).toEqual([]);
  });

  it('are marked Chinese, and the English pages English', () => {
    const wrong = [
      ...chinese.filter((f) => selectOne('html', builtDoc(f))?.attribs.lang !== 'zh-Hans'),
      ...english.filter((f) => selectOne('html', builtDoc(f))?.attribs.lang !== 'en'),
    ];
    expect(wrong).toEqual([]);
  });

  it('name each other with hreflang, and the language switch leads to the twin', () => {
    const problems: string[] = [];
    for (const file of english) {
      for (const [page, twin] of [
        [file, `zh/${file}`],
        [`zh/${file}`, file],
      ] as const) {
        const doc = builtDoc(page);
        const alt = Object.fromEntries(selectAll('link[rel="alternate"][hreflang]', doc).map((l) => [l.attribs.hreflang, l.attribs.href]));
        const [enUrl, zhUrl] = page.startsWith('zh/') ? [url(twin), url(page)] : [url(page), url(twin)];
        if (alt.en !== enUrl || alt['zh-Hans'] !== zhUrl || alt['x-default'] !== enUrl) problems.push(`${page}: ${JSON.stringify(alt)}`);
        const sw = selectOne('a.lang-switch', doc)?.attribs.href;
        if (sw !== `${TEST_BASE}${twin.replace(/index\.html$/, '')}`) problems.push(`${page}: language switch → ${sw}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keep every anchor of the English page', () => {
    const lost: string[] = [];
    for (const file of english) {
      const zhIds = new Set(selectAll('[id]', builtDoc(`zh/${file}`)).map((e) => e.attribs.id));
      for (const e of selectAll('[id]', builtDoc(file))) if (!zhIds.has(e.attribs.id)) lost.push(`zh/${file}#${e.attribs.id}`);
    }
    expect(lost).toEqual([]);
  });

  it('show no English interface text', () => {
    expect(ENGLISH_UI.length).toBeGreaterThan(200);
    expect(ENGLISH_UI).toContain('Key facts');
    // The check sees the interface of an English page (it would see it on a Chinese one).
    expect(englishUiOn('terms/goip/index.html').length).toBeGreaterThan(10);
    expect(chinese.flatMap((file) => englishUiOn(file).map((phrase) => `${file}: “${phrase}”`))).toEqual([]);
  });

  it('write dates the Chinese way', () => {
    const month =
      /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b \d{4}/;
    const found = chinese.filter((f) => month.test(chineseSurface(f)));
    expect(found).toEqual([]);
    expect(text(builtDoc('zh/policies/anti-telecom-network-fraud-law/index.html'))).toContain('2022年9月2日');
  });

  it('have a Chinese feed whose entries link the Chinese pages', () => {
    const feed = parseXml(readFileSync(join(DIST, 'zh/feed.xml'), 'utf8'));
    expect(selectOne('feed', feed)?.attribs['xml:lang']).toBe('zh-Hans');
    const links = selectAll('entry > link', feed).map((l) => l.attribs.href!);
    expect(links.length).toBeGreaterThan(50);
    expect(links.filter((l) => !l.startsWith(`${SITE}${TEST_BASE}zh/`))).toEqual([]);
  });

  it('are listed in the sitemap with their twins as alternates', () => {
    const sitemaps = builtFiles().filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const xml = parseXml(sitemaps.map((f) => readFileSync(join(DIST, f), 'utf8')).join(''));
    const entries = selectAll('url', xml);
    const of = (loc: string) => entries.find((u) => text(selectOne('loc', u)!) === loc);
    for (const file of ['terms/goip/index.html', 'index.html']) {
      for (const loc of [url(file), url(`zh/${file}`)]) {
        const alternates = Object.fromEntries(selectAll('xhtml\\:link', of(loc)!).map((l) => [l.attribs.hreflang, l.attribs.href]));
        expect(alternates).toEqual({ en: url(file), 'zh-Hans': url(`zh/${file}`) });
      }
    }
  });
});

describe('translation-status report', () => {
  const { kinds } = JSON.parse(readFileSync(join(DIST, 'zh/translation-status.json'), 'utf8')) as { kinds: KindStatus[] };

  it('shows every crime, policy, glossary term and dataset with a Chinese main text', () => {
    for (const kind of ['crimes', 'policies', 'terms', 'datasets']) {
      const s = kinds.find((k) => k.kind === kind)!;
      expect({ kind, written: s.written, rest: [...s.summaryOnly, ...s.untranslated] }).toEqual({ kind, written: s.pages, rest: [] });
    }
  });

  it('is quoted in the README as the build measured it', () => {
    // Compared cell by cell: Prettier pads the README's table.
    const cells = (table: string) => table.replace(/-{3,}/g, '---').replace(/ *\| */g, '|');
    expect(cells(readFileSync('README.md', 'utf8'))).toContain(cells(statusTable(kinds)));
  });
});
