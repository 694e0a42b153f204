/**
 * Readers never meet our working words: no "seed(s)", no seed file name and no raw key-point id ("kp-3") in what a
 * page shows (text, title, meta description), in what search indexed, or in the exports and downloads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtDoc, selectAll, selectOne, text } from '../support/html';
import { builtFiles, DIST } from '../support/site';

/** The internal vocabulary, each with why a reader must not see it. */
const INTERNAL: [RegExp, string][] = [
  [/\bseeds?\b/i, 'the word "seed"'],
  [/\d{3}_[0-9a-f]{16}\.txt/, 'a seed file name'],
];
/** Key-point ids are link targets; readers are shown "point 3" instead. */
const RAW_POINT = /\bkp-\d+\b/;

const files = builtFiles();
const pages = files.filter((f) => f.endsWith('.html'));

/** Web addresses are shown as printed (a mirror's path may hold any word); Pagefind's segmenter adds zero-width spaces. */
const readable = (value: string) => value.replace(/\u200b/g, '').replace(/https?:\/\/\S+/g, '');

function leaks(where: string, raw: string, patterns: [RegExp, string][]): string[] {
  const value = readable(raw);
  return patterns
    .filter(([re]) => re.test(value))
    .map(([re, what]) => `${where}: ${what} in “…${value.slice(Math.max(0, value.search(re) - 40), value.search(re) + 40)}…”`);
}

describe('reader vocabulary', () => {
  it('finds the pages, fragments and exports it checks', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(files.some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
    expect(files).toContain('api/entities.json');
  });

  it('no page shows internal words or raw key-point ids in its text, title or description', () => {
    const found: string[] = [];
    for (const page of pages) {
      const doc = builtDoc(page);
      for (const el of selectAll('script, style', doc)) el.children = [];
      const body = selectOne('body', doc);
      const shown = [
        text(body ?? doc),
        selectOne('title', doc) ? text(selectOne('title', doc)!) : '',
        selectOne('meta[name="description"]', doc)?.attribs.content ?? '',
      ];
      for (const value of shown) found.push(...leaks(page, value, [...INTERNAL, [RAW_POINT, 'a raw key-point id']]));
    }
    expect(found).toEqual([]);
  });

  it('search indexed none of them', () => {
    const found = files
      .filter((f) => f.startsWith('pagefind/fragment/'))
      .flatMap((f) => {
        const raw = gunzipSync(readFileSync(join(DIST, f))).toString('utf8');
        // A fragment is "pagefind_dcd" then JSON; anchor ids (kp-3) are link targets, so only the text fields are read.
        const record = JSON.parse(raw.slice(raw.indexOf('{'))) as {
          content: string;
          meta: Record<string, string>;
          anchors: { text: string }[];
        };
        const shown = [record.content, ...Object.values(record.meta), ...record.anchors.map((a) => a.text)].join(' \n ');
        return leaks(f, shown, [...INTERNAL, [RAW_POINT, 'a raw key-point id']]);
      });
    expect(found).toEqual([]);
  });

  it('no export or download carries internal words or seed file names', () => {
    const exported = files.filter((f) => /^(api\/.*\.json|datasets\/.*\.(json|csv)|feed\.xml)$/.test(f));
    expect(exported.length).toBeGreaterThan(3);
    const found = exported.flatMap((f) => leaks(f, readFileSync(join(DIST, f), 'utf8'), INTERNAL));
    expect(found).toEqual([]);
  });

  it('catches a leak when there is one', () => {
    expect(leaks('x', 'What the seeds say', INTERNAL)).toHaveLength(1);
    expect(leaks('x', 'Seed file: 000_a5307acf41be946c.txt', INTERNAL)).toHaveLength(2);
    expect(leaks('x', 'CNS, 22 Jul 2022, kp-3', [[RAW_POINT, 'a raw key-point id']])).toHaveLength(1);
    expect(leaks('x', 'CNS, 22 Jul 2022, point 3', [...INTERNAL, [RAW_POINT, 'id']])).toEqual([]);
  });
});
