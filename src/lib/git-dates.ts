/**
 * When each content file was first added and last changed, from git history (read once per build). A file git does
 * not know is left out, and callers fall back to the build date.
 */
import { execFileSync } from 'node:child_process';

export interface FileDates {
  /** The commit that first added the file (ISO 8601). */
  created: string;
  /** The newest commit that changed it (ISO 8601). */
  updated: string;
}

export function fileDates(dir = 'content'): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  let log = '';
  try {
    log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return dates; // not a git checkout (e.g. a source tarball): every entry falls back to the build date
  }
  // Newest commit first: the first date seen is the last change, the last one seen the first.
  for (const block of log.split('\0').slice(1)) {
    const [date, ...files] = block.trim().split('\n');
    for (const f of files) {
      if (!f) continue;
      const seen = dates.get(f);
      if (seen) seen.created = date!;
      else dates.set(f, { created: date!, updated: date! });
    }
  }
  return dates;
}
