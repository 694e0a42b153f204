/**
 * Dates from git history: a file's last change passes over the commits .git-blame-ignore-revs lists as mechanical.
 * Run against a throwaway repository with fixed commit dates, and against this repository's own list.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileDates, IGNORE_REVS_FILE, readIgnoreRevs } from '../../src/lib/git-dates';

let repo: string;
const git = (args: string[], date?: string) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }) },
  }).trim();
/** Writes files and commits them at `date` (UTC); returns the commit's hash. */
function commit(date: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) writeFileSync(join(repo, path), text);
  git(['add', '.']);
  git(['commit', '-q', '-m', `at ${date}`], `${date}+00:00`);
  return git(['rev-parse', 'HEAD']);
}

let c1: string, c2: string, c3: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'git-dates-'));
  mkdirSync(join(repo, 'content'));
  git(['init', '-q']);
  c1 = commit('2026-01-01T10:00:00', { 'content/a.mdx': 'A', 'content/b.mdx': 'B' });
  c2 = commit('2026-01-02T10:00:00', { 'content/a.mdx': 'A, corrected' });
  // A mechanical rewrite of both files, and a file it added.
  c3 = commit('2026-01-03T10:00:00', { 'content/a.mdx': 'A, corrected ', 'content/b.mdx': 'B ', 'content/c.mdx': 'C' });
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('fileDates', () => {
  it('dates each file by its adding commit and its newest commit, in UTC, when nothing is listed', () => {
    const dates = fileDates('content', { cwd: repo });
    expect(dates.get('content/a.mdx')).toEqual({
      created: '2026-01-01T10:00:00+00:00',
      updated: '2026-01-03T10:00:00+00:00',
      updatedBy: c3,
    });
    expect(dates.get('content/b.mdx')?.updated).toBe('2026-01-03T10:00:00+00:00');
  });

  it('passes over a listed commit: the file keeps the date of its last change before it', () => {
    writeFileSync(join(repo, IGNORE_REVS_FILE), `# mechanical\n${c3}  # trailing comment\n\n`);
    try {
      const dates = fileDates('content', { cwd: repo });
      expect(dates.get('content/a.mdx')).toEqual({
        created: '2026-01-01T10:00:00+00:00',
        updated: '2026-01-02T10:00:00+00:00',
        updatedBy: c2,
      });
      expect(dates.get('content/b.mdx')).toEqual({
        created: '2026-01-01T10:00:00+00:00',
        updated: '2026-01-01T10:00:00+00:00',
        updatedBy: c1,
      });
      // A file the listed commit added still dates from its adding.
      expect(dates.get('content/c.mdx')).toEqual({
        created: '2026-01-03T10:00:00+00:00',
        updated: '2026-01-03T10:00:00+00:00',
        updatedBy: c3,
      });
    } finally {
      rmSync(join(repo, IGNORE_REVS_FILE));
    }
  });

  it('rejects a line that is not a full hash, naming the file and line', () => {
    const file = join(repo, 'bad-revs');
    writeFileSync(file, `${c3}\n${c2.slice(0, 7)}\n`);
    expect(() => readIgnoreRevs(file)).toThrow(`${file}:2: "${c2.slice(0, 7)}" is not a full commit hash. Fix:`);
  });
});

describe(`this repository's ${IGNORE_REVS_FILE}`, () => {
  const listed = [...readIgnoreRevs(IGNORE_REVS_FILE)];

  it('lists commits of this history that changed content files', () => {
    expect(listed.length).toBeGreaterThan(0);
    for (const hash of listed) {
      const files = execFileSync('git', ['show', '--format=', '--name-only', hash, '--', 'content'], { encoding: 'utf8' });
      expect(files.trim(), `${hash} changes no file under content/`).not.toBe('');
    }
  });

  it('dates no content file by a listed commit unless that commit added it', () => {
    for (const [file, d] of fileDates()) {
      if (listed.includes(d.updatedBy)) expect(d.updated, `${file} is dated by the mechanical ${d.updatedBy}`).toBe(d.created);
    }
  });
});
