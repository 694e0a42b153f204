/**
 * The "key facts" block as rows of plain values that a component renders. Each kind builds its rows in src/kinds/;
 * rows carry a fixed key (their anchor is `fact-<key>`) and values that are resolved to text in the reader's language.
 */
import type { Kind } from '../kinds/keys';

/** One value: content text, an interface label looked up by key, a date, a number, a span of periods, or an entity. */
export type FactValue =
  | { text: string; zh?: boolean }
  | { label: string }
  | { date: string }
  | { count: number }
  | { periods: string[] }
  | { link: string; text?: string }
  | { ref: { kind: Kind; id: string } };

export interface FactRow {
  /** Fixed ASCII key (`definition`, `issuedBy`): the label is `fact.<key>` in the string table, the anchor `fact-<kebab key>`. */
  key: string;
  /** A label that comes from content rather than the interface (an official's role). */
  label?: string;
  values: FactValue[];
  /** Citations for this row, as (source id, locator) pairs. */
  cites: { source: string; at: string }[];
  /** How the value was read, when that needs saying. */
  note?: string;
  /** A locator on the same page that states the value (an official document's own article), linked beside it. */
  at?: string;
}

type Ref = { collection: string; id: string };
type Cite = { source: Ref; at: string };
type CitedDate = { date: string; cite: Cite; note?: string };

export const text = (t: string | undefined, zh = false): FactValue[] => (t ? [{ text: t, ...(zh ? { zh } : {}) }] : []);
/** A web address, shown as a link. */
export const link = (href: string | undefined): FactValue[] => (href ? [{ link: href }] : []);
/** An enum value shown through the string table, e.g. `label('policyStatus', 'in-force')`. */
export const label = (table: string, value: string | undefined): FactValue[] => (value ? [{ label: `${table}.${value}` }] : []);
export const refs = (list: Ref[] | Ref | undefined): FactValue[] =>
  (Array.isArray(list) ? list : list ? [list] : []).map((r) => ({ ref: { kind: r.collection as Kind, id: r.id } }));
export const cite = (c: Cite | undefined): FactRow['cites'] => (c ? [{ source: c.source.id, at: c.at }] : []);

export function row(key: string, values: FactValue[], cites: FactRow['cites'] = [], note?: string): FactRow | undefined {
  return values.length ? { key, values, cites, ...(note ? { note } : {}) } : undefined;
}
export const dateRow = (key: string, d: CitedDate | undefined) => d && row(key, [{ date: d.date }], cite(d.cite), d.note);

/** The rows that have a value, in order. */
export const rows = (...list: (FactRow | undefined)[]): FactRow[] => list.filter((r): r is FactRow => Boolean(r));

/** The anchor of a fact key: `issuedBy` → `fact-issued-by`. */
export const factAnchor = (key: string): string => `fact-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Unique anchors for the rows of one block (a key that repeats, such as `official`, gets `-2`, `-3`, …). */
export function factIds(list: FactRow[]): string[] {
  const seen = new Map<string, number>();
  return list.map((r) => {
    const base = factAnchor(r.key);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
