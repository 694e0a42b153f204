/**
 * `t(key, locale, values)`: the interface text for a key in a language, with `{name}` placeholders filled in.
 * Display text always comes from here; anchors, filter values and API fields are the keys, never the text.
 */
import { fill } from '../lib/fill';
import { en, type StringKey } from './en';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { zh } from './zh';

export { LOCALES, DEFAULT_LOCALE, type Locale } from './locales';
export type { StringKey } from './en';

/** Both tables are complete (zh.ts is typed `Record<StringKey, string>`), so a key always has text in each language. */
const TABLES: Record<Locale, Record<StringKey, string>> = { en, zh };

export function t(key: StringKey, locale: Locale = DEFAULT_LOCALE, values: Record<string, string | number> = {}): string {
  return fill(TABLES[locale][key], values);
}

/** Whether a key exists, for labels looked up from data (e.g. `policyKind.${kind}`). */
export const isStringKey = (key: string): key is StringKey => key in en;

/** The text for a key built from data; fails loudly when the table lacks it, so a new enum value cannot go unlabelled. */
export function tk(key: string, locale: Locale = DEFAULT_LOCALE, values?: Record<string, string | number>): string {
  if (!isStringKey(key)) throw new Error(`No interface text for "${key}". Fix: add it to src/i18n/en.ts.`);
  return t(key, locale, values);
}
