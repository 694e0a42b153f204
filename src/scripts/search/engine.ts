/**
 * Loads the Pagefind index on first use (never with the page) and runs queries against it.
 * The bundle lives at `<base>pagefind/`, written after the build, so it is imported by URL, not bundled.
 */
import { BASE } from '../../lib/site';
import {
  exactNamesFirst,
  toPagefindFilters,
  toResultView,
  type PagefindResultData,
  type ResultView,
  type SearchRequest,
} from '../../lib/search-view';

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (q: string, o?: Record<string, unknown>, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
  preload: (q: string) => Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

/** Fetches Pagefind's script and metadata once; later calls share the same instance. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: BASE, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** How many of Pagefind's results are looked at for an exact name match before the first `limit` are shown. */
const RERANK_DEPTH = 12;

/** The first `limit` results of a request, or null when a newer keystroke superseded this one. */
export async function search(req: SearchRequest, limit: number): Promise<{ total: number; views: ResultView[] } | null> {
  const pagefind = await loadPagefind();
  const found = await pagefind.debouncedSearch(req.q, { filters: toPagefindFilters(req) }, 150);
  if (!found) return null;
  const views = await Promise.all(found.results.slice(0, Math.max(limit, RERANK_DEPTH)).map(async (r) => toResultView(await r.data())));
  return { total: found.results.length, views: exactNamesFirst(views, req.q).slice(0, limit) };
}
