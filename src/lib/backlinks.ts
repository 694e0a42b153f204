/** "Referred to by": for each entity, the entities whose data or body point at it. */
import type { Kind } from '../kinds/keys';
import { bodyCitations, bodyLinks, dataRefs, type PlainEntry } from './refs';

export interface Backlink {
  kind: Kind;
  id: string;
  /** How the referrer points here: `cites` for citations of a source, `mentions` for body links, else `links`. */
  how: 'cites' | 'mentions' | 'links';
}

export const keyOf = (kind: string, id: string) => `${kind}/${id}`;

export function computeBacklinks(entries: PlainEntry[]): Map<string, Backlink[]> {
  const out = new Map<string, Backlink[]>();
  const add = (to: string, link: Backlink) => {
    const list = out.get(to) ?? [];
    if (to === keyOf(link.kind, link.id)) return; // an entry linking to itself is no backlink
    const same = list.find((l) => l.kind === link.kind && l.id === link.id);
    if (!same) list.push(link);
    else if (same.how !== 'links' && link.how === 'links') same.how = 'links'; // a typed relation outranks a mention
    out.set(to, list);
  };
  for (const e of entries) {
    for (const ref of dataRefs(e.data)) {
      const how = ref.kind === 'sources' && /(^|\.)(cite|definitionCite)(\[|\.|$)/.test(ref.field) ? 'cites' : 'links';
      add(keyOf(ref.kind, ref.id), { kind: e.kind, id: e.id, how });
    }
    for (const ref of bodyLinks(e.body)) add(keyOf(ref.kind, ref.id), { kind: e.kind, id: e.id, how: 'mentions' });
    for (const c of bodyCitations(e.body)) add(keyOf('sources', c.source), { kind: e.kind, id: e.id, how: 'cites' });
  }
  for (const list of out.values()) list.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  return out;
}
