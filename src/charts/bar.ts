/** Horizontal bar chart: one row per period (or label) and series, value written at the bar's end. */
import { t } from '../i18n';
import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatValue, prepare, QUALITY_STYLE, type ChartDataset } from './data';
import { flaggedRect, FONT, legend, mark, measureTitle, missingBox, qualityItems, seriesSwatch, svgRoot, textWidth } from './parts';
import { esc, escText, tag, textLines, wrap } from './svg';

export interface BarOptions {
  /** viewBox width; the SVG itself scales to its container. */
  width?: number;
}

const LABEL_W = 150;
/** Characters per line of a category label (about 7 units a character at 12 units). */
const LABEL_CHARS = 20;
const LINE_H = 14;
const BAR_H = 16;
const BAR_GAP = 2;
const GROUP_GAP = 12;

/** Bars read on a phone at any length of label: rows are horizontal, labels wrap to two lines. */
export function barChart(d: ChartDataset, opts: BarOptions = {}): string {
  const W = opts.width ?? 420;
  const { categories, series, points } = prepare(d);
  const named = series.length > 1;
  const valueLabel = (p: (typeof points)[number]) => {
    const prefix = named ? `${p.series}${t('punct.colon', d.locale)}` : '';
    if (p.value === null)
      return `? ${prefix}${p.printed ? t('chart.printed', d.locale, { printed: p.printed }) : t('chart.noFigure', d.locale)}`;
    const symbol = QUALITY_STYLE[p.quality].symbol;
    return `${prefix}${formatValue(p.value, d.locale)}${symbol ? ` ${symbol}` : ''}`;
  };
  // Room on the right for the longest value label, so that it is never cut off (placeholders start at zero).
  const right = Math.min(W / 3, Math.max(40, ...points.filter((p) => p.value !== null).map((p) => textWidth(valueLabel(p)) + 10)));
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const x = scaleLinear()
    .domain([Math.min(0, min(values) ?? 0), Math.max(0, max(values) ?? 1) || 1])
    .nice()
    .range([LABEL_W, W - right]);
  const x0 = x(0);

  let y = 4;
  const rows: string[] = [];
  for (const c of categories) {
    const lines = wrap(c.label, LABEL_CHARS, 3);
    const barsH = c.points.length * BAR_H + (c.points.length - 1) * BAR_GAP;
    const h = Math.max(barsH, lines.length * LINE_H);
    const barsTop = y + (h - barsH) / 2;
    rows.push(textLines(lines, { x: LABEL_W - 8, y: y + h / 2 + FONT * 0.35, 'text-anchor': 'end', class: 'category' }, LINE_H));
    c.points.forEach((p, i) => {
      const top = barsTop + i * (BAR_H + BAR_GAP);
      const textY = top + BAR_H / 2 + FONT * 0.35;
      if (p.value === null) {
        const box = { x: x0 + 1, y: top + 1, width: 18, height: BAR_H - 2 };
        rows.push(mark(p, missingBox(box), tag('text', { x: x0 + 24, y: textY, class: 'value' }, escText(valueLabel(p)))));
        return;
      }
      const [a, b] = [x(Math.min(0, p.value)), x(Math.max(0, p.value))];
      const neg = p.value < 0;
      rows.push(
        mark(
          p,
          flaggedRect(d.id, p.s, p.quality, { x: a, y: top, width: Math.max(b - a, 1), height: BAR_H }),
          tag('text', { x: neg ? a - 4 : b + 4, y: textY, 'text-anchor': neg ? 'end' : undefined, class: 'value' }, escText(valueLabel(p))),
        ),
      );
    });
    y += h + GROUP_GAP;
  }
  const plotBottom = y - GROUP_GAP / 2;
  const title = wrap(measureTitle(d.measure, d.unit, d.locale), Math.floor((W - 16) / 7));
  const ticks = x.ticks(Math.max(2, Math.floor((W - LABEL_W - right) / 70)));
  const axis = tag(
    'g',
    { class: 'axis axis-x' },
    ...ticks.map((t) =>
      tag(
        'g',
        { class: 'tick' },
        tag('line', { x1: x(t), x2: x(t), y1: 0, y2: plotBottom, stroke: 'currentColor', 'stroke-opacity': t === 0 ? 0.6 : 0.15 }),
        tag('text', { x: x(t), y: plotBottom + 14, 'text-anchor': 'middle', 'font-size': FONT - 1 }, esc(formatValue(t, d.locale))),
      ),
    ),
    textLines(
      title,
      { class: 'axis-title', x: W / 2, y: plotBottom + 32 + ((title.length - 1) * LINE_H) / 2, 'text-anchor': 'middle' },
      LINE_H,
    ),
  );
  const items = [...(named ? series.map((s, i) => ({ swatch: seriesSwatch(i), label: s })) : []), ...qualityItems(d.id, points, d.locale)];
  const legendTop = plotBottom + 46 + (title.length - 1) * LINE_H;
  const key = legend(items, 8, legendTop, W - 16);
  const height = legendTop + key.height;
  return svgRoot(
    d.id,
    'bar',
    t('chart.bar', d.locale, { title: d.title }),
    W,
    height,
    axis,
    tag('g', { class: 'marks' }, ...rows),
    key.svg,
  );
}
