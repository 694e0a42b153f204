import { describe, expect, it } from 'vitest';
import { namesOf } from '../../src/kinds';
import { groupBy, relations } from '../../src/lib/entities';

const ref = (collection: string, id: string) => ({ collection, id });

describe('relations', () => {
  it("keys typed fields by the kind's registry entry, turns seeAlso into seeAlso, and lists each target once", () => {
    const data = {
      statute: { text: 'Art. 287-2', policy: ref('policies', 'amendment-ix'), cite: { source: ref('sources', 's'), at: 'kp-1' } },
      policies: [ref('policies', 'amendment-ix'), ref('policies', 'interpretation-2019')],
      aliases: [{ text: 'x', lang: 'en', kind: 'mistranslation', seenIn: ref('sources', 's') }],
      seeAlso: { terms: [ref('terms', 'goip')] },
    };
    expect(relations('crimes', data)).toEqual([
      { key: 'definedBy', kind: 'policies', id: 'amendment-ix' },
      { key: 'policy', kind: 'policies', id: 'interpretation-2019' },
      { key: 'seeAlso', kind: 'terms', id: 'goip' },
    ]);
  });

  it('holds only the relations a kind declares', () => {
    // `issuers` is a relation of policies, not of crimes: on a crime it is ignored.
    const data = { issuers: [ref('agencies', 'spp')], targets: [ref('crimes', 'fraud')] };
    expect(relations('policies', data)).toEqual([
      { key: 'issuedBy', kind: 'agencies', id: 'spp' },
      { key: 'targets', kind: 'crimes', id: 'fraud' },
    ]);
    expect(relations('crimes', data)).toEqual([]);
  });
});

describe('names', () => {
  it('reads the name fields each kind declares in the registry', () => {
    expect(namesOf('agencies', { name: 'SPP', nameZh: '最高检', abbreviation: 'SPP' })).toEqual({
      name: 'SPP',
      zh: '最高检',
      abbreviation: 'SPP',
    });
    expect(namesOf('policies', { title: 'Opinions (II)', shortTitle: 'Opinions II' }).short).toBe('Opinions II');
    expect(namesOf('terms', { term: 'Card dealer', termZh: '卡商' })).toMatchObject({ name: 'Card dealer', zh: '卡商' });
    expect(namesOf('sources', { title: 'A report', titleOriginal: '报道', shortName: 'CNS' })).toMatchObject({
      name: 'A report',
      zh: '报道',
      short: 'CNS',
    });
    expect(namesOf('terms', { term: 'GOIP device' }).zh).toBeUndefined();
  });

  it('groups in first-seen order', () => {
    expect(groupBy(['b1', 'a1', 'b2'], (s) => s[0]!)).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1']],
    ]);
  });
});
