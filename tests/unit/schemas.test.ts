import { describe, expect, it } from 'vitest';
import { agencySchema } from '../../src/schemas/agency';
import { campaignSchema } from '../../src/schemas/campaign';
import { crimeSchema } from '../../src/schemas/crime';
import { datasetSchema } from '../../src/schemas/dataset';
import { policySchema } from '../../src/schemas/policy';
import { sourceSchema } from '../../src/schemas/source';
import { termSchema } from '../../src/schemas/term';

const cite = { source: 'src-a', at: 'kp-1' };
const summary = 'A summary long enough to pass the check.';

const valid = {
  crime: { name: 'Helping', nameZh: '帮信罪', statute: { text: 'Art. 287-2', policy: 'amendment-ix', cite }, summary },
  policy: { title: 'Amendment (IX)', kind: 'amendment', issuers: ['npcsc'], effective: { date: '2015-11', cite }, summary },
  agency: { name: 'SPP', kind: 'procuratorate', level: 'national', officials: [{ name: 'Cheng Lei', role: 'Head', cite }], summary },
  campaign: { name: 'Card-breaking', leads: ['mps'], level: 'national', started: { date: '2020-10', cite }, summary },
  term: { term: 'Card dealer', category: 'role', definition: 'A middleman in the card trade.', definitionCite: [cite], summary },
  source: {
    title: 'A report',
    shortName: 'CNS 2022',
    outlet: 'CNS',
    published: '2022-07-22',
    language: 'en',
    kind: 'news-report',
    translation: { quality: 'machine-translated', note: 'Poor.' },
    locators: [{ id: 'kp-1', text: 'One.' }],
    summary,
  },
  dataset: {
    title: 'Prosecutions',
    measure: 'people prosecuted',
    unit: 'people',
    issuers: ['supreme-peoples-procuratorate'],
    summary,
    points: [{ id: 'y2021', period: '2021', value: 40000, quality: 'as-reported', cite }],
  },
};

/** The issues of a failed parse as "path: message" lines. */
function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('valid entries pass', () => {
  it.each([
    ['crime', crimeSchema, valid.crime],
    ['policy', policySchema, valid.policy],
    ['agency', agencySchema, valid.agency],
    ['campaign', campaignSchema, valid.campaign],
    ['term', termSchema, valid.term],
    ['source', sourceSchema, valid.source],
    ['dataset', datasetSchema, valid.dataset],
  ] as const)('%s', (_name, schema, data) => {
    const result = schema.safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('turns reference ids into typed references', () => {
    const crime = crimeSchema.parse(valid.crime);
    expect(crime.statute?.cite.source).toEqual({ collection: 'sources', id: 'src-a' });
    expect(crime.statute?.policy).toEqual({ collection: 'policies', id: 'amendment-ix' });
  });
});

describe('bad entries fail with the field and a fix', () => {
  it('a missing required field', () => {
    const { nameZh: _, ...rest } = valid.crime;
    expect(issues(crimeSchema.safeParse(rest))[0]).toMatch(/^nameZh: /);
  });

  it('a field the schema does not know (a typo)', () => {
    expect(issues(crimeSchema.safeParse({ ...valid.crime, nameZH: 'x' })).join('\n')).toContain('nameZH');
  });

  it('a value outside a closed vocabulary names the choices', () => {
    expect(issues(policySchema.safeParse({ ...valid.policy, kind: 'decree' }))).toEqual([
      'kind: Set kind to one of: law, amendment, judicial-interpretation, opinion, meeting-minutes, typical-cases, party-state-opinion, criminal-justice-policy, instruction.',
    ]);
  });

  it('a badly written date says how to write it', () => {
    const bad = { ...valid.policy, effective: { date: 'Nov 2015', cite } };
    expect(issues(policySchema.safeParse(bad))).toEqual([
      'effective.date: Write the date as YYYY, YYYY-MM or YYYY-MM-DD (quote it in YAML).',
    ]);
  });

  it('a policy without an issuer', () => {
    expect(issues(policySchema.safeParse({ ...valid.policy, issuers: [] }))).toEqual([
      'issuers: Name at least one issuer from content/agencies/.',
    ]);
  });

  it('an alias with a bad language', () => {
    const bad = { ...valid.crime, aliases: [{ text: 'helping trust', lang: 'english', kind: 'mistranslation' }] };
    expect(issues(crimeSchema.safeParse(bad))).toEqual(['aliases.0.lang: Set lang to "en" or "zh".']);
  });

  it('a citation without a locator', () => {
    const bad = { ...valid.term, definitionCite: [{ source: 'src-a' }] };
    expect(issues(termSchema.safeParse(bad))[0]).toMatch(/^definitionCite\.0\.at: /);
  });

  it('a malformed locator id', () => {
    const bad = { ...valid.term, definitionCite: [{ source: 'src-a', at: 'Key Point 1' }] };
    expect(issues(termSchema.safeParse(bad))).toEqual([
      'definitionCite.0.at: Use a locator id of lower-case letters, digits and hyphens, e.g. "kp-3".',
    ]);
  });

  it('a source with a duplicate locator id', () => {
    const bad = {
      ...valid.source,
      locators: [
        { id: 'kp-1', text: 'a' },
        { id: 'kp-1', text: 'b' },
      ],
    };
    expect(issues(sourceSchema.safeParse(bad))).toEqual(['locators.1.id: Locator id "kp-1" is used twice; ids must be unique.']);
  });

  it('a dataset without the body that released it', () => {
    expect(issues(datasetSchema.safeParse({ ...valid.dataset, issuers: [] }))).toEqual([
      'issuers: Name the body that released the figures (an id in content/agencies/).',
    ]);
  });

  it('a data point without a source', () => {
    const { cite: _, ...point } = valid.dataset.points[0]!;
    expect(issues(datasetSchema.safeParse({ ...valid.dataset, points: [point] }))[0]).toMatch(/^points\.0\.cite: /);
  });

  it('a flagged data point without a note, and a garbled one without the printed figure', () => {
    const point = { ...valid.dataset.points[0]!, quality: 'garbled-in-source', value: null };
    expect(issues(datasetSchema.safeParse({ ...valid.dataset, points: [point] }))).toEqual([
      'points.0.note: A point flagged "garbled-in-source" needs a note saying why (and, if reconstructed, on what basis).',
      'points.0.printed: A garbled figure needs `printed`: the figure exactly as the source printed it.',
    ]);
  });

  it('a data point with a malformed period', () => {
    const point = { ...valid.dataset.points[0]!, period: 'first half 2022' };
    expect(issues(datasetSchema.safeParse({ ...valid.dataset, points: [point] }))[0]).toMatch(/^points\.0\.period: Write period as/);
  });

  it('a summary that is too short', () => {
    expect(issues(agencySchema.safeParse({ ...valid.agency, summary: 'SPP.' }))).toEqual([
      'summary: Write a one-sentence summary of at least 20 characters.',
    ]);
  });
});
