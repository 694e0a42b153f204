/** Dataset points prepared for drawing: ordered categories, series, flags and the words a tooltip shows. */
import { DEFAULT_LOCALE, t, type Locale } from '../i18n';
import { LOCALES } from '../i18n/locales';
import { formatPeriod, periodRange } from '../lib/dates';
import type { FigureSource } from '../lib/figures';
import type { Quality } from '../schemas/dataset';

/** The fields of a data point a chart uses (a dataset point minus its citation). */
export interface ChartPoint extends FigureSource {
  id: string;
  quality: Quality;
}

/** What a chart needs to know about a dataset. */
export interface ChartDataset {
  /** Dataset id: prefixes every id inside the SVG, so two charts can share a page. */
  id: string;
  title: string;
  measure: string;
  unit: string;
  chart: 'bar' | 'line' | 'table';
  points: ChartPoint[];
  /** Language of every word the chart writes (labels, tooltips, legend); English when absent. */
  locale?: Locale;
}

/** How each quality flag is told apart without colour: a symbol beside the mark (and a fill pattern, in parts.ts). */
export const QUALITY_STYLE: Record<Quality, { symbol: string }> = {
  'as-reported': { symbol: '' },
  approximate: { symbol: '≈' },
  'garbled-in-source': { symbol: '?' },
  reconstructed: { symbol: '†' },
};

/** The words for a quality flag, e.g. "garbled in source". */
export const qualityLabel = (q: Quality, locale: Locale = DEFAULT_LOCALE): string => t(`quality.${q}`, locale);

/**
 * Series colours: Okabe–Ito hues picked for distinct lightness, so they survive colour blindness and greyscale.
 * The CSS in Chart.astro swaps them for custom properties (dark scheme); these are the fallback where CSS is absent.
 */
export const SERIES_COLOURS = ['#0072B2', '#AD7300', '#009E73', '#CC79A7', '#2A85BF', '#D55E00'];

export { periodRange };

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const numberFormat = (locale: Locale): Intl.NumberFormat => {
  let f = numberFormats.get(locale);
  // Four decimals in Chinese keep 207.07万 (2,070,700) exact; English figures never need more than three.
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(LOCALES[locale].intl, { maximumFractionDigits: locale === 'zh' ? 4 : 3 })));
  return f;
};

/**
 * A figure as the reader's language writes numbers: 130,000 in English; in Chinese, large figures in 万 and 亿 as
 * official releases print them (13万, 14.7万, 3,291亿), smaller ones as they are (6,000; 64.8).
 */
export function formatValue(v: number, locale: Locale = DEFAULT_LOCALE): string {
  const f = numberFormat(locale);
  if (locale === 'zh') {
    const abs = Math.abs(v);
    if (abs >= 1e8) return `${f.format(v / 1e8)}亿`;
    if (abs >= 1e4) return `${f.format(v / 1e4)}万`;
  }
  return f.format(v);
}

export interface Category {
  key: string;
  label: string;
  points: PreparedPoint[];
}

export interface PreparedPoint extends ChartPoint {
  /** Index of the point's series in `series`. */
  s: number;
  categoryLabel: string;
  /** One line describing the point, for the tooltip and the accessible name. */
  tip: string;
}

export interface Prepared {
  categories: Category[];
  /** Series names in first-seen order; `['']` when the dataset has a single unnamed series. */
  series: string[];
  /** Points in the chart (in the dataset's unit). */
  points: PreparedPoint[];
  /** Points left out of the chart because their unit differs from the dataset's: one axis, one unit. */
  otherUnits: ChartPoint[];
  /** Quality flags present among the charted points, in QUALITY_STYLE order. */
  qualities: Quality[];
}

const categoryKey = (p: ChartPoint) => `${p.period}|${p.label ?? ''}`;

export function pointTip(p: ChartPoint, categoryLabel: string, unit: string, locale: Locale = DEFAULT_LOCALE): string {
  const colon = t('punct.colon', locale);
  // English puts a space between a figure and its unit (64.8 %, 130,000 people); Chinese does not (64.8%, 13万人).
  const space = t('punct.space', locale);
  const series = p.series ? ` · ${p.series}` : '';
  const value = p.value === null ? t('chart.noValue', locale) : `${formatValue(p.value, locale)}${space}${p.unit ?? unit}`;
  const printed = p.printed ? t('chart.printedAs', locale, { printed: p.printed }) : '';
  const stop = `${t('punct.stop', locale)}${space}`;
  const flag =
    p.quality === 'as-reported'
      ? ''
      : `${stop}${QUALITY_STYLE[p.quality].symbol} ${qualityLabel(p.quality, locale)}${p.note ? `${colon}${p.note}` : ''}`;
  return `${categoryLabel}${series}${colon}${value}${printed}${flag}`;
}

/** Orders points by period (then first appearance) into categories, one per period and label. */
export function prepare(d: ChartDataset): Prepared {
  const inUnit = d.points.filter((p) => (p.unit ?? d.unit) === d.unit);
  const otherUnits = d.points.filter((p) => (p.unit ?? d.unit) !== d.unit);
  const series = [...new Set(inUnit.map((p) => p.series ?? ''))];
  const order = new Map<string, number>();
  inUnit.forEach((p, i) => order.has(categoryKey(p)) || order.set(categoryKey(p), i));
  const keys = [...order.keys()].sort((a, b) => {
    const [pa, pb] = [periodRange(a.split('|')[0]!), periodRange(b.split('|')[0]!)];
    return pa[0] - pb[0] || pa[1] - pb[1] || order.get(a)! - order.get(b)!;
  });
  const categories: Category[] = keys.map((key) => {
    const first = inUnit.find((p) => categoryKey(p) === key)!;
    return { key, label: first.label ?? formatPeriod(first.period, d.locale), points: [] };
  });
  const byKey = new Map(categories.map((c) => [c.key, c]));
  const points = inUnit.map((p) => {
    const c = byKey.get(categoryKey(p))!;
    const prepared: PreparedPoint = {
      ...p,
      s: series.indexOf(p.series ?? ''),
      categoryLabel: c.label,
      tip: pointTip(p, c.label, d.unit, d.locale),
    };
    c.points.push(prepared);
    return prepared;
  });
  for (const c of categories) c.points.sort((a, b) => a.s - b.s);
  const qualities = (Object.keys(QUALITY_STYLE) as Quality[]).filter((q) => points.some((p) => p.quality === q));
  return { categories, series, points, otherUnits, qualities };
}

/** Flagged points grouped by flag and note, for the visible notes under a chart. */
export function flagNotes(points: PreparedPoint[]): { quality: Quality; note: string; labels: string[] }[] {
  const groups = new Map<string, { quality: Quality; note: string; labels: string[] }>();
  for (const p of points) {
    if (p.quality === 'as-reported') continue;
    const key = `${p.quality}|${p.note ?? ''}`;
    const label = p.series ? `${p.categoryLabel} (${p.series})` : p.categoryLabel;
    (groups.get(key) ?? groups.set(key, { quality: p.quality, note: p.note ?? '', labels: [] }).get(key)!).labels.push(label);
  }
  return [...groups.values()];
}
