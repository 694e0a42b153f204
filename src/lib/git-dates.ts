/**
 * When each content file was first added and last changed, from git history (read once per build). A file git does
 * not know is left out, and callers fall back to the build date.
 *
 * "Last changed" passes over the commits listed in .git-blame-ignore-revs: commits that rewrote many files
 * mechanically (placeholder anchors dropped, a renamed id put in links) without changing what a page says. The feed's
 * `updated`, the sitemap's lastmod, JSON-LD's dateModified and the citation dates all come from here, so such a commit
 * does not announce every page it touched as changed. `git blame` (with blame.ignoreRevsFile) and GitHub's blame view
 * skip the same commits.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FileDates {
  /** The commit that first added the file (ISO 8601, UTC). */
  created: string;
  /** The newest commit that changed it and is not listed as mechanical; the adding commit when every later one is. */
  updated: string;
  /** The hash of the commit `updated` is the date of. */
  updatedBy: string;
}

/** The list of mechanical commits, at the repository root (the name git's documentation and GitHub use). */
export const IGNORE_REVS_FILE = '.git-blame-ignore-revs';

/**
 * The commits an ignore-revs file lists, in git's blame.ignoreRevsFile format: one full commit hash a line, `#` and
 * what follows it a comment. No file lists none. A line that is not a full hash is an error naming the line.
 */
export function readIgnoreRevs(file: string): Set<string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw err;
  }
  const revs = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(line))
      throw new Error(
        `${file}:${i + 1}: "${line}" is not a full commit hash. Fix: write the whole hash (\`git rev-parse <commit>\`), one a line; a comment starts with #.`,
      );
    revs.add(line);
  });
  return revs;
}

export interface FileDatesOptions {
  /** The repository (the working directory of `git`). */
  cwd?: string;
  /** The ignore-revs file, relative to `cwd`. */
  ignoreRevs?: string;
}

/** Every file under `dir` that git knows, by its path from the repository root, with its dates. */
export function fileDates(
  dir = 'content',
  { cwd = process.cwd(), ignoreRevs = IGNORE_REVS_FILE }: FileDatesOptions = {},
): Map<string, FileDates> {
  const mechanical = readIgnoreRevs(join(cwd, ignoreRevs));
  const dates = new Map<string, FileDates>();
  let log = '';
  try {
    // Committer dates in UTC (TZ and iso-strict-local), so that dates compare as strings whoever committed.
    log = execFileSync('git', ['log', '--format=%x00%H %cd', '--date=iso-strict-local', '--name-only', '--', dir], {
      cwd,
      env: { ...process.env, TZ: 'UTC' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return dates; // not a git checkout (e.g. a source tarball): every entry falls back to the build date
  }
  const added = new Map<string, { date: string; hash: string }>();
  for (const block of log.split('\0').slice(1)) {
    const [head, ...files] = block.trim().split('\n');
    const [hash, date] = head!.split(' ') as [string, string];
    for (const f of files) {
      if (!f) continue;
      const first = added.get(f);
      if (!first || date < first.date) added.set(f, { date, hash });
      const seen = dates.get(f);
      if (mechanical.has(hash) || (seen && seen.updated >= date)) continue;
      dates.set(f, { created: '', updated: date, updatedBy: hash });
    }
  }
  for (const [f, first] of added) {
    // Every change after the adding commit was mechanical (or the file was only ever added): it dates from then.
    const d = dates.get(f) ?? { created: '', updated: first.date, updatedBy: first.hash };
    dates.set(f, { ...d, created: first.date });
  }
  return dates;
}
