/** When each content file last changed, from git history (read once per build); a file git does not know is left out, and callers fall back to the build date. */
import { execFileSync } from 'node:child_process';

export function lastChanged(dir = 'content'): Map<string, string> {
  const dates = new Map<string, string>();
  let log = '';
  try {
    log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return dates; // not a git checkout (e.g. a source tarball): every entry falls back to the build date
  }
  for (const block of log.split('\0').slice(1)) {
    const [date, ...files] = block.trim().split('\n');
    for (const f of files) if (f && !dates.has(f)) dates.set(f, date!); // newest commit comes first
  }
  return dates;
}
