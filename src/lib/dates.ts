/** Display of dates known to the year, month or day, through Intl in the reader's language. */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, parts: 'ym' | 'ymd', months: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${locale} ${parts} ${months}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[locale].intl, {
      timeZone: 'UTC',
      year: 'numeric',
      month: months,
      ...(parts === 'ymd' ? { day: 'numeric' } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** `2019` → "2019", `2019-11` → "November 2019", `2019-11-05` → "5 November 2019" ("5 Nov 2019" when short; 2019年11月5日 in Chinese). */
export function formatPartialDate(date: string, months: 'long' | 'short' = 'long', locale: Locale = DEFAULT_LOCALE): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return locale === 'zh' ? `${y}年` : String(y);
  return formatter(locale, d ? 'ymd' : 'ym', months).format(Date.UTC(y!, m - 1, d ?? 1));
}

/** Period of a data point for display: `2022-Q1` → "Q1 2022", ranges joined with an en dash. */
export function formatPeriod(period: string, locale: Locale = DEFAULT_LOCALE): string {
  return period
    .split('/')
    .map((p) => {
      const q = /^(\d{4})-([QH]\d)$/.exec(p);
      return q ? (locale === 'zh' ? `${q[1]}年${q[2]}` : `${q[2]} ${q[1]}`) : formatPartialDate(p, 'long', locale);
    })
    .join(' – ');
}

/** Sort key of a period: start month since year 0, then end month (`2021-H2` → months 7–12). */
export function periodRange(period: string): [number, number] {
  const bound = (p: string, end: boolean): number => {
    const [y, part] = p.split('-');
    const year = Number(y) * 12;
    if (!part) return year + (end ? 12 : 1);
    if (part[0] === 'Q') return year + (Number(part[1]) - 1) * 3 + (end ? 3 : 1);
    if (part[0] === 'H') return year + (Number(part[1]) - 1) * 6 + (end ? 6 : 1);
    return year + Number(part);
  };
  const [from, to = from] = period.split('/');
  return [bound(from!, false), bound(to!, true)];
}

/** The whole span a set of periods covers, for display: "2019 – 2021", or just "2021" when they all share one. */
export function formatPeriodSpan(periods: string[], locale: Locale = DEFAULT_LOCALE): string {
  const pieces = periods.map((p) => p.split('/'));
  if (!pieces.length) return '';
  const first = pieces.map((p) => p[0]!).sort((a, b) => periodRange(a)[0] - periodRange(b)[0])[0]!;
  const last = pieces.map((p) => p.at(-1)!).sort((a, b) => periodRange(b)[1] - periodRange(a)[1])[0]!;
  return first === last ? formatPeriod(first, locale) : formatPeriod(`${first}/${last}`, locale);
}
