/** Pieces every statistics chart shares: fill patterns for flagged figures, the mark wrapper and the legend. */
import type { Quality } from '../schemas/dataset';
import { DEFAULT_LOCALE, t, type Locale } from '../i18n';
import { QUALITY_STYLE, qualityLabel, SERIES_COLOURS, type PreparedPoint } from './data';
import { charUnits, esc, escText, tag } from './svg';

export const FONT = 12;
export const colour = (s: number) => SERIES_COLOURS[s % SERIES_COLOURS.length]!;

/** Pattern ids are prefixed with the chart id: ids must be unique on a page that shows several charts. */
export const patternId = (chartId: string, q: Quality) => `${chartId}-pat-${q}`;

/** Stripes for approximate, cross-hatch for garbled, dots for reconstructed: flags read in greyscale too. */
export function patternDefs(chartId: string): string {
  const pattern = (q: Quality, size: number, body: string) =>
    tag(
      'pattern',
      {
        id: patternId(chartId, q),
        width: size,
        height: size,
        patternUnits: 'userSpaceOnUse',
        patternTransform: q === 'reconstructed' ? undefined : 'rotate(45)',
      },
      body,
    );
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    tag('line', { class: 'hatch', x1, y1, x2, y2, stroke: '#fff', 'stroke-width': 2 });
  return tag(
    'defs',
    {},
    pattern('approximate', 6, line(0, 0, 0, 6)),
    pattern('garbled-in-source', 6, line(0, 0, 0, 6) + line(0, 0, 6, 0)),
    pattern('reconstructed', 5, tag('circle', { class: 'hatch', cx: 2.5, cy: 2.5, r: 1.2, fill: '#fff' })),
  );
}

/** Outline dashes by flag: a second cue beside the pattern. */
export const FLAG_DASH: Record<Quality, string | undefined> = {
  'as-reported': undefined,
  approximate: '4 2',
  'garbled-in-source': '2 2',
  reconstructed: '1 2',
};

/** The focusable, labelled group around one point's shapes; the client script turns `data-tip` into a tooltip. */
export function mark(p: PreparedPoint, ...children: string[]): string {
  return tag(
    'g',
    {
      class: `mark q-${p.quality}${p.value === null ? ' missing' : ''}`,
      'data-mark': p.id,
      'data-quality': p.quality,
      'data-tip': p.tip,
      role: 'img',
      'aria-label': p.tip,
    },
    tag('title', {}, esc(p.tip)),
    ...children,
  );
}

/** A filled bar or swatch in the series colour, overlaid with the flag's pattern and outline. */
export function flaggedRect(chartId: string, s: number, q: Quality, r: { x: number; y: number; width: number; height: number }): string {
  const c = colour(s);
  const base = tag('rect', { ...r, class: `fill s${s % SERIES_COLOURS.length}`, fill: c });
  if (q === 'as-reported') return base;
  return (
    base +
    tag('rect', {
      ...r,
      class: `outline s${s % SERIES_COLOURS.length}`,
      fill: `url(#${patternId(chartId, q)})`,
      stroke: c,
      'stroke-width': 1.5,
      'stroke-dasharray': FLAG_DASH[q],
    })
  );
}

/** The placeholder drawn where a figure exists in the source but cannot be read as a number: never a zero bar. */
export function missingBox(r: { x: number; y: number; width: number; height: number }): string {
  return tag('rect', {
    ...r,
    class: 'placeholder',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': 1,
    'stroke-dasharray': FLAG_DASH['garbled-in-source'],
  });
}

export interface LegendItem {
  swatch: string;
  label: string;
}

/** Rough text width: enough to lay the legend out without measuring fonts. */
export const textWidth = (s: string, size = FONT) => charUnits(s) * size * 0.6;

/** Legend entries laid out left to right, wrapping at `width`; returns the markup and its height. */
export function legend(items: LegendItem[], x0: number, y0: number, width: number): { svg: string; height: number } {
  if (!items.length) return { svg: '', height: 0 };
  let x = x0;
  let y = y0;
  const row = 20;
  const parts = items.map((it) => {
    const w = 20 + textWidth(it.label) + 16;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += row;
    }
    const g = tag(
      'g',
      { class: 'legend-item', transform: `translate(${x},${y})` },
      it.swatch,
      tag('text', { x: 20, y: 11, fill: 'currentColor' }, escText(it.label)),
    );
    x += w;
    return g;
  });
  return { svg: tag('g', { class: 'legend', 'aria-hidden': 'true' }, ...parts), height: y - y0 + row };
}

/** Legend swatches (14 × 14) for series and for flags. */
export function seriesSwatch(s: number): string {
  return tag('rect', { class: `fill s${s % SERIES_COLOURS.length}`, x: 0, y: 0, width: 14, height: 14, fill: colour(s) });
}

export function qualityItems(chartId: string, points: PreparedPoint[], locale: Locale = DEFAULT_LOCALE): LegendItem[] {
  const flags = (Object.keys(QUALITY_STYLE) as Quality[]).filter(
    (q) => q !== 'as-reported' && points.some((p) => p.quality === q && p.value !== null),
  );
  const items = flags.map((q) => ({
    swatch: flaggedRect(chartId, 0, q, { x: 0, y: 0, width: 14, height: 14 }),
    label: `${QUALITY_STYLE[q].symbol} ${qualityLabel(q, locale)}`,
  }));
  if (points.some((p) => p.value === null)) {
    items.push({
      swatch:
        missingBox({ x: 0.5, y: 0.5, width: 13, height: 13 }) +
        tag('text', { x: 7, y: 11, 'text-anchor': 'middle', fill: 'currentColor', 'font-size': 10 }, '?'),
      label: t('quality.noFigure', locale),
    });
  }
  return items;
}

/** An <svg> that scales to its container (viewBox + width 100%), labelled for assistive tech, text in the page's colour. */
export function svgElement(
  o: { kind: string; label: string; width: number; height: number; id?: string; fontSize?: number },
  ...children: string[]
): string {
  return tag(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `chart-svg chart-${o.kind}`,
      id: o.id,
      viewBox: `0 0 ${o.width} ${o.height}`,
      width: '100%',
      role: 'group',
      'aria-label': o.label,
      'font-family': 'system-ui, sans-serif',
      'font-size': o.fontSize ?? FONT,
      fill: 'currentColor',
    },
    ...children,
  );
}

/** The root element of a dataset chart, with its ids and the flag patterns its marks use. */
export function svgRoot(chartId: string, kind: string, label: string, width: number, height: number, ...children: string[]): string {
  return svgElement({ kind, label, width, height, id: `${chartId}-svg` }, patternDefs(chartId), ...children);
}

/** A chart's title line: the measure with its unit, "people prosecuted (people)" or 起诉人数（人）. */
export const measureTitle = (measure: string, unit: string, locale: Locale = DEFAULT_LOCALE): string =>
  locale === 'zh' ? `${measure}（${unit}）` : `${measure} (${unit})`;
