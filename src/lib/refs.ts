/**
 * Finds the typed references inside an entry: in its data (objects Astro's `reference()` produced) and in its
 * MDX body (`<Cite source=… at=…/>` tags and root-relative Markdown links to entity pages).
 */
import { isKind, type Kind } from '../kinds/keys';

/** An entry as plain data, detached from Astro so that it can be checked in tests. */
export interface PlainEntry {
  kind: Kind;
  id: string;
  /** Path of the file relative to the project, for error messages. */
  file: string;
  data: Record<string, unknown>;
  body?: string;
}

export interface FoundRef {
  /** Dotted path of the field, e.g. `seeAlso.terms[1]` or `body`. */
  field: string;
  kind: Kind;
  id: string;
}

export interface FoundCitation {
  field: string;
  source: string;
  at: string;
}

function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

function walk(value: unknown, path: string, visit: (obj: Record<string, unknown>, path: string) => boolean): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, join(path, i), visit));
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (visit(obj, path)) return;
    for (const [k, v] of Object.entries(obj)) walk(v, join(path, k), visit);
  }
}

const isRef = (o: Record<string, unknown>): o is { collection: Kind; id: string } =>
  isKind(o.collection) && typeof o.id === 'string' && Object.keys(o).length === 2;

/** Every reference in an entry's data, including the source half of each citation. */
export function dataRefs(data: unknown): FoundRef[] {
  const found: FoundRef[] = [];
  walk(data, '', (o, path) => {
    if (!isRef(o)) return false;
    found.push({ field: path, kind: o.collection, id: o.id });
    return true;
  });
  return found;
}

/** Every citation (`{ source, at }`) in an entry's data, in document order. */
export function dataCitations(data: unknown): FoundCitation[] {
  const found: FoundCitation[] = [];
  walk(data, '', (o, path) => {
    const src = o.source as Record<string, unknown> | undefined;
    if (!src || typeof o.at !== 'string' || typeof src !== 'object' || !isRef(src) || src.collection !== 'sources') return false;
    found.push({ field: path, source: src.id, at: o.at });
    return true;
  });
  return found;
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = m[2] ?? m[3] ?? '';
  return out;
}

/** `<Cite source="…" at="…" />` tags in an MDX body, in order. */
export function bodyCitations(body: string | undefined): FoundCitation[] {
  if (!body) return [];
  return [...body.matchAll(/<Cite\b[^>]*>/g)].map((m) => {
    const a = attrs(m[0]);
    return { field: 'body', source: a.source ?? '', at: a.at ?? '' };
  });
}

/** Links to entities in an MDX body: root-relative links (`](/terms/goip/)`, `href="/terms/goip/"`) and `<Chart dataset="…">`. */
export function bodyLinks(body: string | undefined): FoundRef[] {
  if (!body) return [];
  const found: FoundRef[] = [];
  for (const m of body.matchAll(/<Chart\b[^>]*>/g)) found.push({ field: 'body', kind: 'datasets', id: attrs(m[0]).dataset ?? '' });
  for (const m of body.matchAll(/(?:\]\(|href=["'])\/([a-z]+)\/([a-z0-9-]+)\/?(?:#[^)"'\s]*)?/g)) {
    if (isKind(m[1])) found.push({ field: 'body', kind: m[1], id: m[2]! });
  }
  return found;
}

/** Every citation in an entry, data first (it shows first on the page), then body. */
export function allCitations(entry: Pick<PlainEntry, 'data' | 'body'>): FoundCitation[] {
  return [...dataCitations(entry.data), ...bodyCitations(entry.body)];
}
