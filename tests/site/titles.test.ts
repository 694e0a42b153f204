/**
 * Every built page's `<title>`: the page's own title first and whole, and 70 characters at most unless that title
 * alone is longer (src/lib/page-title.ts). A page's own title is the one its og:title gives; pages without one (the
 * 404 page, redirect pages) have only the 70-character limit.
 */
import { describe, expect, it } from 'vitest';
import { TITLE_MAX, titleLength } from '../../src/lib/page-title';
import { builtDoc, selectOne, text } from '../support/html';
import { builtFiles } from '../support/site';

const pages = builtFiles()
  .filter((f) => f.endsWith('.html'))
  .map((file) => {
    const doc = builtDoc(file);
    // The document's title, not a chart's SVG <title>; Astro's redirect pages have no <head> element around it.
    const title = selectOne('title:not(svg *)', doc);
    return { file, title: title ? text(title) : '', own: selectOne('meta[property="og:title"]', doc)?.attribs.content };
  });

describe('page titles', () => {
  it('every page has one', () => {
    expect(pages.length).toBeGreaterThan(200);
    expect(pages.filter((p) => !p.title).map((p) => p.file)).toEqual([]);
  });

  it(`start with the page's own title, whole`, () => {
    const titled = pages.filter((p) => p.own);
    expect(titled.length).toBeGreaterThan(200);
    expect(titled.filter((p) => !p.title.startsWith(p.own!)).map((p) => `${p.file}: "${p.title}" does not start with "${p.own}"`)).toEqual(
      [],
    );
  });

  it(`are at most ${TITLE_MAX} characters, or the page's own longer title alone`, () => {
    const over = pages.filter((p) => titleLength(p.title) > TITLE_MAX && p.title !== p.own);
    expect(over.map((p) => `${p.file}: "${p.title}" (${titleLength(p.title)} characters)`)).toEqual([]);
  });
});
