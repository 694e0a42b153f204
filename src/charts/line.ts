/** Line chart over ordered periods: one line per series, a gap (not a zero) where a figure is unreadable. */
import { t } from '../i18n';
import { max, min } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { formatValue, prepare, QUALITY_STYLE, SERIES_COLOURS, type ChartDataset, type PreparedPoint } from './data';
import { colour, FLAG_DASH, FONT, legend, mark, measureTitle, missingBox, patternId, qualityItems, svgRoot } from './parts';
import { esc, escText, tag, textLines, wrap } from './svg';

export interface LineOptions {
  width?: number;
  /** Height of the plotting area in viewBox units. */
  plotHeight?: number;
}

/** Series differ by dash as well as colour, so lines stay apart in greyscale. */
const SERIES_DASH = [undefined, '6 3', '2 3', '8 3 2 3'];

export function lineChart(d: ChartDataset, opts: LineOptions = {}): string {
  const W = opts.width ?? 420;
  const title = wrap(measureTitle(d.measure, d.unit, d.locale), Math.floor((W - 16) / 7));
  const [left, right, top] = [56, 16, 28 + title.length * 14];
  const plotBottom = top + (opts.plotHeight ?? 200);
  const { categories, series, points } = prepare(d);
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const x = scalePoint<string>()
    .domain(categories.map((c) => c.key))
    .range([left, W - right])
    .padding(0.5);
  const y = scaleLinear()
    .domain([Math.min(0, min(values) ?? 0), Math.max(0, max(values) ?? 1) || 1])
    .nice()
    .range([plotBottom, top]);
  const px = (p: PreparedPoint) => x(`${p.period}|${p.label ?? ''}`)!;

  const yAxis = tag(
    'g',
    { class: 'axis axis-y' },
    ...y
      .ticks(5)
      .map((t) =>
        tag(
          'g',
          { class: 'tick' },
          tag('line', { x1: left, x2: W - right, y1: y(t), y2: y(t), stroke: 'currentColor', 'stroke-opacity': t === 0 ? 0.6 : 0.15 }),
          tag('text', { x: left - 6, y: y(t) + FONT * 0.35, 'text-anchor': 'end', 'font-size': FONT - 1 }, esc(formatValue(t, d.locale))),
        ),
      ),
    tag('text', { class: 'axis-title', x: 0, y: 12 }, ...title.map((l, i) => tag('tspan', { x: 0, dy: i ? 14 : 0 }, escText(l)))),
  );
  // Thin out labels when periods crowd the axis.
  const step = Math.ceil(categories.length / Math.max(1, Math.floor((W - left - right) / 56)));
  const xAxis = tag(
    'g',
    { class: 'axis axis-x' },
    ...categories.map((c, i) =>
      i % step
        ? ''
        : tag(
            'g',
            { class: 'tick' },
            textLines(wrap(c.label, 12), { x: x(c.key)!, y: plotBottom + 22, 'text-anchor': 'middle', 'font-size': FONT - 1 }, 13),
          ),
    ),
  );

  const lines = series.map((_, s) => {
    const own = categories.flatMap((c) => c.points.filter((p) => p.s === s));
    const path = line<PreparedPoint>()
      .defined((p) => p.value !== null)
      .x(px)
      .y((p) => y(p.value ?? 0))(own);
    return tag('path', {
      class: `line s${s % SERIES_COLOURS.length}`,
      d: path ?? '',
      fill: 'none',
      stroke: colour(s),
      'stroke-width': 2,
      'stroke-dasharray': SERIES_DASH[s % SERIES_DASH.length],
    });
  });

  const marks = points.map((p) => {
    const cx = px(p);
    if (p.value === null) {
      return mark(
        p,
        missingBox({ x: cx - 7, y: plotBottom - 18, width: 14, height: 14 }),
        tag('text', { x: cx, y: plotBottom - 7, 'text-anchor': 'middle', 'font-size': 10 }, '?'),
      );
    }
    const cy = y(p.value);
    const c = colour(p.s);
    const cls = `s${p.s % SERIES_COLOURS.length}`;
    const dot = tag('circle', { class: `fill ${cls}`, cx, cy, r: 5, fill: c });
    if (p.quality === 'as-reported') return mark(p, dot);
    return mark(
      p,
      dot,
      tag('circle', {
        class: `outline ${cls}`,
        cx,
        cy,
        r: 5,
        fill: `url(#${patternId(d.id, p.quality)})`,
        stroke: c,
        'stroke-width': 1.5,
        'stroke-dasharray': FLAG_DASH[p.quality],
      }),
      tag('text', { x: cx, y: cy - 9, 'text-anchor': 'middle', class: 'flag-symbol' }, esc(QUALITY_STYLE[p.quality].symbol)),
    );
  });

  const seriesItems =
    series.length > 1
      ? series.map((name, s) => ({
          swatch: tag('line', {
            class: `line s${s % SERIES_COLOURS.length}`,
            x1: 0,
            x2: 14,
            y1: 7,
            y2: 7,
            stroke: colour(s),
            'stroke-width': 2,
            'stroke-dasharray': SERIES_DASH[s % SERIES_DASH.length],
          }),
          label: name,
        }))
      : [];
  const key = legend([...seriesItems, ...qualityItems(d.id, points, d.locale)], 8, plotBottom + 48, W - 16);
  return svgRoot(
    d.id,
    'line',
    t('chart.line', d.locale, { title: d.title }),
    W,
    plotBottom + 48 + key.height,
    yAxis,
    xAxis,
    ...lines,
    tag('g', { class: 'marks' }, ...marks),
    key.svg,
  );
}
