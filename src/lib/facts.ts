/** The "key facts" block of each kind of entity, as rows of plain values that a component renders. */
import type { Kind } from '../schemas/common';
import { formatPartialDate, formatPeriodSpan } from './dates';

export interface FactValue {
  text: string;
  /** Set when the value is Chinese. */
  zh?: boolean;
  /** Set when the value is another entity, to be linked. */
  ref?: { kind: Kind; id: string };
}

export interface FactRow {
  label: string;
  values: FactValue[];
  /** Citations for this row, as (source id, locator) pairs. */
  cites: { source: string; at: string }[];
  /** How the value was read, when that needs saying. */
  note?: string;
}

type Ref = { collection: Kind; id: string };
type Cite = { source: Ref; at: string };
type CitedDate = { date: string; cite: Cite; note?: string };
type Data = Record<string, any>;

const text = (t: unknown, zh = false): FactValue[] => (typeof t === 'string' && t ? [{ text: t, ...(zh ? { zh } : {}) }] : []);
const refs = (list: Ref[] | Ref | undefined): FactValue[] =>
  (Array.isArray(list) ? list : list ? [list] : []).map((r) => ({ text: r.id, ref: { kind: r.collection, id: r.id } }));
const cite = (c: Cite | undefined) => (c ? [{ source: c.source.id, at: c.at }] : []);
const humanise = (s: string) => s.replace(/-/g, ' ');

function row(label: string, values: FactValue[], cites: FactRow['cites'] = [], note?: string): FactRow | undefined {
  return values.length ? { label, values, cites, ...(note ? { note } : {}) } : undefined;
}
const dateRow = (label: string, d: CitedDate | undefined) => d && row(label, text(formatPartialDate(d.date)), cite(d.cite), d.note);

export function keyFacts(kind: Kind, d: Data): FactRow[] {
  const rows: (FactRow | undefined)[] = [];
  switch (kind) {
    case 'crimes':
      rows.push(row('Chinese name', text(d.nameZh, true)), d.statute && row('Statutory basis', text(d.statute.text), cite(d.statute.cite)));
      break;
    case 'policies':
      rows.push(
        row('Kind', text(humanise(d.kind))),
        row('Issued by', refs(d.issuers)),
        dateRow('Issued', d.issued),
        dateRow('In force from', d.effective),
        row('Status', text(humanise(d.status))),
      );
      break;
    case 'agencies':
      rows.push(
        row('Abbreviation', text(d.abbreviation)),
        row('Kind', text(humanise(d.kind))),
        row('Level', text(d.level)),
        row('Part of', refs(d.parent)),
        ...(d.officials ?? []).map((o: Data) => row(o.role, [...text(o.name), ...text(o.nameZh, true)], cite(o.cite))),
      );
      break;
    case 'campaigns':
      rows.push(row('Led by', refs(d.leads)), row('Level', text(d.level)), dateRow('Started', d.started), dateRow('Ended', d.ended), row('Phase of', refs(d.parent)));
      break;
    case 'terms':
      rows.push(row('Category', text(d.category)), row('Definition', text(d.definition), (d.definitionCite ?? []).map((c: Cite) => cite(c)[0]!)));
      break;
    case 'sources':
      rows.push(
        row('Outlet', text(d.outlet)),
        row('First published by', text(d.originalOutlet)),
        row('Author', text(d.author)),
        row('Published', text(formatPartialDate(d.published)), [], d.publishedNote),
        row('Language', text(d.language === 'zh' ? 'Chinese' : 'English')),
        row('Kind', text(humanise(d.kind))),
        row('Translation', text(humanise(d.translation.quality))),
        row('Web address', text(d.url)),
        row('Seed file', text(d.seedFile)),
      );
      break;
    case 'datasets': {
      rows.push(
        row('Measures', text(d.measure)),
        row('Unit', text(d.unit)),
        row('Points', text(String(d.points.length))),
        row('Period', text(formatPeriodSpan((d.points as Data[]).map((p) => p.period as string)))),
      );
      break;
    }
  }
  return rows.filter((r): r is FactRow => Boolean(r));
}

/** Stable, unique ids for key-fact rows (`fact-definition`, `fact-issued`, …), so each value can be linked to. */
export function factIds(rows: FactRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const base = `fact-${r.label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
