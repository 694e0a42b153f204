/**
 * How a locator is shown to readers: a key point of a report is "point 3"; an article of an official document is
 * "Art. 14", an item inside it "Art. 14 (一)", and a part such as the promulgating order goes by its label.
 */
import { DEFAULT_LOCALE, t, type Locale } from '../i18n';

/** What a locator needs to know about its source: key points, or an official document's articles and front matter. */
export interface LocatorSource {
  locators: { id: string }[];
  articles?: { id: string; number: string; items: { id: string; labelZh: string }[] }[];
  frontMatter?: { id: string; label: string }[];
}

export function locatorLabel(source: LocatorSource, at: string, locale: Locale = DEFAULT_LOCALE): string {
  const point = /^kp-(\d+)$/.exec(at);
  if (point) return t('locator.point', locale, { n: point[1]! });
  for (const a of source.articles ?? []) {
    if (a.id === at) return t('locator.article', locale, { n: a.number });
    const item = a.items.find((i) => i.id === at);
    if (item) return t('locator.item', locale, { n: a.number, item: item.labelZh });
  }
  return source.frontMatter?.find((f) => f.id === at)?.label ?? at;
}
