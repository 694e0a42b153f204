/** "Cite this chart": the body that issued the figures first, then where we read them, then this site. */
import { DEFAULT_LOCALE, t, type Locale } from '../i18n';
import { formatPartialDate } from './dates';

export interface CreditSource {
  outlet: string;
  originalOutlet?: string;
  published: string;
}

/** `2022-07-22` → "22 Jul 2022", `2022-07` → "Jul 2022", `2023` → "2023". */
export const shortDate = (date: string, locale: Locale = DEFAULT_LOCALE): string => formatPartialDate(date, 'short', locale);

/** An outlet's name without its asides: "China News Service (English machine translation)" → "China News Service". */
export function outletName(outlet: string): string {
  return outlet
    .split(/\s[(（]|,/)[0]!
    .replace(/\s+website$/i, '')
    .trim();
}

/**
 * "Supreme People's Procuratorate, via China News Service, 22 Jul 2022; chart: <site>, <url>".
 * `issuers` are the agencies the dataset names; without them a source's original outlet is credited first.
 */
export function chartCredit(opts: { issuers: string[]; sources: CreditSource[]; siteName: string; url: string; locale?: Locale }): string {
  const { issuers, sources, siteName, url, locale = DEFAULT_LOCALE } = opts;
  const [via, and, chart] = [t('chart.credit.via', locale), t('chart.credit.and', locale), t('chart.credit.chart', locale)];
  const [comma, semicolon, colon] = [t('punct.comma', locale), t('punct.semicolon', locale), t('punct.colon', locale)];
  // English puts spaces around words ("A, via B and C"); Chinese does not ("A，经B和C").
  const space = t('punct.space', locale);
  const parts = sources.map((s) => {
    const outlet = outletName(s.outlet);
    const original = s.originalOutlet ? outletName(s.originalOutlet) : undefined;
    const date = shortDate(s.published, locale);
    if (issuers.length) {
      // The issuer already leads the line; an original outlet that is the issuer itself need not be repeated.
      const fromIssuer = !original || issuers.some((i) => original.includes(i) || i.includes(original));
      return `${fromIssuer ? outlet : t('chart.credit.republished', locale, { original, outlet })}${comma}${date}`;
    }
    return `${original ? `${original}${comma}${via}${space}${outlet}` : outlet}${comma}${date}`;
  });
  const credit = issuers.length
    ? `${issuers.join(`${space}${and}${space}`)}${comma}${via}${space}${parts.join(`${comma}${and}${space}`)}`
    : parts.join(semicolon);
  return `${credit}${semicolon}${chart}${colon}${siteName}${comma}${url}`;
}
