/**
 * The Atom feed's dates: every `updated` is an RFC 3339 date-time (RFC 4287 §3.3), each entry's is the last change
 * git gives for its content file (mechanical commits passed over, src/lib/git-dates.ts), and two entries share a
 * timestamp only when one commit changed both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileDates } from '../../src/lib/git-dates';
import { parseXml, selectAll, selectOne, text } from '../support/html';
import { DIST, TEST_BASE } from '../support/site';

/** RFC 3339's date-time: full date, `T`, full time with seconds, optional fraction, and `Z` or an offset. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/i;

/** Whether a string is an RFC 3339 date-time naming a real instant (no 30 February, no hour 24). */
function isRfc3339(s: string): boolean {
  const m = RFC3339.exec(s);
  if (!m) return false;
  const [year, month, day, hour, minute, second, offH = '0', offM = '0'] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v)));
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month! - 1 &&
    date.getUTCDate() === day &&
    hour! < 24 &&
    minute! < 60 &&
    second! < 61 && // 60: a leap second
    Number(offH) < 24 &&
    Number(offM) < 60
  );
}

const feed = parseXml(readFileSync(join(DIST, 'feed.xml'), 'utf8'));
/** Each entry: its page's path below the base (`terms/goip`) and its `updated`. */
const entries = selectAll('feed > entry', feed).map((e) => ({
  path: new URL(selectOne('link', e)!.attribs.href!).pathname.slice(TEST_BASE.length).replace(/\/$/, ''),
  updated: text(selectOne('updated', e)!),
}));
/** Content file without its extension (`content/terms/goip`) → its dates. */
const dates = new Map([...fileDates()].map(([file, d]) => [file.replace(/\.[a-z]+$/, ''), d]));
const datesOf = (path: string) => dates.get(`content/${path}`);

describe('feed dates', () => {
  it('are RFC 3339 date-times, the feed’s own and every entry’s', () => {
    expect(entries.length).toBeGreaterThan(50);
    expect(isRfc3339('2026-02-30T10:00:00Z') || isRfc3339('2026-11-29 18:58:24Z') || isRfc3339('2026-11-29')).toBe(false);
    const all = [text(selectOne('feed > updated', feed)!), ...entries.map((e) => e.updated)];
    expect(all.filter((d) => !isRfc3339(d))).toEqual([]);
  });

  it('give each entry the last change git gives for its content file', () => {
    for (const e of entries) expect(e.updated, e.path).toBe(datesOf(e.path)?.updated);
  });

  it('are shared by two entries only when one commit changed both', () => {
    const commitsAt = new Map<string, Set<string>>();
    for (const e of entries) commitsAt.set(e.updated, (commitsAt.get(e.updated) ?? new Set()).add(datesOf(e.path)!.updatedBy));
    const mixed = [...commitsAt].filter(([, commits]) => commits.size > 1).map(([at, commits]) => `${at}: ${[...commits].join(', ')}`);
    expect(mixed).toEqual([]);
  });
});
