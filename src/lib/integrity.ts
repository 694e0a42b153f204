/**
 * Cross-entry checks that a schema alone cannot make: every reference resolves, every citation points at a
 * locator its source has. Each problem names the file, the field and the fix.
 */
import { allCitations, bodyLinks, dataRefs, type PlainEntry } from './refs';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

function closest(target: string, options: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  for (const o of options) {
    // Share of character bigrams in common: cheap and good enough to catch typos.
    const grams = (s: string) => new Set(Array.from({ length: Math.max(s.length - 1, 0) }, (_, i) => s.slice(i, i + 2)));
    const a = grams(target);
    const b = grams(o);
    const common = [...a].filter((g) => b.has(g)).length;
    const score = (2 * common) / (a.size + b.size || 1);
    if (score > bestScore) [best, bestScore] = [o, score];
  }
  return bestScore >= 0.5 ? best : undefined;
}

/** Checks `entries`, or only `checked` (e.g. the Chinese editions' bodies) against the ids and locators of `entries`. */
export function checkIntegrity(entries: PlainEntry[], checked?: PlainEntry[]): Problem[] {
  const ids = new Map<string, Set<string>>();
  for (const e of entries) (ids.get(e.kind) ?? ids.set(e.kind, new Set()).get(e.kind)!).add(e.id);
  const locators = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.kind !== 'sources') continue;
    const locs = (e.data.locators as { id: string }[] | undefined) ?? [];
    locators.set(e.id, new Set(locs.map((l) => l.id)));
  }

  const problems: Problem[] = [];
  const missing = (kind: string, id: string) => {
    const known = [...(ids.get(kind) ?? [])];
    const hint = closest(id, known);
    return `refers to ${kind} "${id}", which does not exist. Fix: use an id of a file in content/${kind}/${hint ? ` (did you mean "${hint}"?)` : ''}, or add that entry.`;
  };

  for (const e of checked ?? entries) {
    for (const ref of [...dataRefs(e.data), ...bodyLinks(e.body)]) {
      if (!ids.get(ref.kind)?.has(ref.id)) problems.push({ file: e.file, field: ref.field, message: missing(ref.kind, ref.id) });
    }
    for (const c of allCitations(e)) {
      if (!c.source || !c.at) {
        problems.push({
          file: e.file,
          field: c.field,
          message: 'has a <Cite> without both `source` and `at`. Fix: write <Cite source="source-id" at="kp-1" />.',
        });
        continue;
      }
      const locs = locators.get(c.source);
      if (!locs) {
        // Data references to a missing source are already reported above; body citations are not.
        if (c.field === 'body') problems.push({ file: e.file, field: 'body', message: `cites source ${missing('sources', c.source)}` });
      } else if (!locs.has(c.at)) {
        problems.push({
          file: e.file,
          field: c.field,
          message: `cites locator "${c.at}" of source "${c.source}", which has no such locator. Fix: use one of ${[...locs].join(', ')}, or add it to content/sources/${c.source}.mdx.`,
        });
      }
    }
  }
  if (!checked) problems.push(...checkDocuments(entries));
  return problems;
}

/** A policy that names its official text must match it: the text exists, is a document, holds the key articles, and has the same status. */
function checkDocuments(entries: PlainEntry[]): Problem[] {
  const sources = new Map(entries.filter((e) => e.kind === 'sources').map((e) => [e.id, e.data]));
  const problems: Problem[] = [];
  for (const e of entries) {
    if (e.kind !== 'policies') continue;
    const ref = e.data.document as { id: string } | undefined;
    if (!ref) continue;
    const doc = sources.get(ref.id);
    if (!doc) continue; // reported as a broken reference
    const articles = doc.articles as { id: string }[] | undefined;
    if (!articles) {
      problems.push({
        file: e.file,
        field: 'document',
        message: `names source "${ref.id}", which is not an official document read article by article. Fix: point it at a YAML document in content/sources/.`,
      });
      continue;
    }
    ((e.data.keyArticles as string[] | undefined) ?? []).forEach((id, i) => {
      if (!articles.some((a) => a.id === id))
        problems.push({
          file: e.file,
          field: `keyArticles[${i}]`,
          message: `"${id}" is not an article of "${ref.id}". Fix: use one of its article ids, e.g. ${articles[0]?.id}.`,
        });
    });
    const status = e.data.status as string | undefined;
    if (status && status !== 'unknown' && status !== doc.status) {
      problems.push({
        file: e.file,
        field: 'status',
        message: `is "${status}" but its official text "${ref.id}" says "${String(doc.status)}". Fix: remove status (the document's is shown) or make them agree.`,
      });
    }
  }
  return problems;
}

export function formatProblems(problems: Problem[]): string {
  const lines = problems.map((p) => `  ${p.file} → field "${p.field}": ${p.message}`);
  return `The knowledge base has ${problems.length} broken reference${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
