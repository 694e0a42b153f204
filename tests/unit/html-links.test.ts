import { describe, expect, it } from 'vitest';
import { extractIds, extractLinks, internalTarget, parseHtml } from '../../src/lib/html-links';

describe('html link extraction', () => {
  it('finds hrefs and srcs, decoding entities', () => {
    expect(extractLinks('<a href="/a/?x=1&amp;y=2">a</a><img src="/i.svg"><a data-href="/no">')).toEqual(['/a/?x=1&y=2', '/i.svg']);
  });

  it('reads attributes however they are written: any order, single quotes, no quotes, upper case, `>` in a value', () => {
    const html = [
      `<a class="x" title="a > b" href='/single/'>1</a>`,
      '<A HREF="/upper/">2</A>',
      '<a href=/bare/>3</a>',
      '<img alt="x>y" src="/after-gt.svg">',
      '<a\n  rel="next"\n  href="/multi-line/">4</a>',
      '<link rel="stylesheet" href="/s.css"><script src="/x.js"></script>',
    ].join('');
    expect(extractLinks(html)).toEqual(['/single/', '/upper/', '/bare/', '/after-gt.svg', '/multi-line/', '/s.css', '/x.js']);
  });

  it('ignores href= and src= that are text, comments, script code or parts of other attributes', () => {
    const html = [
      '<p>write href="/in-text/" like this</p>',
      '<!-- <a href="/commented/"> -->',
      '<script>const a = \'<a href="/in-script/">\';</script>',
      '<code>&lt;a href="/escaped/"&gt;</code>',
      '<a title=\' href="/in-title/"\' data-src="/data/">x</a>',
    ].join('');
    expect(extractLinks(html)).toEqual([]);
  });

  it('finds ids and <a name> anchors, but not other names', () => {
    expect(extractIds('<h2 id="notes">N</h2><li id="note-1">')).toEqual(new Set(['notes', 'note-1']));
    expect(
      extractIds(
        `<H2 ID='Upper'>x</H2><a name="legacy"></a><meta name="description" content="x"><input name="q"><div data-id="no" title='id="no2"'>`,
      ),
    ).toEqual(new Set(['Upper', 'legacy']));
  });

  it('answers the same for a page parsed once as for its text', () => {
    const html = '<a id="a" href="/x/#y">x</a>';
    const doc = parseHtml(html);
    expect(extractLinks(doc)).toEqual(extractLinks(html));
    expect(extractIds(doc)).toEqual(extractIds(html));
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
