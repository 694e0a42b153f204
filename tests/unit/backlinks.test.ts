import { describe, expect, it } from 'vitest';
import { computeBacklinks } from '../../src/lib/backlinks';
import { fixtureEntries } from '../fixtures/entries';

describe('computeBacklinks', () => {
  const links = computeBacklinks(fixtureEntries());

  it('links a referenced entity back to each referrer once, sorted by kind then id', () => {
    expect(links.get('agencies/spp')).toEqual([
      { kind: 'crimes', id: 'helping', how: 'links' },
      { kind: 'policies', id: 'amendment-ix', how: 'links' },
    ]);
  });

  it('marks citations of a source as "cites", from data and from body alike', () => {
    expect(links.get('sources/src-a')).toEqual([
      { kind: 'crimes', id: 'helping', how: 'cites' },
      { kind: 'policies', id: 'amendment-ix', how: 'cites' },
    ]);
  });

  it('lets a typed relation outrank a body mention from the same referrer', () => {
    expect(links.get('policies/amendment-ix')).toEqual([{ kind: 'crimes', id: 'helping', how: 'links' }]);
  });

  it('gives an unreferenced entity no backlinks', () => {
    expect(links.get('crimes/helping')).toBeUndefined();
  });
});
