/** Site-wide constants bound to the build's configuration. */
import type { Locale } from '../i18n/locales';
import { localePath, withBase } from './links';

/** The configured base path (always with a trailing slash). */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Root-relative path → URL under the configured base. */
export const url = (path: string): string => withBase(BASE, path);

/** A page's URL in a language: `pageUrl('/terms/goip/', 'zh')` → `/base/zh/terms/goip/`. Files (downloads, feeds' own
 * data, images) are shared by both languages and use `url`. */
export const pageUrl = (path: string, locale: Locale): string => url(localePath(path, locale));

/** The day this build was made (UTC), used as the access date in "cite this page". */
export const BUILD_DATE = new Date().toISOString().slice(0, 10);

/** The absolute permalink of a root-relative path. */
export const permalink = (path: string, locale: Locale = 'en'): string => new URL(pageUrl(path, locale), import.meta.env.SITE).href;
