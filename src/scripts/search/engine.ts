/**
 * Answers a query from three places, cheapest first:
 * 1. the article index, when the query is an article reference ("Art. 31", 第三十一条, "287-2"): the article first;
 * 2. the names index, loaded shard by shard: pages named by the query (exact, inside a longer query, by its start,
 *    or one typo away), so a name is ranked first without fetching any page's fragment;
 * 3. Pagefind's full text, with every word; when that finds too little, each informative word alone, merged by score.
 * The header box stops at 2 when names answer; the search page shows all three. Pagefind and the index shards load
 * on first use, never with the page; the Pagefind bundle is written after the build, so it is imported by URL.
 */
import { BASE } from '../../lib/site';
import { isStrong, longEnough, matchNames, nameKey, shardsFor, type NameHit, type NamesShard } from '../../lib/search-names';
import {
  findArticle,
  findDocument,
  parseArticleRef,
  parseDocumentNumber,
  type ArticleHit,
  type ArticlesIndex,
} from '../../lib/search-refs';
import {
  prefixStem,
  relaxTerms,
  textExcerpt,
  toPagefindFilters,
  toResultView,
  type PagefindResultData,
  type ResultView,
  type SearchRequest,
} from '../../lib/search-view';
import { say } from './strings';

/**
 * The page's language. Each language has its own Pagefind index and names index (`pagefind/`, `zh/pagefind/`;
 * `search/names/`, `zh/search/names/`): a search from a Chinese page finds the Chinese pages.
 */
const PAGE_LANG = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
const LANG_DIR = PAGE_LANG === 'zh' ? 'zh/' : '';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
type Found = { results: PagefindResult[] } | null;
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<Found>;
}

let loading: Promise<Pagefind> | undefined;

/** Fetches Pagefind's script and metadata once; later calls share the same instance. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${BASE}${LANG_DIR}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: BASE, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** The names index's shard count and version, and the number of pages, written by the layout on the header form. */
function namesConfig(): { shards: number; version: string; pages: number } {
  const [shards, version, pages] = (document.querySelector<HTMLElement>('.site-search')?.dataset.names ?? '').split(' ');
  return { shards: Number(shards) || 1, version: version ?? '0', pages: Number(pages) || 1000 };
}

const json = <T>(file: string): Promise<T> =>
  fetch(`${BASE}${LANG_DIR}search/names/${file}.json?v=${namesConfig().version}`).then((r) => {
    if (!r.ok) throw new Error(`${r.status} for the search names index (${file})`);
    return r.json() as Promise<T>;
  });
const shards = new Map<number, Promise<NamesShard>>();
/** A shard, fetched once; one that failed to arrive is fetched again by the next query, and this one goes on without it. */
function loadShard(i: number): Promise<NamesShard> {
  let shard = shards.get(i);
  if (!shard) {
    shard = json<NamesShard>(String(i)).catch((err: unknown) => {
      shards.delete(i);
      console.warn(err);
      return { pages: [], names: [], kinds: {} };
    });
    shards.set(i, shard);
  }
  return shard;
}
let articles: Promise<ArticlesIndex> | undefined;

/** Loads the shards a query needs; with no query, the whole index when it is one file (the box's focus does this). */
export const preloadNames = (q = ''): Promise<unknown> => Promise.all(shardsFor(q, namesConfig().shards).map(loadShard));

/** Fewer all-words results than this, and the query is relaxed to fewer words. */
const RELAX_BELOW = 3;
/** A query of this many informative words is ranked word by word from the start. */
const DESCRIBE = 3;

const withBase = (path: string) => `${BASE}${path.slice(1)}`;

function nameView(h: NameHit, kinds: Record<string, string>): ResultView {
  const note =
    h.match === 'typo'
      ? say('search.didYouMean', { name: h.name })
      : h.name === h.title
        ? undefined
        : say('search.matched', { type: say(`search.nameType.${h.type}`), name: h.name });
  return {
    href: withBase(h.path),
    title: h.title,
    kind: kinds[h.kind] ?? h.kind,
    nameZh: h.zh || undefined,
    excerptHtml: '',
    sections: [],
    note,
  };
}

function articleView(a: ArticleHit, kinds: Record<string, string>): ResultView {
  return {
    href: `${withBase(a.path)}#${a.id}`,
    title: say('search.articleOf', { article: a.label, document: a.document }),
    kind: kinds.article ?? '',
    excerptHtml: textExcerpt(a.heading),
    sections: [],
  };
}

let latest = 0;
/** Waits out fast typing: true when no newer query came within `ms` (the full text is not searched per keystroke). */
async function settled(ms = 150): Promise<boolean> {
  const mine = ++latest;
  await new Promise((resolve) => setTimeout(resolve, ms));
  return mine === latest;
}

interface Ranked {
  result: PagefindResult;
  missing: string[];
}

/** The informative words of a query, Chinese runs cut into words by the browser's segmenter. */
function termsOf(q: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return relaxTerms(q, (run) => [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment));
}

/** Each informative word searched alone; pages ranked by the words they hold, rarer words counting more. */
async function relaxed(
  pagefind: Pagefind,
  terms: string[],
  filters: Record<string, unknown>,
  /** The word of the query a term stands for (a bigram stands for its run of Chinese), for "Does not contain". */
  wordOf = (term: string) => term,
  fewest = 2,
): Promise<Ranked[]> {
  if (terms.length < fewest) return [];
  const found = await Promise.all(terms.map((t) => pagefind.search(prefixStem(t), { filters })));
  const corpus = Math.max(namesConfig().pages, ...found.map((f) => f?.results.length ?? 0));
  const pages = new Map<string, { result: PagefindResult; weight: number; held: Set<string> }>();
  found.forEach((f, i) => {
    const results = f?.results ?? [];
    if (!results.length) return;
    // A word on few pages says more about which page is meant than a word on many (BM25's inverse document frequency).
    const df = results.length;
    const weight = Math.log(1 + (corpus - df + 0.5) / (df + 0.5));
    const top = results[0]!.score || 1;
    for (const r of results) {
      const page = pages.get(r.id) ?? { result: r, weight: 0, held: new Set<string>() };
      page.weight += weight * (r.score / top);
      page.held.add(wordOf(terms[i]!));
      pages.set(r.id, page);
    }
  });
  return [...pages.values()]
    .sort((a, b) => b.weight - a.weight)
    .map((p) => ({ result: p.result, missing: [...new Set(terms.map(wordOf))].filter((w) => !p.held.has(w)) }));
}

/**
 * The last resort for Chinese that finds nothing word by word: every pair of neighbouring characters (the usual way
 * to search Chinese without a dictionary), each pair counting for the run it came from.
 */
function bigramsOf(q: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const run of q.match(/\p{Script=Han}{2,}/gu) ?? []) for (let i = 0; i + 2 <= run.length; i++) pairs.set(run.slice(i, i + 2), run);
  return pairs;
}

/**
 * The first `limit` rows for a request, or null when a newer keystroke superseded it. `namesFirst` (the header box)
 * answers from the names and article indexes alone when they have an answer, and goes to the full text otherwise.
 */
export async function search(
  req: SearchRequest,
  limit: number,
  namesFirst = false,
): Promise<{ total: number; views: ResultView[]; namesOnly: boolean; tooShort?: boolean } | null> {
  const ref = parseArticleRef(req.q);
  const number = ref ? undefined : parseDocumentNumber(req.q);
  const [loaded, found] = await Promise.all([
    Promise.all(shardsFor(req.q, namesConfig().shards).map(loadShard)),
    ref || number
      ? (articles ??= json<ArticlesIndex>('articles')).then((ix) => ({
          article: ref && findArticle(ref, ix),
          document: number && findDocument(number, ix),
        }))
      : undefined,
  ]);
  const { article, document } = found ?? {};
  const kinds = loaded.find((l) => Object.keys(l.kinds).length)?.kinds ?? {};
  const wanted = (kind: string) => !req.kind.length || req.kind.includes(kind);
  // The names index knows kinds, not agencies or years: with those filters, names only reorder full-text results.
  const narrowed = !!(req.agency || req.year);
  const hits = matchNames(req.q, loaded).filter((h) => wanted(h.kind));
  const lead: ResultView[] = [];
  if (article && wanted('sources') && !narrowed) lead.push(articleView(article, kinds));
  // A document number however typed (法发[2016]32号, "Fa Fa 2016-32", 第119号主席令); an exact name hit already shows it.
  if (document && number && wanted('sources') && !narrowed && !hits.some((h) => h.match === 'exact' && h.path === document.path)) {
    lead.push({
      href: withBase(document.path),
      title: document.title,
      kind: kinds.sources ?? '',
      excerptHtml: '',
      sections: [],
      note: say('search.matched', { type: say('search.nameType.number'), name: document.number ?? number.text }),
    });
  }
  const strong = hits.filter(isStrong);
  // Two Latin letters or one Chinese character say too little to search the full text for; the box waits for more.
  if (namesFirst && !lead.length && !hits.length && !longEnough(nameKey(req.q)))
    return { total: 0, views: [], namesOnly: true, tooShort: true };
  if (namesFirst && (lead.length || hits.length)) {
    const views = [...lead, ...hits.map((h) => nameView(h, kinds))];
    return { total: views.length, views: views.slice(0, limit), namesOnly: true };
  }

  const pagefind = await loadPagefind();
  if (!(await settled())) return null;
  const filters = toPagefindFilters(req);
  const terms = termsOf(req.q);
  let ranked: Ranked[];
  if (terms.length >= DESCRIBE) {
    // A description or question: every word together mostly finds long pages that mention everything once; ranking
    // by the words each page holds, rarer words and words in titles and summaries counting more, finds the page about
    // it. Pages holding every word still come first, and the query costs one index chunk a word, not two.
    ranked = await relaxed(pagefind, terms, filters);
  } else {
    const found = await pagefind.search(req.q, { filters });
    ranked = (found?.results ?? []).map((result) => ({ result, missing: [] }));
    if (ranked.length < RELAX_BELOW) {
      const seen = new Set(ranked.map((r) => r.result.id));
      ranked = ranked.concat((await relaxed(pagefind, terms, filters)).filter((r) => !seen.has(r.result.id)));
    }
  }
  if (!ranked.length) {
    const pairs = bigramsOf(req.q);
    ranked = await relaxed(pagefind, [...pairs.keys()], filters, (pair) => pairs.get(pair) ?? pair, 1);
  }
  if (!narrowed) {
    lead.push(...strong.map((h) => nameView(h, kinds)));
    // A name one typo away is offered first ("did you mean …") unless the query is itself a name.
    if (!hits.some((h) => h.match === 'exact')) lead.push(...hits.filter((h) => h.match === 'typo').map((h) => nameView(h, kinds)));
  }
  // One row a page: the first reason it leads (an article or number, an exact name, a name in the query, a typo).
  const leadPages = new Map<string, ResultView>();
  for (const v of lead) if (!leadPages.has(v.href)) leadPages.set(v.href, v);
  lead.splice(0, lead.length, ...leadPages.values());
  const views = await Promise.all(
    ranked.slice(0, Math.max(0, limit)).map(async ({ result, missing }) => {
      const view = toResultView(await result.data());
      return missing.length ? { ...view, note: say('search.missing', { words: missing.join(', ') }) } : view;
    }),
  );
  const rest: ResultView[] = [];
  for (const v of views) {
    const held = leadPages.get(v.href);
    // A page already leading (by its name) takes the full-text excerpt and sections, and keeps its own note.
    if (held) Object.assign(held, { excerptHtml: v.excerptHtml, sections: v.sections });
    else rest.push(v);
  }
  const order = narrowed ? strong.map((h) => withBase(h.path)) : [];
  rest.sort((a, b) => rankIn(order, a.href) - rankIn(order, b.href));
  const dropped = views.length - rest.length;
  return { total: lead.length + ranked.length - dropped, views: [...lead, ...rest].slice(0, limit), namesOnly: false };
}

const rankIn = (order: string[], href: string) => (order.includes(href) ? order.indexOf(href) : order.length);
