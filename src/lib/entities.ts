/** How each kind of entity is named and labelled, and which of its references are typed relations. */
import type { Kind } from '../schemas/common';
import { dataRefs } from './refs';

export const KIND_LABELS: Record<Kind, { singular: string; plural: string; zh: string; blurb: string }> = {
  crimes: { singular: 'Crime', plural: 'Crimes', zh: '罪名', blurb: 'Offences and the conduct they cover.' },
  policies: { singular: 'Policy', plural: 'Policies', zh: '法律政策', blurb: 'Laws, interpretations, opinions and minutes.' },
  agencies: { singular: 'Agency', plural: 'Agencies', zh: '机构', blurb: 'Bodies that make, enforce and apply the rules.' },
  campaigns: { singular: 'Campaign', plural: 'Campaigns', zh: '专项行动', blurb: 'Enforcement operations, national and local.' },
  terms: { singular: 'Term', plural: 'Glossary', zh: '术语', blurb: 'The jargon of the trade and of the fight against it.' },
  sources: { singular: 'Source', plural: 'Sources', zh: '来源', blurb: 'The documents every fact on this site comes from.' },
  datasets: { singular: 'Dataset', plural: 'Data', zh: '数据', blurb: 'Official figures, each with its provenance.' },
};

type Data = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** The English display name of any entity. */
export function displayName(data: Data): string {
  return str(data.name) ?? str(data.title) ?? str(data.term) ?? '(untitled)';
}

/** The Chinese name, where the entity has one. */
export function displayNameZh(data: Data): string | undefined {
  return str(data.nameZh) ?? str(data.titleZh) ?? str(data.termZh) ?? str(data.titleOriginal);
}

/** Labels for the fields that hold typed relations; reference fields not listed here (citations, `seenIn`) are not relations. */
const RELATION_LABELS: Record<string, string> = {
  'statute.policy': 'Defined by',
  policies: 'Law and policy',
  issuers: 'Issued by',
  targets: 'Targets',
  follows: 'Follows',
  parent: 'Part of',
  leads: 'Led by',
  partners: 'With',
};

export interface Relation {
  label: string;
  kind: Kind;
  id: string;
}

/** Outgoing typed relations of an entity, in field order, each target once; `seeAlso.*` becomes "See also". */
export function relations(data: Data): Relation[] {
  const out: Relation[] = [];
  for (const ref of dataRefs(data)) {
    const field = ref.field.replace(/\[\d+\]/g, '');
    const label = field.startsWith('seeAlso.') ? 'See also' : RELATION_LABELS[field];
    // One entry per target: the first (most specific) field that names it gives the label.
    if (label && !out.some((r) => r.kind === ref.kind && r.id === ref.id)) out.push({ label, kind: ref.kind, id: ref.id });
  }
  return out;
}

/** Groups items by a key, keeping first-seen order. */
export function groupBy<T>(items: T[], key: (t: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) (groups.get(key(item)) ?? groups.set(key(item), []).get(key(item))!).push(item);
  return [...groups];
}
