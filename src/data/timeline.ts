/** The events of /timeline/: every date the registry marks as a timeline event, and the entries that have none yet. */
import type { TimelineEvent } from '../charts/timeline';
import { sortEvents } from '../charts/timeline';
import { DEFAULT_LOCALE, tk, type Locale } from '../i18n';
import { datesOf, timelineDatesOf, type Kind } from '../kinds';
import { entityPath } from '../lib/links';
import { pageUrl } from '../lib/site';
import { loadCorpus } from './corpus';

/** The kinds the timeline draws; each has its own marker shape. */
const TIMELINE_KINDS = ['policies', 'campaigns'] as const satisfies readonly Kind[];

export interface Timeline {
  events: (TimelineEvent & { label: string })[];
  undated: { kind: TimelineEvent['kind']; id: string; name: string; href: string }[];
}

export async function timeline(locale: Locale = DEFAULT_LOCALE): Promise<Timeline> {
  const corpus = await loadCorpus(locale);
  const events: Timeline['events'] = [];
  const undated: Timeline['undated'] = [];
  for (const kind of TIMELINE_KINDS) {
    const wanted = timelineDatesOf(kind);
    for (const e of corpus.byKind(kind)) {
      const base = { kind, id: e.id, name: corpus.names(kind, e.id).name, href: pageUrl(entityPath(kind, e.id), locale) };
      const dated = datesOf(kind, e.data).filter((d) => wanted.includes(d.key));
      if (!dated.length) undated.push(base);
      for (const d of dated) events.push({ ...base, date: d.date, label: tk(`timeline.${kind}.${d.key}`, locale) });
    }
  }
  return { events: sortEvents(events) as Timeline['events'], undated: undated.sort((a, b) => a.name.localeCompare(b.name)) };
}
