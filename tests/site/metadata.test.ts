/**
 * What reference managers, link previews and data search engines read from the built pages.
 *
 * - html-metadata (Wikimedia's scraper behind Citoid, Wikipedia's citation service) reads each page's Highwire
 *   `citation_*`, Dublin Core, Open Graph, Twitter and JSON-LD; what it reads must be the item the page's cite block
 *   gives as CSL-JSON.
 * - Every page's JSON-LD is type-checked against schema-dts, the TypeScript types generated from the schema.org
 *   vocabulary: a property its type lacks, or a value of the wrong kind, fails.
 * - Preview images, chart images and citation files exist, and hold what they claim to.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import htmlMetadata from 'html-metadata';
import sharp from 'sharp';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslItem } from '../../src/lib/cite';
import { builtPages } from '../support/built-pages';
import { citeBlocks } from '../support/cite-blocks';
import { selectOne, text } from '../support/html';
import { parseHtml } from '../../src/lib/html-links';
import { resolveFile } from '../support/static-server';
import { DIST, TEST_BASE } from '../support/site';

type Meta = Record<string, string | string[]>;
interface Read {
  path: string;
  html: string;
  highwire: Meta;
  dc: Meta;
  og: Meta;
  twitter: Meta;
  jsonLd: Record<string, unknown>;
  /** The CSL-JSON of the page's first cite block (the original document's, where the page has one). */
  csl?: CslItem;
}

const all = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const fileOfUrl = (url: string) => resolveFile(DIST, TEST_BASE, new URL(url).pathname);

/** Every page but the 404 page and redirects. */
const paths = [...builtPages()].filter(([path, p]) => !p.redirectTo && path !== '/404/').map(([path]) => path);

const reads = new Map<string, Read>();
beforeAll(async () => {
  for (const path of paths) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    // Every standard html-metadata knows, as it reads them from the page; a standard the page lacks is left out.
    const meta = await htmlMetadata.loadFromString(html);
    const [highwire, dc, og, twitter, jsonLd] = [meta.highwirePress, meta.dublinCore, meta.openGraph, meta.twitter, meta.jsonLd].map(
      (m) => m ?? {},
    ) as [Meta, Meta, Meta, Meta, unknown];
    const doc = parseHtml(html);
    const block = selectOne('#cite-original-csl-json-text', doc) ?? selectOne('#cite-this-csl-json-text', doc);
    const csl = block ? (JSON.parse(text(block)) as CslItem[])[0] : undefined;
    reads.set(path, { path, html, highwire, dc, og, twitter, jsonLd: jsonLd as Record<string, unknown>, csl });
  }
}, 60_000);

const read = (path: string): Read => reads.get(path)!;
/** `2022/9/2`, `2022-09-02` → [2022, 9, 2]. */
const dateParts = (date: string | string[] | undefined) => String(date).split(/[-/]/).map(Number);

describe('reference-manager metadata', () => {
  it('covers every page of the site', () => {
    expect(paths.length).toBeGreaterThan(200);
    for (const path of paths) {
      const r = read(path);
      // A report with no named reporter has no author, and one whose address is unknown no URL: nothing is invented.
      const known = ['author', 'public_url'].filter((k) => !r.csl || (k === 'author' ? r.csl.author : r.csl.URL));
      for (const key of ['title', 'publication_date', 'language', ...known])
        expect(r.highwire[key], `${path} citation_${key}`).toBeTruthy();
      for (const key of ['title', 'date', 'language', 'license']) expect(r.dc[key], `${path} DC.${key}`).toBeTruthy();
    }
  });

  it('reads, through html-metadata, the item the page cites in CSL-JSON', () => {
    let compared = 0;
    for (const path of paths) {
      const { highwire, dc, csl } = read(path);
      if (!csl) continue; // the search page has no cite block
      compared++;
      const authors = (csl.author ?? []).map((a) => a.literal);
      expect(highwire.title, path).toBe(csl.title);
      expect(all(highwire.author), path).toEqual(authors);
      expect(dateParts(highwire.publication_date), path).toEqual(csl.issued!['date-parts'][0]);
      expect(highwire.public_url, path).toBe(csl.URL);
      expect(highwire.language, path).toBe(csl.language);
      expect(highwire.technical_report_number, path).toBe(csl.number);
      expect(dc.title, path).toBe(csl.title);
      expect(all(dc.creator), path).toEqual(authors);
      expect(dateParts(dc.date), path).toEqual(csl.issued!['date-parts'][0]);
      expect(all(dc.identifier), path).toEqual([csl.URL, csl.number].filter(Boolean));
    }
    // Every page but the search pages (one in each language), which have no cite block.
    expect(compared).toBe(paths.filter((p) => !/^\/(zh\/)?search\/$/.test(p)).length);
  });

  it('gives an official document its issuers as authors, its number and its own address, and this page as its abstract', () => {
    const law = read('/sources/anti-telecom-network-fraud-law-2022/');
    expect(law.highwire.author).toBe('全国人民代表大会常务委员会');
    expect(law.highwire.technical_report_number).toBe('中华人民共和国主席令第一一九号');
    expect(law.highwire.publication_date).toBe('2022/9/2');
    expect(law.highwire.public_url).toMatch(/^https:\/\/flk\.npc\.gov\.cn\//);
    expect(law.highwire.abstract_html_url).toBe(`https://fraud-kb.github.io${TEST_BASE}sources/anti-telecom-network-fraud-law-2022/`);
    // The policy page about the law describes the same document, as its "cite the original" block does.
    const policy = read('/policies/anti-telecom-network-fraud-law/');
    expect(policy.highwire.title).toBe(law.highwire.title);
    expect(policy.highwire.abstract_html_url).toBe(`https://fraud-kb.github.io${TEST_BASE}policies/anti-telecom-network-fraud-law/`);
    const joint = read('/sources/information-network-crimes-interpretation-2019/');
    expect(all(joint.highwire.author)).toEqual(['最高人民法院', '最高人民检察院']);
  });

  it("gives a page of the knowledge base the knowledge base as author, the page's last change and first publication", () => {
    const goip = read('/terms/goip/');
    expect(goip.highwire.author).toBe('Fraud Control Knowledge Base');
    expect(goip.highwire.public_url).toBe(`https://fraud-kb.github.io${TEST_BASE}terms/goip/`);
    expect(goip.highwire.online_date).toMatch(/^\d{4}\/\d{1,2}\/\d{1,2}$/);
    expect(goip.dc.modified).toBe(
      dateParts(goip.highwire.publication_date)
        .map((n, i) => String(n).padStart(i ? 2 : 4, '0'))
        .join('-'),
    );
    expect(goip.dc.created <= goip.dc.modified).toBe(true);
  });
});

describe('link previews', () => {
  it('every page has Open Graph and Twitter tags and a 1200×630 PNG preview in the build', async () => {
    const seen = new Set<string>();
    for (const path of paths) {
      const { og, twitter, html } = read(path);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(og.url, path).toBe(canonical);
      for (const key of ['title', 'description', 'type', 'site_name', 'locale', 'image']) expect(og[key], `${path} og:${key}`).toBeTruthy();
      expect(twitter.card, path).toBe('summary_large_image');
      // html-metadata gathers og:image and its og:image:* properties into one object.
      const image = (og.image as unknown as { url: string }).url;
      expect(image, path).toMatch(/\/previews\/.+\.png$/);
      // A Chinese page shares its English twin's card, which carries both names; no two English pages share one.
      if (path.startsWith('/zh/')) expect(image, path).toBe((read(path.slice(3)).og.image as unknown as { url: string }).url);
      else {
        expect(seen.has(image), `${path} shares its preview`).toBe(false);
        seen.add(image);
      }
      const file = fileOfUrl(image);
      expect(file, `${path}: ${image} is not in the build`).toBeTruthy();
      const info = await sharp(file!).metadata();
      expect([info.format, info.width, info.height], image).toEqual(['png', 1200, 630]);
    }
  }, 60_000);

  it('keeps preview images out of the pages themselves', () => {
    for (const path of paths) expect(read(path).html, path).not.toMatch(/<img[^>]+\/previews\//);
  });
});

/** The schema-dts type each page's JSON-LD is checked against. */
const TYPES = new Set([
  'Article',
  'CollectionPage',
  'Corporation',
  'DataCatalog',
  'Dataset',
  'DefinedTerm',
  'DefinedTermSet',
  'GovernmentOrganization',
  'Legislation',
  'NewsArticle',
  'NewsMediaOrganization',
  'Organization',
  'Report',
  'WebPage',
  'WebSite',
]);

/** Type-checks objects against schema-dts; returns each object's diagnostics. */
function typeCheck(objects: { name: string; type: string; value: unknown }[]): Map<string, string[]> {
  const dir = join('node_modules', '.cache', 'jsonld-check');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const lines = ["import type * as S from 'schema-dts';"];
  const owner: string[] = [];
  for (const o of objects) {
    const body = `export const v${owner.length}: S.WithContext<S.${o.type}> = ${JSON.stringify(o.value, null, 1)};`;
    for (let i = 0; i < body.split('\n').length; i++) owner.push(o.name);
    lines.push(body);
  }
  const file = join(dir, 'check.ts');
  writeFileSync(file, lines.join('\n'));
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  });
  const found = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
    const name = owner[line - 1] ?? 'check.ts';
    found.set(name, [...(found.get(name) ?? []), ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]!]);
  }
  return found;
}

describe('schema.org JSON-LD', () => {
  it('parses on every page and names a type by kind', () => {
    const expected: [RegExp, string][] = [
      [/^\/$/, 'WebSite'],
      [/^\/terms\/$/, 'DefinedTermSet'],
      [/^\/datasets\/$/, 'DataCatalog'],
      [/^\/terms\/.+/, 'DefinedTerm'],
      [/^\/agencies\/.+/, 'Organization|GovernmentOrganization|Corporation'],
      [/^\/datasets\/.+/, 'Dataset'],
      [/^\/sources\/(anti-telecom|criminal-law|information-network|telecom-fraud-opinions|card-breaking|opinions-on)/, 'Legislation'],
      [/^\/sources\/.+/, 'NewsArticle|Report'],
      [
        /^\/policies\/(anti-telecom|information-network|telecom-fraud-opinions|criminal-law-amendment|card-breaking|opinions-on)/,
        'Legislation',
      ],
      [/^\/(crimes|campaigns|policies)\/.+/, 'Article'],
      [/^\/[a-z]+\/$/, 'CollectionPage|WebPage'],
    ];
    for (const path of paths) {
      const ld = read(path).jsonLd;
      expect(ld['@context'], path).toBe('https://schema.org');
      // A Chinese page describes the same thing as its English twin.
      const want = expected.find(([re]) => re.test(path.replace(/^\/zh\//, '/')))![1];
      expect(String(ld['@type']), path).toMatch(new RegExp(`^(${want})$`));
    }
  });

  it('validates against the schema.org vocabulary (schema-dts), and the check rejects what the vocabulary lacks', () => {
    const objects = paths.map((path) => {
      const value = read(path).jsonLd;
      const type = String(value['@type']);
      expect(TYPES.has(type), `${path}: add ${type} to TYPES`).toBe(true);
      return { name: path, type, value };
    });
    // Three wrong objects prove the check can fail: an unknown property, a wrong value, a property of another type.
    objects.push(
      {
        name: 'wrong:unknown-property',
        type: 'Legislation',
        value: { '@context': 'https://schema.org', '@type': 'Legislation', legislationFoo: 'x' },
      },
      {
        name: 'wrong:value',
        type: 'Legislation',
        value: { '@context': 'https://schema.org', '@type': 'Legislation', legislationLegalForce: 'Valid' },
      },
      {
        name: 'wrong:other-type',
        type: 'DefinedTerm',
        value: { '@context': 'https://schema.org', '@type': 'DefinedTerm', datePublished: '2022' },
      },
    );
    const problems = typeCheck(objects);
    for (const wrong of ['wrong:unknown-property', 'wrong:value', 'wrong:other-type']) expect(problems.get(wrong), wrong).toBeTruthy();
    const real = [...problems].filter(([name]) => !name.startsWith('wrong:'));
    expect(real, real.map(([name, p]) => `${name}: ${p.join('; ')}`).join('\n')).toEqual([]);
  }, 120_000);

  it('marks each dataset up as a Dataset with its downloads, coverage, creator, sources and license', () => {
    const datasets = paths.filter((p) => /^\/datasets\/.+/.test(p));
    expect(datasets.length).toBeGreaterThan(10);
    for (const path of datasets) {
      const ld = read(path).jsonLd as {
        distribution: { encodingFormat: string; contentUrl: string }[];
        temporalCoverage: string;
        creator: unknown[];
        isBasedOn: string[];
        license: string;
      };
      const formats = ld.distribution.map((d) => d.encodingFormat);
      expect(formats, path).toEqual(['text/csv', 'application/json']);
      for (const d of ld.distribution) expect(fileOfUrl(d.contentUrl), `${path}: ${d.contentUrl}`).toBeTruthy();
      expect(ld.temporalCoverage, path).toMatch(/^\d{4}(-\d{2})?(-\d{2})?\/\d{4}/);
      expect(ld.creator.length, path).toBeGreaterThan(0);
      expect(ld.isBasedOn.length, path).toBeGreaterThan(0);
      for (const s of ld.isBasedOn) expect(fileOfUrl(`${s}`), `${path}: ${s}`).toBeTruthy();
      expect(ld.license, path).toBe('https://creativecommons.org/licenses/by/4.0/');
    }
  });

  it('gives the law its articles as parts, each an anchor on its page', () => {
    const { jsonLd, html } = read('/sources/anti-telecom-network-fraud-law-2022/');
    const parts = (jsonLd as { hasPart: { '@type': string; '@id': string; name: string }[] }).hasPart;
    expect(parts).toHaveLength(50);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    // Each part is identified by its anchor on this page (a relative IRI, resolved against the page's address).
    for (const part of parts) {
      expect(part['@type']).toBe('Legislation');
      expect(part['@id']).toMatch(/^#art-\d+$/);
      expect(ids.has(part['@id'].slice(1)), part['@id']).toBe(true);
    }
    expect(parts[13]!.name).toMatch(/^第十四条 /);
    expect(jsonLd.legislationLegalForce).toBe('InForce');
    expect(jsonLd.legislationIdentifier).toBe('中华人民共和国主席令第一一九号');
  });
});

describe('citation files', () => {
  it('every cite block links RIS and BibTeX files that hold its item', () => {
    // citeBlocks() fails on a block whose RIS or BibTeX link leads to no file.
    const blocks = citeBlocks();
    for (const { where, item, ris: risFile, bib } of blocks) {
      const parts = item.issued!['date-parts'][0]!;
      // RIS, tag by tag: one line per value, the authors, the full date as known, the title and the address.
      const ris = risFile.split('\n');
      const tag = (t: string) => ris.filter((l) => l.startsWith(`${t}  - `)).map((l) => l.slice(6));
      expect(ris[0], where).toMatch(/^TY {2}- [A-Z]+$/);
      expect(tag('TI'), where).toEqual([item.title]);
      expect(tag('AU'), where).toEqual((item.author ?? []).map((a) => `${a.literal},`));
      expect(tag('DA'), where).toEqual([`${[0, 1, 2].map((i) => parts[i] ?? '').join('/')}/`]);
      expect(tag('UR'), where).toEqual(item.URL ? [item.URL] : []);
      expect(
        ris.filter((l) => l && !/^[A-Z][A-Z0-9] {2}-/.test(l)),
        where,
      ).toEqual([]);
      // BibTeX: the address exactly as given, and title and date as citation-js's BibTeX parser reads them back (it
      // percent-encodes a % in the address it reads, so the address is checked in the file itself).
      if (item.URL) expect(bib, where).toContain(`url = {${item.URL}}`);
      const back = new Cite(bib).data[0] as CslItem;
      expect(back.title, where).toBe(item.title);
      expect(back.issued?.['date-parts'][0], where).toEqual(parts);
    }
    expect(blocks.length).toBeGreaterThan(paths.length);
  });
});

describe('charts as images', () => {
  it('every chart can be downloaded as SVG and PNG that carry its title, source line, permalink and license', async () => {
    const charted = paths.filter((p) => /^\/datasets\/.+/.test(p) && read(p).html.includes('class="chart-meta chart-images"'));
    expect(charted.length).toBeGreaterThan(10);
    for (const path of charted) {
      const id = path.split('/')[2]!;
      const html = read(path).html;
      for (const ext of ['svg', 'png']) expect(html, path).toContain(`href="${TEST_BASE}datasets/${id}.${ext}"`);
      // Each line of the SVG's text is a <tspan>: read them as lines, a space between.
      const svg = readFileSync(join(DIST, 'datasets', `${id}.svg`), 'utf8').replace(/<\/tspan>/g, ' </tspan>');
      const doc = parseHtml(svg);
      const words = text(doc);
      const title = text(selectOne('h1', parseHtml(html))!);
      expect(words, id).toContain(title.replace(/\s+\S+$/, '')); // the English title (the h1 also holds the Chinese)
      expect(words, id).toContain(`https://fraud-kb.github.io${TEST_BASE}datasets/${id}/`);
      expect(words, id).toContain('CC BY 4.0');
      // The source line is the chart's "cite this chart" credit, word for word.
      const credit = /class="chart-meta chart-cite">[^<]*<q>([^<]+)<\/q>/.exec(html)![1]!;
      expect(words.replace(/\s+/g, ' '), id).toContain(decodeHTML(credit).replace(/\s+/g, ' '));
      const info = await sharp(join(DIST, 'datasets', `${id}.png`)).metadata();
      expect([info.format, info.width], id).toEqual(['png', 1280]);
    }
  }, 60_000);
});
