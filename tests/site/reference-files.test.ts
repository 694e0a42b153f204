/**
 * The citations as readers other than ours take them, each checked with a tool that shares no code with the writer
 * (citation-js):
 * - every cite block's CSL-JSON validates (ajv) against the official CSL data schema, version 1.0.2 of
 *   citation-style-language/schema, kept in tests/fixtures/csl-data.schema.json (see tests/fixtures/README.md), which
 *   also refuses any variable CSL does not define;
 * - every BibTeX file parses without an error in @retorquere/bibtex-parser, the parser behind Better BibTeX for Zotero,
 *   and gives back the item's title, authors, date, address and short title; a leading acronym comes back protected
 *   from case changes;
 * - every RIS file parses without an error in biblatex-csl-converter (Fidus Writer's converter), and its own CSL
 *   export gives back the item's authors, year and address, and its own reading the title and short title (its CSL
 *   export sentence-cases English titles, as it takes RIS titles to be in title case). It reads the year from PY and
 *   ignores DA, so the full date in DA is checked tag by tag in metadata.test.ts.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Ajv } from 'ajv';
import { CSLExporter, parseRIS } from 'biblatex-csl-converter';
import { describe, expect, it } from 'vitest';
import { LEADING_ACRONYM, type CslItem } from '../../src/lib/cite';
import schema from '../fixtures/csl-data.schema.json' with { type: 'json' };
import { builtPages } from '../support/built-pages';
import { citeBlocks } from '../support/cite-blocks';

const blocks = citeBlocks();
const dateOf = (item: CslItem) => item.issued!['date-parts'][0]!;

const validate = new Ajv({ allErrors: true }).compile(schema);
/** What is wrong with an item as CSL-JSON, by the schema (which also refuses a variable CSL does not define). */
const cslProblems = (item: unknown): string[] =>
  validate([item]) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);

/** Records, for one cite block, each value an independent reader got that is not the item's. */
const compare = (problems: string[], where: string) => (what: string, got: unknown, want: unknown) => {
  if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${where}: ${what} ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
};

describe('citation data read by independent tools', () => {
  it('finds a cite block on every page but the search page, each with its files', () => {
    expect(blocks.length).toBeGreaterThan([...builtPages().values()].filter((p) => !p.redirectTo).length);
  });

  it('validates every CSL-JSON item against the official CSL data schema', () => {
    const problems = blocks.flatMap((b) => cslProblems(b.item).map((p) => `${b.where}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('the schema check rejects what CSL does not allow', () => {
    const good = blocks[0]!.item;
    expect(cslProblems(good)).toEqual([]);
    expect(cslProblems({ ...good, type: 'web-page' }).join()).toMatch(/allowed values/);
    expect(cslProblems({ ...good, issued: { 'date-parts': '2026-11-29' } }).join()).toMatch(/issued/);
    expect(cslProblems({ ...good, accessDate: '2026-11-29' }).join()).toMatch(/additional properties.*accessDate/);
  });

  it('parses every BibTeX file with the parser of Better BibTeX for Zotero and gets the item back', () => {
    const problems: string[] = [];
    for (const { where, item, bib } of blocks) {
      const say = compare(problems, where);
      const library = parseBibtex(bib);
      problems.push(...library.errors.map((e) => `${where}: ${e.error}`));
      say('entries', library.entries.length, 1);
      const fields = library.entries[0]?.fields ?? {};
      const [year, month, day] = dateOf(item);
      say('title', fields.title, item.title);
      say(
        'authors',
        fields.author,
        item.author?.map((a) => ({ name: a.literal })),
      );
      say('year', fields.year, String(year));
      say('month', fields.month, month ? String(month) : undefined);
      say(
        'date',
        fields.date,
        [year, month, day]
          .filter(Boolean)
          .map((n, i) => (i ? String(n).padStart(2, '0') : n))
          .join('-'),
      );
      say('url', fields.url, item.URL);
      say('short title', fields.shorttitle, item['title-short']);
      // With strict case protection the parser marks what a sentence-casing style must leave alone.
      const acronym = LEADING_ACRONYM.exec(item.title)?.[0];
      const strict = parseBibtex(bib, { caseProtection: 'strict' }).entries[0]?.fields.title ?? '';
      if (acronym && !strict.startsWith(`<span class="nocase">${acronym}</span>`))
        problems.push(`${where}: "${acronym}" not case-protected: ${strict}`);
    }
    expect(problems).toEqual([]);
  });

  it('the BibTeX parser reports a broken entry', () => {
    expect(parseBibtex(blocks[0]!.bib.replace(/}\s*$/, '')).errors).not.toEqual([]);
  });

  it('parses every RIS file with biblatex-csl-converter and gets the item back', () => {
    const problems: string[] = [];
    for (const { where, item, ris } of blocks) {
      const say = compare(problems, where);
      const parsed = parseRIS(ris);
      problems.push(...parsed.errors.map((e) => `${where}: ${JSON.stringify(e)}`));
      // What it may say: that it does not read the record id (ID), and that a source which names no author has none.
      const expected = (w: (typeof parsed.warnings)[number]) => w.tag === 'ID' || (w.field === 'author' && !item.author);
      problems.push(...parsed.warnings.filter((w) => !expected(w)).map((w) => `${where}: ${JSON.stringify(w)}`));
      const entries = Object.values(parsed.entries);
      say('entries', entries.length, 1);
      const plain = (field: unknown) => (field as { text?: string }[] | undefined)?.map((n) => n.text ?? '').join('');
      say('title', plain(entries[0]?.fields.title), item.title);
      say('short title', plain(entries[0]?.fields.shorttitle), item['title-short']);
      const back = Object.values(new CSLExporter(parsed.entries).parse() as Record<string, Record<string, unknown>>)[0] ?? {};
      say(
        'authors',
        back.author,
        item.author?.map((a) => ({ given: '', family: a.literal })),
      );
      say('year', (back.issued as CslItem['issued'])?.['date-parts'][0], [dateOf(item)[0]]);
      say('URL', back.URL, item.URL);
    }
    expect(problems).toEqual([]);
  });
});
