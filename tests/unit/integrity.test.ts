import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/data/corpus';
import { checkIntegrity, formatProblems } from '../../src/lib/integrity';
import { KINDS } from '../../src/kinds';
import { fixtureEntries } from '../fixtures/entries';

describe('checkIntegrity', () => {
  it('passes a consistent set of entries', () => {
    expect(checkIntegrity(fixtureEntries())).toEqual([]);
  });

  it('reports a reference to a missing entry with file, field and a did-you-mean fix', () => {
    const entries = fixtureEntries();
    (entries[3]!.data.seeAlso as { agencies?: unknown }).agencies = [{ collection: 'agencies', id: 'spq' }];
    const [problem, ...rest] = checkIntegrity(entries);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/crimes/helping.mdx', field: 'seeAlso.agencies[0]' });
    expect(problem!.message).toContain('agencies "spq", which does not exist');
    expect(problem!.message).toContain('did you mean "spp"');
  });

  it('reports a data citation of a locator the source does not have', () => {
    const entries = fixtureEntries();
    (entries[2]!.data.effective as { cite: { at: string } }).cite.at = 'kp-9';
    const problems = checkIntegrity(entries);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/policies/amendment-ix.mdx', field: 'effective.cite' });
    expect(problems[0]!.message).toContain('use one of kp-1, kp-2');
  });

  it('reports body citations of unknown sources, unknown locators and missing attributes', () => {
    const entries = fixtureEntries();
    entries[3]!.body = '<Cite source="src-b" at="kp-1" /> <Cite source="src-a" at="kp-3" /> <Cite source="src-a" />';
    const messages = checkIntegrity(entries).map((p) => `${p.field}: ${p.message}`);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/^body: cites source refers to sources "src-b"/);
    expect(messages[1]).toContain('locator "kp-3" of source "src-a"');
    expect(messages[2]).toContain('without both `source` and `at`');
  });

  it('reports a Markdown link in the body to a missing entity page', () => {
    const entries = fixtureEntries();
    entries[3]!.body = 'See [x](/policies/amendment-x/).';
    expect(checkIntegrity(entries)).toMatchObject([{ field: 'body', message: expect.stringContaining('policies "amendment-x"') }]);
  });

  it('reports a <Chart> of a dataset that does not exist', () => {
    const entries = fixtureEntries();
    entries[3]!.body = '<Chart dataset="prosecutions" />';
    expect(checkIntegrity(entries)).toMatchObject([
      { field: 'body', message: expect.stringContaining('datasets "prosecutions", which does not exist') },
    ]);
  });

  it('formats problems one per line, naming file and field', () => {
    const text = formatProblems([{ file: 'content/x.mdx', field: 'a.b', message: 'is wrong.' }]);
    expect(text).toBe('The knowledge base has 1 broken reference:\n  content/x.mdx → field "a.b": is wrong.');
  });

  it('finds no problem in the real content', async () => {
    const entries = (await Promise.all(KINDS.map((k) => getCollection(k)))).flat();
    expect(entries.length).toBeGreaterThan(0);
    expect(formatProblems(checkIntegrity(entries.map((e) => toPlain(e))))).toBe('The knowledge base has 0 broken references:\n');
  });
});
