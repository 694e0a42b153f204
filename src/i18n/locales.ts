/** The interface languages: the key used in code, the BCP 47 tag written into pages, and the Intl locale for formatting. */
export const LOCALES = {
  en: { tag: 'en', intl: 'en-GB' },
  zh: { tag: 'zh-Hans', intl: 'zh-Hans-CN' },
} as const;

export type Locale = keyof typeof LOCALES;

/** The language pages are written in today; every formatter and `t()` takes a locale and defaults to this one. */
export const DEFAULT_LOCALE: Locale = 'en';

/** The language of a page from its path below the base: `/zh/…` is Chinese, everything else English. */
export const localeOfPath = (path: string): Locale => (path === '/zh/' || path.startsWith('/zh/') ? 'zh' : DEFAULT_LOCALE);
