/** What the home page shows besides text: the "start here" picks, counts by kind and the latest changes. */
import { DEFAULT_LOCALE, type Locale } from '../i18n';
import { KINDS, type Kind } from '../kinds';
import { byLastChange } from './exports';
import { loadCorpus, type AnyEntry } from './corpus';

/** Names a reader most often meets first in a report; each must exist (a missing id fails the build). */
const START: [Kind, string][] = [
  ['crimes', 'helping-information-network-criminal-activities'],
  ['crimes', 'telecom-network-fraud'],
  ['campaigns', 'card-breaking'],
  ['terms', 'card-dealer'],
  ['terms', 'goip'],
  ['policies', 'anti-telecom-network-fraud-law'],
];

/** The dataset charted under "Headline figures". */
export const HEADLINE_DATASET = 'helping-crime-prosecutions';

export async function homePage(
  locale: Locale = DEFAULT_LOCALE,
): Promise<{ start: AnyEntry[]; counts: Record<Kind, number>; recent: { e: AnyEntry; updated: string }[] }> {
  const corpus = await loadCorpus(locale);
  return {
    start: START.map(([kind, id]) => corpus.must(kind, id)),
    counts: Object.fromEntries(KINDS.map((k) => [k, corpus.byKind(k).length])) as Record<Kind, number>,
    recent: (await byLastChange(locale)).slice(0, 6),
  };
}
