/**
 * Lighthouse over a page of the served test build, and what a failing run should tell a developer: the page, the
 * form factor, the category and its score, and each audit that cost points, with its title and the elements at fault.
 */
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

export type FormFactor = 'mobile' | 'desktop';

/** The four categories the site holds; Lighthouse's newer ones (agentic browsing) are not asked for. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Audits of what the static host adds, not the site: cache headers (cache-insight), HTTP/2 (modern-http-insight),
 * and the document's compression, redirects and server response time (document-latency-insight). The local test
 * server sets none of them, so they are skipped. None of them weighs in a category score in Lighthouse 13; skipping
 * them keeps them out of the failure messages too. Nothing else is skipped.
 */
const HOST_AUDITS = ['cache-insight', 'modern-http-insight', 'document-latency-insight'];

/**
 * Runs Lighthouse on `url` in the Chromium at `port`: mobile is Lighthouse's default, desktop its desktop config.
 * `skip` names audits a page fails by design (the caller says why), besides the host's.
 */
export async function audit(url: string, port: number, formFactor: FormFactor, skip: string[] = []): Promise<Result> {
  const flags = { port, logLevel: 'error' as const, onlyCategories: [...CATEGORIES], skipAudits: [...HOST_AUDITS, ...skip] };
  const run = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  if (!run) throw new Error(`Lighthouse returned no result for ${url}`);
  return run.lhr;
}

/**
 * A run to judge the page by. Accessibility, best practices and SEO come out the same on every run, but performance
 * moves with the load on the machine (a second agent's build can triple the blocking time Lighthouse measures). So
 * when the first run falls below the performance floor, two more are made and the median run is judged, picked by
 * Lighthouse's own rule (the run nearest the median first paint and time to interactive), as Lighthouse advises.
 */
export async function representative(
  url: string,
  port: number,
  formFactor: FormFactor,
  floor: number,
  skip: string[] = [],
): Promise<{ lhr: Result; runs: number }> {
  const first = await audit(url, port, formFactor, skip);
  if ((score(first, 'performance') ?? 0) >= floor) return { lhr: first, runs: 1 };
  const runs = [first, await audit(url, port, formFactor, skip), await audit(url, port, formFactor, skip)];
  return { lhr: computeMedianRun(runs), runs: runs.length };
}

/** A category's score as Lighthouse shows it, 0 to 100 (null when the category could not be scored). */
export const score = (lhr: Result, category: Category): number | null => {
  const s = lhr.categories[category]?.score;
  return s === null || s === undefined ? null : Math.round(s * 100);
};

type Detail = Record<string, unknown>;

/** The elements (selector and snippet, and axe's explanation) and resources an audit's details point at. */
function offenders(details: unknown, found: string[] = []): string[] {
  if (Array.isArray(details)) {
    for (const d of details) offenders(d, found);
  } else if (details && typeof details === 'object') {
    const d = details as Detail;
    if (d.type === 'node') {
      const why = typeof d.explanation === 'string' ? ` · ${d.explanation.replace(/\s+/g, ' ').trim()}` : '';
      found.push(`${String(d.selector ?? '')} ${String(d.snippet ?? '')}${why}`.trim());
    } else if (d.type === 'source-location' || (d.type === 'url' && typeof d.value === 'string')) {
      found.push(String(d.url ?? d.value));
    } else if (d.type === undefined && typeof d.url === 'string') {
      found.push(typeof d.duration === 'number' ? `${d.url} (${Math.round(d.duration)} ms)` : d.url);
    } else {
      for (const [key, value] of Object.entries(d)) if (key !== 'headings' && key !== 'debugData') offenders(value, found);
    }
  }
  return found;
}

/** The diagnostics that say where a metric's time or shift comes from: the LCP element, the shifts, the long tasks. */
const EXPLAINED_BY: Record<string, string[]> = {
  'largest-contentful-paint': ['lcp-breakdown-insight'],
  'cumulative-layout-shift': ['layout-shifts'],
  'total-blocking-time': ['long-tasks'],
};

/**
 * The audits of a category that cost points: every weighted audit below a full score (for performance these are
 * the metrics), then the unweighted ones Lighthouse marks as failed (below 0.9), which for performance name causes.
 */
function costly(lhr: Result, category: Category): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const failed = refs.filter(({ id, weight }) => {
    const a = lhr.audits[id];
    if (!a || a.score === null || a.scoreDisplayMode === 'informative' || a.scoreDisplayMode === 'notApplicable') return false;
    return weight > 0 ? a.score < 1 : a.score < 0.9;
  });
  return failed.map(({ id }) => {
    const a = lhr.audits[id]!;
    const shown = a.displayValue ? `, ${a.displayValue}` : '';
    const where = [...new Set([a, ...(EXPLAINED_BY[id] ?? []).map((d) => lhr.audits[d])].flatMap((x) => offenders(x?.details)))];
    const list = where.slice(0, 8).map((w) => `\n      ${w}`);
    const more = where.length > 8 ? `\n      … and ${where.length - 8} more` : '';
    return `  - ${a.title} (${id}: score ${a.score}${shown})${list.join('')}${more}`;
  });
}

/**
 * One message per category below its floor, naming the page, form factor, category, score and the audits that
 * cost the points; an empty list when the page holds every floor.
 */
export function shortfalls(lhr: Result, label: string, floors: Record<Category, number>): string[] {
  const problems = lhr.runtimeError ? [`${label}: Lighthouse could not run: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`] : [];
  for (const category of CATEGORIES) {
    const s = score(lhr, category);
    if (s !== null && s >= floors[category]) continue;
    problems.push([`${label} · ${category} ${s ?? 'not scored'} (needs ≥ ${floors[category]})`, ...costly(lhr, category)].join('\n'));
  }
  return problems;
}
