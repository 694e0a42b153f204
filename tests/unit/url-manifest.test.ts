import { describe, expect, it } from 'vitest';
import { checkManifest, manifestOf, redirectTarget, stableIds, unrecorded, type BuiltPage } from '../../src/lib/url-manifest';

const page = (ids: string[] = []): BuiltPage => ({ ids });
const redirect = (to: string): BuiltPage => ({ ids: [], redirectTo: to });
const manifest = { '/terms/goip/': ['fact-definition', 'in-brief'], '/terms/old-name/': [] };

describe('the permalink guard', () => {
  it('passes when every published page and fragment is still there', () => {
    const built = new Map([
      ['/terms/goip/', page(['fact-definition', 'in-brief', 'new-section'])],
      ['/terms/old-name/', page()],
    ]);
    expect(checkManifest(manifest, built)).toEqual([]);
  });

  it('passes a removed page that has a redirect to an existing page', () => {
    const built = new Map([
      ['/terms/goip/', page(['fact-definition', 'in-brief'])],
      ['/terms/old-name/', redirect('/terms/goip/')],
    ]);
    expect(checkManifest(manifest, built)).toEqual([]);
  });

  it('fails a removed page without a redirect, naming it and the fix', () => {
    const built = new Map([['/terms/goip/', page(['fact-definition', 'in-brief'])]]);
    expect(checkManifest(manifest, built)).toEqual([
      '/terms/old-name/ was published but is gone. Fix: restore it, or add a redirect to its new place in src/redirects.ts.',
    ]);
  });

  it('fails a redirect to a page that does not exist', () => {
    const built = new Map([
      ['/terms/goip/', page(['fact-definition', 'in-brief'])],
      ['/terms/old-name/', redirect('/terms/nowhere/')],
    ]);
    expect(checkManifest(manifest, built)).toEqual([
      '/terms/old-name/ redirects to /terms/nowhere/, which is not a page. Fix: point the redirect at an existing page.',
    ]);
  });

  it('fails a fragment that disappeared from a page that still exists', () => {
    const built = new Map([
      ['/terms/goip/', page(['in-brief'])],
      ['/terms/old-name/', page()],
    ]);
    expect(checkManifest(manifest, built)).toEqual([
      '/terms/goip/#fact-definition was published but the id is gone. Fix: restore the id (ids and locators are never renamed or removed).',
    ]);
  });

  it('records pages (not redirects) and reports new ones', () => {
    const built = new Map([
      ['/b/', page(['x'])],
      ['/a/', page()],
      ['/old/', redirect('/a/')],
    ]);
    expect(manifestOf(built)).toEqual({ '/a/': [], '/b/': ['x'] });
    expect(unrecorded({ '/a/': [] }, built)).toEqual(['/b/']);
  });
});

describe('reading built HTML', () => {
  it('keeps the ids marked data-permalink and ignores page furniture', () => {
    const html =
      '<h2 id="in-brief" data-permalink>x</h2><li data-permalink id="kp-3">y</li><tr id="y2021" data-permalink="">' +
      '<div id="fact-definition" class="f" data-permalink></div><li id="note-2"></li><h2 id="notes">N</h2><span id="x" data-permalinks></span>';
    expect(stableIds(html)).toEqual(['fact-definition', 'in-brief', 'kp-3', 'y2021']);
  });

  it('reads data-permalink however the tag is written', () => {
    const html = [
      `<H2 DATA-PERMALINK ID="upper">x</H2>`,
      `<li data-permalink='' id='single'>y</li>`,
      '<li title="a > b" data-permalink id="after-gt">z</li>',
      '<li\n  id="multi-line"\n  data-permalink\n>w</li>',
      '<p data-permalink>no id</p>',
      '<p id="in-attr" title="data-permalink">not marked</p>',
      '<!-- <p id="commented" data-permalink> -->',
    ].join('');
    expect(stableIds(html)).toEqual(['after-gt', 'multi-line', 'single', 'upper']);
  });

  it('reads the target of a redirect page', () => {
    expect(redirectTarget('<meta http-equiv="refresh" content="0;url=/fraud-kb/terms/goip/">')).toBe('/fraud-kb/terms/goip/');
    expect(redirectTarget('<meta charset="utf-8">')).toBeUndefined();
  });

  it('reads a redirect however the meta tag is written, and not a refresh without a URL', () => {
    expect(redirectTarget(`<META CONTENT='2; URL=/a/' HTTP-EQUIV='Refresh'>`)).toBe('/a/');
    expect(redirectTarget('<meta content="0; url=\'/b/?x=1&amp;y=2\'" http-equiv="refresh">')).toBe('/b/?x=1&y=2');
    expect(redirectTarget('<meta http-equiv="refresh" content="0,url=/c/">')).toBe('/c/');
    expect(redirectTarget('<meta http-equiv="refresh" content="30">')).toBeUndefined();
    expect(redirectTarget('<meta name="refresh" content="0;url=/d/">')).toBeUndefined();
    expect(redirectTarget('<!-- <meta http-equiv="refresh" content="0;url=/e/"> -->')).toBeUndefined();
  });
});
