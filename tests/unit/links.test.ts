import { describe, expect, it } from 'vitest';
import { entityPath, normaliseBase, withBase } from '../../src/lib/links';

describe('base-path links', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['fraud-kb', '/fraud-kb/'],
    ['/fraud-kb', '/fraud-kb/'],
    ['/fraud-kb/', '/fraud-kb/'],
    ['//a/b//', '/a/b/'],
  ])('normalises base %j to %j', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });

  it.each([
    ['/', '/terms/goip/', '/terms/goip/'],
    ['/fraud-kb/', '/terms/goip/', '/fraud-kb/terms/goip/'],
    ['/fraud-kb', '/terms/goip/#definition', '/fraud-kb/terms/goip/#definition'],
    ['/fraud-kb/', '/', '/fraud-kb/'],
    ['/fraud-kb/', '/fraud-kb/terms/', '/fraud-kb/terms/'],
    ['/fraud-kb/', '/fraud-kb', '/fraud-kb'],
    ['/fraud-kb/', '/fraud-kbx/', '/fraud-kb/fraud-kbx/'],
    ['/fraud-kb/', '#notes', '#notes'],
    ['/fraud-kb/', 'https://example.org/a', 'https://example.org/a'],
    ['/fraud-kb/', '//cdn.example.org/a', '//cdn.example.org/a'],
    ['/fraud-kb/', 'relative/path/', 'relative/path/'],
  ])('under base %j, %j becomes %j', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });

  it('builds entity paths with an optional fragment', () => {
    expect(entityPath('sources', 'a-b', 'kp-3')).toBe('/sources/a-b/#kp-3');
    expect(entityPath('terms', 'goip')).toBe('/terms/goip/');
  });
});
