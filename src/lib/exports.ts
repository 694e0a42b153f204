/** Builds the JSON exports from plain entries; shapes are documented in src/schemas/exports.ts. */
import { CONTENT_LICENSE } from './licenses';
import { namesOf, type Kind } from '../kinds';
import { relations } from './entities';
import type { DownloadPoint } from './downloads';
import { figureFields } from './figures';
import type { PlainEntry } from './refs';

type Link = (kind: Kind, id: string, fragment?: string) => string;

/** Replaces every `{ collection, id }` reference with the string "collection/id". */
export function flattenRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(flattenRefs);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.collection === 'string' && typeof o.id === 'string' && Object.keys(o).length === 2) return `${o.collection}/${o.id}`;
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, flattenRefs(v)]));
  }
  return value;
}

/** Fields that record how an entry was made, not what it says; readers and the API never see them. */
const INTERNAL_FIELDS = new Set(['seedFile']);
const publicData = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([k]) => !INTERNAL_FIELDS.has(k)));

export function entitiesExport(entries: PlainEntry[], link: Link, updated: (e: PlainEntry) => string, generated: string) {
  const entities = entries.map((e) => ({
    key: `${e.kind}/${e.id}`,
    kind: e.kind,
    id: e.id,
    url: link(e.kind, e.id),
    name: namesOf(e.kind, e.data).name,
    nameZh: namesOf(e.kind, e.data).zh ?? null,
    summary: String(e.data.summary ?? ''),
    updated: updated(e),
    data: flattenRefs(publicData(e.data)) as Record<string, unknown>,
  }));
  return { generated, license: CONTENT_LICENSE, count: entities.length, entities };
}

export function relationsExport(entries: PlainEntry[], generated: string) {
  return {
    generated,
    license: CONTENT_LICENSE,
    relations: entries.flatMap((e) =>
      relations(e.kind, e.data).map((r) => ({ from: `${e.kind}/${e.id}`, relation: r.key, to: `${r.kind}/${r.id}` })),
    ),
  };
}

/** A dataset point as the exports read it: the chart's point with its citation (see src/lib/downloads.ts). */
type PointData = DownloadPoint & { cite: { source: { id: string } } };

export function datasetsExport(entries: PlainEntry[], link: Link, generated: string) {
  const sources = new Map(
    entries.filter((e) => e.kind === 'sources').map((e) => [e.id, e.data as { title: string; locators: { id: string; text: string }[] }]),
  );
  const datasets = entries
    .filter((e) => e.kind === 'datasets')
    .map((e) => {
      const d = e.data as { title: string; measure: string; unit: string; points: PointData[] };
      return {
        key: `datasets/${e.id}`,
        url: link('datasets', e.id),
        title: d.title,
        measure: d.measure,
        unit: d.unit,
        points: d.points.map((p) => {
          const src = sources.get(p.cite.source.id)!; // the build's integrity check guarantees it exists
          return {
            id: p.id,
            ...figureFields(p, d.unit),
            source: p.cite.source.id,
            sourceTitle: src.title,
            locator: p.cite.at,
            locatorText: src.locators.find((l) => l.id === p.cite.at)!.text,
            sourceUrl: link('sources', p.cite.source.id, p.cite.at),
          };
        }),
      };
    });
  return { generated, license: CONTENT_LICENSE, datasets };
}
