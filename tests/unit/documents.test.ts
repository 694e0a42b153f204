/**
 * Official documents read article by article: each names itself fully, the law is complete, and no policy shows a
 * status that a dated event on the site contradicts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const SOURCES = 'content/sources';
const POLICIES = 'content/policies';

interface Dated {
  date: string;
}
interface Doc {
  title: string;
  titleZh: string;
  issuers: string[];
  issuerZh: string;
  status: string;
  dates?: { adopted?: Dated | Dated[]; promulgated?: Dated; effective?: Dated };
  history?: Dated[];
  parts?: { id: string; articles: string[] }[];
  articles: { id: string; number: string; labelZh: string; read: boolean; summary?: string; items?: { id: string }[] }[];
  frontMatter?: { id: string }[];
}
const docs = new Map(
  readdirSync(SOURCES)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join(SOURCES, f), 'utf8')) as Doc]),
);
const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;
const policies = readdirSync(POLICIES).map((f) => ({ file: f, data: frontmatter(join(POLICIES, f)) }));
const datesOf = (d: Doc) =>
  [...[d.dates?.adopted ?? []].flat(), d.dates?.promulgated, d.dates?.effective, ...(d.history ?? [])].filter((x): x is Dated => !!x);

describe('official documents', () => {
  it('are all there: the law, the Criminal Law articles, the 2019 Interpretation, both Opinions, the 2022 Opinions and the minutes', () => {
    for (const id of [
      'anti-telecom-network-fraud-law-2022',
      'criminal-law-fraud-articles',
      'information-network-crimes-interpretation-2019',
      'telecom-fraud-opinions-2016',
      'telecom-fraud-opinions-ii-2021',
      'opinions-on-strengthening-fight-2022-text',
    ]) {
      expect(docs.has(id), id).toBe(true);
    }
  });

  it.each([...docs])('%s has its Chinese and English titles, issuer, a date and a status', (_id, d) => {
    expect(d.titleZh).toMatch(/\p{Script=Han}/u);
    expect(d.title).toMatch(/[A-Za-z]/);
    expect(d.issuers.length).toBeGreaterThan(0);
    expect(d.issuerZh).toMatch(/\p{Script=Han}/u);
    expect(['in-force', 'amended', 'superseded', 'repealed', 'unknown']).toContain(d.status);
    expect(datesOf(d).length).toBeGreaterThan(0);
  });

  it('holds all 7 chapters and 50 articles of the Anti-Telecom Network Fraud Law, each summarised', () => {
    const law = docs.get('anti-telecom-network-fraud-law-2022')!;
    expect(law.articles.map((a) => a.id)).toEqual(Array.from({ length: 50 }, (_, i) => `art-${i + 1}`));
    expect(law.articles.filter((a) => !a.read || (a.summary ?? '').length < 20).map((a) => a.id)).toEqual([]);
    expect(law.parts?.length).toBe(7);
    expect(law.parts!.flatMap((p) => p.articles)).toEqual(law.articles.map((a) => a.id));
    expect(law.status).toBe('in-force');
  });
});

/** Ways a policy's status contradicts a dated event on the site (its own dates or its official text's), as of `today`. */
function contradictions(policy: Record<string, unknown>, today: string): string[] {
  const date = (v: unknown) => (v as { date?: string } | undefined)?.date;
  const doc = typeof policy.document === 'string' ? docs.get(policy.document) : undefined;
  const events = [
    date(policy.issued),
    date(policy.effective),
    ...(doc ? [...[doc.dates?.adopted ?? []].flat(), doc.dates?.promulgated, doc.dates?.effective].map(date) : []),
  ];
  const past = events.filter((d): d is string => !!d && d <= today);
  const found: string[] = [];
  if (policy.status === 'in-preparation' && past.length) found.push(`"in preparation", yet dated ${past.join(', ')}`);
  if (policy.status === 'in-force' && (date(policy.effective) ?? '') > today)
    found.push(`"in force", yet takes effect on ${date(policy.effective)}`);
  if (doc && policy.status !== 'unknown' && policy.status !== doc.status)
    found.push(`"${String(policy.status)}", yet its official text is "${doc.status}"`);
  return found;
}

describe('article anchors', () => {
  const manifest = JSON.parse(readFileSync('url-manifest.json', 'utf8')) as Record<string, string[]>;

  it.each([...docs])('every article, item and front-matter anchor of %s is recorded in the URL manifest', (id, d) => {
    const anchors = [...(d.frontMatter ?? []).map((f) => f.id), ...d.articles.flatMap((a) => [a.id, ...(a.items ?? []).map((i) => i.id)])];
    const recorded = new Set(manifest[`/sources/${id}/`] ?? []);
    expect(anchors.filter((a) => !recorded.has(a))).toEqual([]);
  });
});

describe('policy status against dated events', () => {
  const today = new Date().toISOString().slice(0, 10);

  it.each(policies)('$file shows no status that a dated event contradicts', ({ data }) => {
    expect(contradictions(data, today)).toEqual([]);
  });

  it('catches the contradiction it is written for', () => {
    // The law's page once said "in preparation", though the law was adopted on 2 September 2022.
    expect(contradictions({ status: 'in-preparation', document: 'anti-telecom-network-fraud-law-2022' }, today)).toHaveLength(2);
    expect(contradictions({ status: 'in-force', effective: { date: '2999-01-01' } }, today)).toHaveLength(1);
  });
});
