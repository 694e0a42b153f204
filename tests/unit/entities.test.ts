import { describe, expect, it } from 'vitest';
import { displayName, displayNameZh, groupBy, relations } from '../../src/lib/entities';

const ref = (collection: string, id: string) => ({ collection, id });

describe('relations', () => {
  it('labels typed fields, turns seeAlso into "See also", and lists each target once', () => {
    const data = {
      statute: { text: 'Art. 287-2', policy: ref('policies', 'amendment-ix'), cite: { source: ref('sources', 's'), at: 'kp-1' } },
      policies: [ref('policies', 'amendment-ix'), ref('policies', 'interpretation-2019')],
      aliases: [{ text: 'x', lang: 'en', kind: 'mistranslation', seenIn: ref('sources', 's') }],
      seeAlso: { terms: [ref('terms', 'goip')] },
    };
    expect(relations(data)).toEqual([
      { label: 'Defined by', kind: 'policies', id: 'amendment-ix' },
      { label: 'Law and policy', kind: 'policies', id: 'interpretation-2019' },
      { label: 'See also', kind: 'terms', id: 'goip' },
    ]);
  });
});

describe('names', () => {
  it('reads the name field of each kind', () => {
    expect(displayName({ name: 'SPP' })).toBe('SPP');
    expect(displayName({ title: 'Opinions (II)' })).toBe('Opinions (II)');
    expect(displayName({ term: 'Card dealer' })).toBe('Card dealer');
    expect(displayNameZh({ termZh: '卡商' })).toBe('卡商');
    expect(displayNameZh({ name: 'GOIP' })).toBeUndefined();
  });

  it('groups in first-seen order', () => {
    expect(groupBy(['b1', 'a1', 'b2'], (s) => s[0]!)).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1']],
    ]);
  });
});
