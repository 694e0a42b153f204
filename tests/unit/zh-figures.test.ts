/**
 * A Chinese edition may not bring a figure of its own: every number it writes in digits (13万, 3291亿元, 64.8%,
 * 2022年9月2日) must be one that its English entry, or a source that entry or the edition cites, already states.
 * Figures are compared by value, so 130,000 and 13万, or 2.07 million and 207万, are the same figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = 'content';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, thousand: 1e3, million: 1e6, billion: 1e9 };
const WORDS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** A figure times its scale, rounded to 12 significant digits (2.07 × 1e6 is 2,070,000, not 2,069,999.9999999998). */
const scaled = (value: number, scale = 1) => Number((value * scale).toPrecision(12));

const fileOf = (kind: string, id: string): string => {
  const dir = join(ROOT, kind);
  const name = readdirSync(dir).find((f) => f.replace(/\.(mdx|yaml)$/, '') === id);
  if (!name) throw new Error(`No content/${kind}/${id}`);
  return join(dir, name);
};

/** Every figure a text states, by value: digits with their 万/亿/million scale; dates give year, month and day. */
export function figures(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(\d+(?:[.,]\d+)*)\s*(?:余|多)?\s*(万|亿|thousand|million|billion)?/g)) {
    const value = Number(m[1]!.replace(/,/g, ''));
    if (Number.isNaN(value)) continue; // an address such as 39.100.91.142
    out.push(value, ...(m[2] ? [scaled(value, SCALE[m[2]])] : []));
    // "2022-09-02" and "2022-09": the month and day stand alone too.
    for (const part of m[1]!.split(/[.,]/)) out.push(Number(part));
  }
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g)) out.push(Number(m[2]), ...(m[3] ? [Number(m[3])] : []));
  // Small numbers and months written as words in English are digits in Chinese (16名主犯, 2021年8月).
  for (const m of text.toLowerCase().matchAll(/\b([a-z]+)\b/g)) if (WORDS.includes(m[1]!)) out.push(WORDS.indexOf(m[1]!));
  for (const m of text.toLowerCase().matchAll(/\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]([a-z]+))?\b/g))
    out.push(TENS.indexOf(m[1]!) * 10 + Math.max(0, WORDS.indexOf(m[2] ?? 'zero')));
  for (const m of text.toLowerCase().matchAll(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/g))
    out.push(MONTHS.indexOf(m[1]!) + 1);
  return out;
}

/** The figures a Chinese text writes: its prose without the markup that carries ids (cites, charts, links' targets). */
export function zhFigures(text: string): number[] {
  const prose = text
    .replace(/<(Cite|Chart)\b[^>]*\/>/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\s*[a-z0-9.-]+:(?=\s)/gim, '') // YAML keys such as art-14:, y2021: or history.0.event:
    .replace(/\b[a-z]+(-[a-z0-9]+)+\b/g, ''); // ids written in prose (art-14-1, kp-3)
  const out: number[] = [];
  for (const m of prose.matchAll(/(\d+(?:[.,]\d+)*)\s*(?:余|多)?\s*(万|亿)?/g)) {
    const value = Number(m[1]!.replace(/,/g, ''));
    if (!Number.isNaN(value)) out.push(m[2] ? scaled(value, SCALE[m[2]]) : value);
  }
  return out;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** Each Chinese edition with the texts it may take figures from. */
function editions(): { file: string; text: string; allowed: number[] }[] {
  const zhRoot = join(ROOT, 'zh');
  return readdirSync(zhRoot).flatMap((kind) =>
    readdirSync(join(zhRoot, kind)).map((name) => {
      const file = join(zhRoot, kind, name);
      const text = readFileSync(file, 'utf8');
      const englishText = readFileSync(fileOf(kind, name.replace(/\.(mdx|yaml)$/, '')), 'utf8');
      const cited = new Set(
        [...`${englishText}\n${text}`.matchAll(/source[=:]\s*"?([a-z0-9-]+)"?/g), ...englishText.matchAll(/seenIn:\s*([a-z0-9-]+)/g)].map(
          (m) => m[1]!,
        ),
      );
      const sources = [...cited]
        .filter((s) => s !== kind)
        .flatMap((s) => {
          try {
            return [readFileSync(fileOf('sources', s), 'utf8')];
          } catch {
            return [];
          }
        });
      return { file, text, allowed: figures([englishText, ...sources].join('\n')) };
    }),
  );
}

describe('figures in the Chinese editions', () => {
  it('reads figures by value, whatever their form', () => {
    expect(zhFigures('起诉近13万人，207万余元，3291亿元，9700余万张，64.8%')).toEqual([130000, 2070000, 329100000000, 97000000, 64.8]);
    expect(figures('nearly 130,000 people and 2.07 million yuan')).toEqual(expect.arrayContaining([130000, 2070000]));
    expect(figures('on 2 August 2022, sixteen of them, fifty-seven students')).toEqual(expect.arrayContaining([2, 2022, 8, 16, 57]));
    expect(zhFigures('<Cite source="2022-07-22-cns-spp-helping-crime" at="kp-3" />见[数据](/datasets/y2021/)')).toEqual([]);
  });

  it('are all stated by the English entry or the sources it cites', () => {
    const all = editions();
    expect(all.length).toBeGreaterThan(100);
    const stray = all.flatMap(({ file, text, allowed }) =>
      zhFigures(text)
        .filter((n) => !allowed.some((a) => same(a, n)))
        .map((n) => `${file}: ${n}`),
    );
    expect(stray).toEqual([]);
  });

  it('catches a figure the English does not state', () => {
    const allowed = figures('In 2021 the figure was nearly 130,000.');
    expect(zhFigures('2021年起诉近14万人').filter((n) => !allowed.some((a) => same(a, n)))).toEqual([140000]);
  });
});
