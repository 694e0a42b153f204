/** "Cite this chart": the body that issued the figures first, then where we read them, then this site. */
import { formatPartialDate } from '../lib/dates';

export interface CreditSource {
  outlet: string;
  originalOutlet?: string;
  published: string;
}

/** `2022-07-22` → "22 Jul 2022", `2022-07` → "Jul 2022", `2023` → "2023". */
export const shortDate = (date: string): string => formatPartialDate(date, 'short');

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
export function chartCredit(opts: { issuers: string[]; sources: CreditSource[]; siteName: string; url: string }): string {
  const { issuers, sources, siteName, url } = opts;
  const parts = sources.map((s) => {
    const outlet = outletName(s.outlet);
    const original = s.originalOutlet ? outletName(s.originalOutlet) : undefined;
    const date = shortDate(s.published);
    if (issuers.length) {
      // The issuer already leads the line; an original outlet that is the issuer itself need not be repeated.
      const fromIssuer = !original || issuers.some((i) => original.includes(i) || i.includes(original));
      return `${fromIssuer ? outlet : `${original} (as republished by ${outlet})`}, ${date}`;
    }
    return `${original ? `${original}, via ${outlet}` : outlet}, ${date}`;
  });
  const credit = issuers.length ? `${issuers.join(' and ')}, via ${parts.join(', and ')}` : parts.join('; ');
  return `${credit}; chart: ${siteName}, ${url}`;
}

/** The bodies credited as issuers of a dataset's figures: its `issuers`, by name. */
export function issuerOf(
  data: { issuers: { id: string }[] },
  corpus: { get: (kind: 'agencies', id: string) => { data: unknown } | undefined },
): string[] {
  return data.issuers.map((ref) => (corpus.get('agencies', ref.id)?.data as { name: string } | undefined)?.name ?? ref.id);
}
