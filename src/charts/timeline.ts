/**
 * Timeline of policies (by date issued) and campaigns (by date launched): a vertical time axis, so it reads on a
 * phone; each event is a dot at its date and a label pushed down only as far as needed to clear the one above.
 */
import { scaleUtc } from 'd3-scale';
import { DEFAULT_LOCALE, t, type Locale } from '../i18n';
import { formatPartialDate } from '../lib/dates';
import { esc, escText, tag, wrap } from './svg';
import { svgElement } from './parts';

export interface TimelineEvent {
  kind: 'policies' | 'campaigns';
  id: string;
  name: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  href: string;
  /** What happened on the date ("policy in force"), when it is not the kind's usual event (issued, launched). */
  label?: string;
}

const KIND_STYLE = {
  policies: { colour: '#0072B2' },
  campaigns: { colour: '#D55E00' },
} as const;

/** A partial date's first day (UTC): year-only dates sit at 1 January. */
export function dateOf(date: string): Date {
  const [y, m = '1', d = '1'] = date.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** Events in date order, then by kind and name: the order of the SVG and of the list beside it. */
export function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) => dateOf(a.date).getTime() - dateOf(b.date).getTime() || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name),
  );
}

/** The marker: a square for a policy, a circle for a campaign (shape as well as colour). */
function marker(kind: TimelineEvent['kind'], x: number, y: number): string {
  const { colour } = KIND_STYLE[kind];
  return kind === 'policies'
    ? tag('rect', { class: `marker k-${kind}`, x: x - 5, y: y - 5, width: 10, height: 10, fill: colour })
    : tag('circle', { class: `marker k-${kind}`, cx: x, cy: y, r: 5.5, fill: colour });
}

export function timelineChart(input: TimelineEvent[], opts: { pxPerYear?: number; locale?: Locale } = {}): string {
  const W = 420;
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const legendLabel = (k: TimelineEvent['kind']) => t(`timeline.legend.${k}`, locale);
  const events = sortEvents(input);
  const [axisX, labelX, top, lineH] = [64, 96, 28, 14];
  if (!events.length) return '';
  const first = dateOf(events[0]!.date).getUTCFullYear();
  const last = dateOf(events.at(-1)!.date).getUTCFullYear() + 1;
  const y = scaleUtc()
    .domain([new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last, 0, 1))])
    .range([top, top + (last - first) * (opts.pxPerYear ?? 48)]);

  let floor = top - 8;
  const rows = events.map((e) => {
    const at = y(dateOf(e.date));
    const lines = wrap(`${formatPartialDate(e.date, 'long', locale)} · ${e.name}`, Math.floor((W - labelX - 8) / 6.5), 2);
    const labelY = Math.max(at, floor + lineH);
    floor = labelY + (lines.length - 1) * lineH + 6;
    const text = tag(
      'text',
      { x: labelX, y: labelY + 4, class: `label k-${e.kind}` },
      ...lines.map((l, i) => tag('tspan', { x: labelX, dy: i ? lineH : 0 }, escText(l))),
    );
    const leader = tag('path', {
      d: `M${axisX + 6},${at}L${labelX - 22},${at}L${labelX - 6},${labelY}`,
      fill: 'none',
      stroke: 'currentColor',
      'stroke-opacity': 0.35,
    });
    return tag(
      'a',
      { href: e.href, class: `event k-${e.kind}`, 'data-event': `${e.kind}/${e.id}` },
      tag(
        'title',
        {},
        esc(
          `${e.label ?? legendLabel(e.kind)}${t('punct.comma', locale)}${formatPartialDate(e.date, 'long', locale)}${t('punct.colon', locale)}${e.name}`,
        ),
      ),
      leader,
      marker(e.kind, axisX, at),
      text,
    );
  });
  const height = Math.max(y.range()[1]!, floor) + 12;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const axis = tag(
    'g',
    { class: 'axis axis-time' },
    tag('line', { x1: axisX, x2: axisX, y1: top, y2: y.range()[1]!, stroke: 'currentColor', 'stroke-opacity': 0.6 }),
    ...years.map((yr) =>
      tag(
        'g',
        { class: 'tick' },
        tag('line', {
          x1: axisX - 6,
          x2: axisX,
          y1: y(new Date(Date.UTC(yr, 0, 1))),
          y2: y(new Date(Date.UTC(yr, 0, 1))),
          stroke: 'currentColor',
        }),
        tag('text', { x: axisX - 10, y: y(new Date(Date.UTC(yr, 0, 1))) + 4, 'text-anchor': 'end' }, String(yr)),
      ),
    ),
  );
  const legend = tag(
    'g',
    { class: 'legend', 'aria-hidden': 'true' },
    ...(['policies', 'campaigns'] as const).map((k, i) =>
      tag('g', { transform: `translate(${8 + i * 150},0)` }, marker(k, 6, 8), tag('text', { x: 18, y: 12 }, esc(legendLabel(k)))),
    ),
  );
  return svgElement(
    { kind: 'timeline', label: t('timeline.chart', locale), width: W, height: height, fontSize: 12 },
    legend,
    axis,
    tag('g', { class: 'events' }, ...rows),
  );
}
