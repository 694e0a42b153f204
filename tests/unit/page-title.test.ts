/** The document title: the page's own title whole and first, the site's name after it only while the whole fits. */
import { describe, expect, it } from 'vitest';
import { documentTitle, TITLE_MAX, titleLength } from '../../src/lib/page-title';

const NAMES = ['Fraud Control Knowledge Base', 'Fraud Control KB'];
/** A title of exactly `n` characters. */
const of = (n: number) => 'x'.repeat(n);

describe('documentTitle', () => {
  it('adds the full site name while the whole stays within 70 characters', () => {
    expect(documentTitle('GOIP', NAMES)).toBe('GOIP · Fraud Control Knowledge Base');
    const longest = of(TITLE_MAX - ' · Fraud Control Knowledge Base'.length);
    expect(documentTitle(longest, NAMES)).toBe(`${longest} · Fraud Control Knowledge Base`);
    expect(titleLength(documentTitle(longest, NAMES))).toBe(TITLE_MAX);
  });

  it('falls back to the short name, then to the title alone, and never cuts the title', () => {
    const mid = of(TITLE_MAX - ' · Fraud Control KB'.length);
    expect(documentTitle(mid, NAMES)).toBe(`${mid} · Fraud Control KB`);
    expect(documentTitle(`${mid}y`, NAMES)).toBe(`${mid}y`);
    const long = of(TITLE_MAX + 30);
    expect(documentTitle(long, NAMES)).toBe(long);
  });

  it('gives the home page, titled with the site name, that name alone', () => {
    expect(documentTitle('Fraud Control Knowledge Base', NAMES)).toBe('Fraud Control Knowledge Base');
  });

  it('counts characters, not UTF-16 units', () => {
    // 𠀀 is one character outside the BMP (two UTF-16 units).
    const title = '𠀀'.repeat(TITLE_MAX - ' · Fraud Control Knowledge Base'.length);
    expect(titleLength(title)).toBe(TITLE_MAX - 31);
    expect(documentTitle(title, NAMES)).toBe(`${title} · Fraud Control Knowledge Base`);
  });
});
