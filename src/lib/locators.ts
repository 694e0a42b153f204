/**
 * How a locator is shown to readers: a key point of a report is "point 3"; an article of an official document is
 * "Art. 14", an item inside it "Art. 14 (一)", and a part such as the promulgating order goes by its label.
 */
import { DEFAULT_LOCALE, t, type Locale } from '../i18n';

/** What a locator needs to know about its source: key points, or an official document's articles and front matter. */
export interface LocatorSource {
  locators: { id: string }[];
  articles?: { id: string; number: string; labelZh: string; items: { id: string; labelZh: string }[] }[];
  frontMatter?: { id: string; label: string; labelZh?: string }[];
}

/**
 * An article as Chinese legal writing names it: the heading as printed (第二百八十七条之一), or for documents whose
 * articles are headed 一、二、 (the Opinions), 第一条; only an article with no Chinese heading falls back to its number.
 */
export function articleLabelZh(a: { number: string; labelZh: string }): string {
  const label = a.labelZh.trim();
  if (/^第.+条(之[一二三四五六七八九十]+)?$/.test(label)) return label;
  const numeral = /^([一二三四五六七八九十百]+)、$/.exec(label);
  if (numeral) return `第${numeral[1]}条`;
  return t('locator.article', 'zh', { n: a.number });
}

/** An article's label in a language: "Art. 287-1" in English, 第二百八十七条之一 in Chinese. */
export const articleLabel = (a: { number: string; labelZh: string }, locale: Locale = DEFAULT_LOCALE): string =>
  locale === 'zh' ? articleLabelZh(a) : t('locator.article', locale, { n: a.number });

export function locatorLabel(source: LocatorSource, at: string, locale: Locale = DEFAULT_LOCALE): string {
  const point = /^kp-(\d+)$/.exec(at);
  if (point) return t('locator.point', locale, { n: point[1]! });
  for (const a of source.articles ?? []) {
    if (a.id === at) return articleLabel(a, locale);
    const item = a.items.find((i) => i.id === at);
    if (item)
      return locale === 'zh' ? `${articleLabelZh(a)}第${item.labelZh}项` : t('locator.item', locale, { n: a.number, item: item.labelZh });
  }
  const front = source.frontMatter?.find((f) => f.id === at);
  return (locale === 'zh' && front?.labelZh) || front?.label || at;
}
