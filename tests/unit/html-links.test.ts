import { describe, expect, it } from 'vitest';
import { extractIds, extractLinks, internalTarget } from '../../src/lib/html-links';

describe('html link extraction', () => {
  it('finds hrefs and srcs, decoding entities', () => {
    expect(extractLinks('<a href="/a/?x=1&amp;y=2">a</a><img src="/i.svg"><a data-href="/no">')).toEqual(['/a/?x=1&y=2', '/i.svg']);
  });

  it('finds ids', () => {
    expect(extractIds('<h2 id="notes">N</h2><li id="note-1">')).toEqual(new Set(['notes', 'note-1']));
  });

  it('resolves internal links against the page and skips external ones', () => {
    expect(internalTarget('#note-1', '/kb/crimes/x/')).toEqual({ path: '/kb/crimes/x/', fragment: 'note-1' });
    expect(internalTarget('../y/#kp-2', '/kb/crimes/x/')).toEqual({ path: '/kb/crimes/y/', fragment: 'kp-2' });
    expect(internalTarget('/kb/terms/goip/', '/kb/')).toEqual({ path: '/kb/terms/goip/' });
    expect(internalTarget('https://example.org/', '/kb/')).toBeUndefined();
    expect(internalTarget('mailto:a@b.c', '/kb/')).toBeUndefined();
    expect(internalTarget('//cdn.example.org/x.js', '/kb/')).toBeUndefined();
  });
});
