/** Charts are pure functions: data in, SVG out. Counts are checked against the input; the SVG is snapshotted. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import postcss, { type AtRule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { barChart, datasetChart, lineChart, prepare, periodRange, type ChartDataset, type ChartPoint } from '../../src/charts';
import { chartCredit, outletName, shortDate } from '../../src/lib/chart-credit';
import { DOWNLOAD_COLUMNS, downloadRows, toCsv } from '../../src/lib/downloads';
import { layoutColumns, relationEdges, relationsChart, type RelNode } from '../../src/charts/relations';
import { sortEvents, timelineChart, type TimelineEvent } from '../../src/charts/timeline';
import { SERIES_COLOURS } from '../../src/charts/data';
import { selectAll, selectOne, type Document, type Element } from '../../src/lib/html-links';

/** Chart output read as the XML it is (names and attributes keep their case), never with regexes. */
const parseSvg = (svg: string): Document => parseDocument(svg, { xmlMode: true });
const all = (svg: string | Element, selector: string) => selectAll(selector, typeof svg === 'string' ? parseSvg(svg) : svg);
const count = (svg: string, selector: string) => all(svg, selector).length;
/** The root <svg> element. */
const rootOf = (svg: string) => selectOne('svg', parseSvg(svg))!;
/** The mark (`<g data-mark>`) of point `id`; throws when there is none. */
const markOf = (svg: string, id: string): Element => {
  const mark = selectOne(`[data-mark="${id}"]`, parseSvg(svg));
  if (!mark) throw new Error(`no mark for point ${id}`);
  return mark;
};
/** The words drawn: the text of every <text> or <tspan> that holds no <tspan>. */
const texts = (svg: string | Element) =>
  all(svg, 'text, tspan')
    .filter((t) => !selectOne('tspan', t))
    .map((t) => textContent(t));
/** The fill of every shape under a node, e.g. `url(#id-pat-approximate)` for a flagged point's pattern. */
const fills = (node: Element) => all(node, '[fill]').map((e) => e.attribs.fill);

const yearly: ChartDataset = {
  id: 'yearly',
  title: 'People prosecuted',
  measure: 'people prosecuted',
  unit: 'people',
  chart: 'bar',
  points: [
    { id: 'y2020', period: '2020', value: 50000, quality: 'approximate', note: 'Rounded to the thousand.' },
    { id: 'y2019', period: '2019', value: 39000, quality: 'as-reported' },
    { id: 'y2021', period: '2021', value: null, printed: '4,0', quality: 'garbled-in-source', note: 'Digits lost.' },
    { id: 'y2022', period: '2022', value: 61000, quality: 'reconstructed', note: 'Sum of two halves.' },
  ],
};

const mixed: ChartDataset = {
  id: 'mixed',
  title: 'Cases and people',
  measure: 'cases concluded',
  unit: 'cases',
  chart: 'line',
  points: [
    { id: 'c-h1', series: 'cases', period: '2022-H1', value: 120, quality: 'as-reported' },
    { id: 'c-q1', series: 'cases', period: '2022-Q1', value: 70, quality: 'as-reported' },
    { id: 'c-range', series: 'cases', period: '2021-01/2021-12', label: 'all of 2021', value: 200, quality: 'approximate', note: 'About.' },
    { id: 'c-q3', series: 'cases', period: '2022-Q3', value: null, printed: '1,6', quality: 'garbled-in-source', note: 'Garbled.' },
    { id: 'c-q4', series: 'cases', period: '2022-Q4', value: 90, quality: 'as-reported' },
    { id: 'p-h1', series: 'people', period: '2022-H1', value: 150, quality: 'as-reported' },
    { id: 'p-q1', series: 'people', period: '2022-Q1', value: 95, quality: 'reconstructed', note: 'From a share.' },
    { id: 'p-yuan', series: 'people', period: '2022-Q1', value: 3, unit: 'billion yuan', quality: 'as-reported' },
  ],
};

describe('data preparation', () => {
  it('orders mixed periods by start, then end', () => {
    expect(periodRange('2022-Q2')[0]).toBeLessThan(periodRange('2022-H2')[0]);
    expect(periodRange('2021')).toEqual([2021 * 12 + 1, 2021 * 12 + 12]);
    const { categories } = prepare(mixed);
    expect(categories.map((c) => c.label)).toEqual(['all of 2021', 'Q1 2022', 'H1 2022', 'Q3 2022', 'Q4 2022']);
  });

  it('keeps points in another unit out of the chart', () => {
    const { points, otherUnits, series } = prepare(mixed);
    expect(otherUnits.map((p) => p.id)).toEqual(['p-yuan']);
    expect(points).toHaveLength(mixed.points.length - 1);
    expect(series).toEqual(['cases', 'people']);
  });
});

describe('bar chart', () => {
  const svg = barChart(yearly);

  it('draws one mark per point, in period order, with the axis labelled', () => {
    expect(count(svg, '[data-mark]')).toBe(yearly.points.length);
    const order = all(svg, '[data-mark]').map((m) => m.attribs['data-mark']);
    expect(order).toEqual(['y2019', 'y2020', 'y2021', 'y2022']);
    expect(texts(svg)).toEqual(expect.arrayContaining(['2019', '2022', 'people prosecuted (people)']));
    const ticks = all(svg, 'g.tick > text').map((t) => Number(textContent(t).replace(/,/g, '')));
    expect(ticks[0]).toBe(0);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(rootOf(svg).attribs).toMatchObject({ viewBox: expect.stringMatching(/^0 0 420 \d+(\.\d+)?$/), width: '100%' });
  });

  it('marks each flagged point with its pattern, symbol and reason', () => {
    for (const p of yearly.points) expect(markOf(svg, p.id).attribs['data-quality'], p.id).toBe(p.quality);
    expect(fills(markOf(svg, 'y2020'))).toContain('url(#yearly-pat-approximate)');
    expect(texts(markOf(svg, 'y2020'))).toContain('50,000 ≈');
    expect(markOf(svg, 'y2020').attribs['data-tip']).toContain('Rounded to the thousand.');
    expect(textContent(selectOne('title', markOf(svg, 'y2020'))!)).toContain('Rounded to the thousand.');
    expect(fills(markOf(svg, 'y2022'))).toContain('url(#yearly-pat-reconstructed)');
    expect(fills(markOf(svg, 'y2019')).filter((f) => f?.startsWith('url(#'))).toEqual([]);
    expect(count(svg, 'defs pattern[id="yearly-pat-approximate"]')).toBe(1);
  });

  it('draws an unreadable figure as a placeholder, never as a zero-length bar', () => {
    const m = markOf(svg, 'y2021');
    expect(m.attribs.class).toBe('mark q-garbled-in-source missing');
    expect(all(m, '.placeholder')).toHaveLength(1);
    expect(all(m, '.fill')).toEqual([]);
    expect(texts(m).join(' ')).toContain('printed “4,0”');
  });

  it('has a legend entry for each flag present', () => {
    const legend = selectOne('g.legend', parseSvg(svg))!;
    expect(texts(legend).filter((t) => t.length > 1)).toEqual(['≈ approximate', '† reconstructed', '? no readable figure in the source']);
  });

  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('./__snapshots__/charts/bar-yearly.svg');
  });
});

describe('line chart', () => {
  const svg = lineChart(mixed);

  it('draws one line per series and one mark per charted point', () => {
    expect(count(svg, 'path.line')).toBe(2);
    expect(count(svg, '[data-mark]')).toBe(mixed.points.length - 1);
    expect(count(svg, '[data-mark="p-yuan"]')).toBe(0);
  });

  it('breaks the line at an unreadable figure instead of dropping to zero', () => {
    const cases = all(svg, 'path.line.s0')[0]!.attribs.d!;
    expect(cases.match(/M/g)).toHaveLength(2); // two "move to"s: the line lifts at the gap
    expect(all(markOf(svg, 'c-q3'), '.placeholder')).toHaveLength(1);
  });

  it('tells series apart by dash as well as colour, with a legend', () => {
    expect(all(svg, 'path.line.s1')[0]!.attribs['stroke-dasharray']).toBe('6 3');
    expect(texts(svg)).toEqual(expect.arrayContaining(['cases', 'people', 'cases concluded (cases)', 'all of 2021', 'Q4 2022']));
  });

  it('marks flagged points with pattern and symbol', () => {
    expect(fills(markOf(svg, 'c-range'))).toContain('url(#mixed-pat-approximate)');
    expect(fills(markOf(svg, 'p-q1'))).toContain('url(#mixed-pat-reconstructed)');
    expect(texts(markOf(svg, 'p-q1'))).toContain('†');
  });

  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('./__snapshots__/charts/line-mixed.svg');
  });

  it('as bars, puts the series name beside each value', async () => {
    const bars = barChart({ ...mixed, chart: 'bar' });
    expect(markOf(bars, 'p-h1').attribs['data-tip']).toContain('people: 150');
    await expect(bars).toMatchFileSnapshot('./__snapshots__/charts/bar-mixed.svg');
  });
});

describe('datasetChart', () => {
  it('draws nothing for chart: table or when no figure is readable', () => {
    expect(datasetChart({ ...yearly, chart: 'table' })).toBeUndefined();
    const unreadable = yearly.points.map((p): ChartPoint => ({ ...p, value: null, quality: 'garbled-in-source', printed: '?', note: 'x' }));
    expect(datasetChart({ ...yearly, points: unreadable })).toBeUndefined();
    expect(rootOf(datasetChart(yearly)!).attribs.class!.split(' ')).toContain('chart-bar');
    expect(rootOf(datasetChart({ ...yearly, chart: 'line' })!).attribs.class!.split(' ')).toContain('chart-line');
  });

  it('draws every dataset in content/ with one mark per point in its unit', () => {
    const dir = 'content/datasets';
    let drawn = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const data = parse(readFileSync(`${dir}/${file}`, 'utf8'));
      const d: ChartDataset = { id: file.replace(/\.yaml$/, ''), chart: 'bar', ...data };
      const svg = datasetChart(d);
      if (!svg) continue;
      drawn++;
      const charted = d.points.filter((p) => (p.unit ?? d.unit) === d.unit);
      const marks = all(svg, '[data-mark]');
      expect(marks.map((m) => m.attribs['data-mark']).sort(), file).toEqual(charted.map((p) => p.id).sort());
      expect(marks.filter((m) => m.attribs['data-quality'] !== 'as-reported').length, file).toBe(
        charted.filter((p) => p.quality !== 'as-reported').length,
      );
    }
    // Most datasets are charted; a loop that drew none would check nothing.
    expect(drawn).toBeGreaterThan(5);
  });
});

describe('downloads', () => {
  const points = yearly.points.map((p) => ({ ...p, cite: { source: { id: 'src-a' }, at: 'kp-2' } }));
  const rows = downloadRows(
    { id: 'yearly', unit: 'people', points },
    (id) => `Title of ${id}, "quoted"`,
    (s, at) => `https://x.test/sources/${s}/#${at}`,
  );

  it('gives each point its provenance', () => {
    expect(rows).toHaveLength(points.length);
    expect(rows[2]).toMatchObject({
      point_id: 'y2021',
      value: null,
      printed: '4,0',
      quality: 'garbled-in-source',
      source_id: 'src-a',
      locator: 'kp-2',
      locator_url: 'https://x.test/sources/src-a/#kp-2',
    });
  });

  it('writes RFC 4180 CSV', () => {
    const csv = toCsv(rows);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(DOWNLOAD_COLUMNS.join(','));
    expect(lines).toHaveLength(points.length + 2);
    expect(lines[3]).toBe(
      'yearly,y2021,,2021,,,people,"4,0",garbled-in-source,Digits lost.,src-a,"Title of src-a, ""quoted""",kp-2,https://x.test/sources/src-a/#kp-2',
    );
  });

  it('reads back, through an RFC 4180 parser, as the rows it was written from', () => {
    const records = parseCsv(toCsv(rows), { columns: true }) as Record<string, string>[];
    const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    expect(records).toEqual(
      rows.map((r) => Object.fromEntries(DOWNLOAD_COLUMNS.map((c) => [c, asText((r as Record<string, unknown>)[c])]))),
    );
  });
});

describe('cite this chart', () => {
  it('credits the issuer first, then the outlet and date, then this site', () => {
    const line = chartCredit({
      issuers: ["Supreme People's Procuratorate"],
      sources: [
        {
          outlet: 'China News Service (English machine translation)',
          originalOutlet: "Supreme People's Procuratorate website",
          published: '2022-07-22',
        },
      ],
      siteName: 'KB',
      url: 'https://kb.test/datasets/x/',
    });
    expect(line).toBe("Supreme People's Procuratorate, via China News Service, 22 Jul 2022; chart: KB, https://kb.test/datasets/x/");
  });

  it('without a named issuer credits the original outlet', () => {
    const line = chartCredit({
      issuers: [],
      sources: [{ outlet: 'The Paper (澎湃新闻), Pengpai channel', originalOutlet: "People's Daily (人民日报)", published: '2022-04' }],
      siteName: 'KB',
      url: 'u',
    });
    expect(line).toBe("People's Daily, via The Paper, Apr 2022; chart: KB, u");
    expect(outletName('Outlook New Era (瞭望新时代) website (English)')).toBe('Outlook New Era');
    expect(shortDate('2023')).toBe('2023');
  });
});

describe('timeline', () => {
  const events: TimelineEvent[] = [
    { kind: 'policies', id: 'law', name: 'Anti-Telecom Network Fraud Law', date: '2022-09-02', href: '/p/law/' },
    { kind: 'campaigns', id: 'cards', name: 'Card-breaking', date: '2020-10', href: '/c/cards/' },
    { kind: 'policies', id: 'op', name: 'Opinions (II)', date: '2021', href: '/p/op/' },
    { kind: 'campaigns', id: 'cloud', name: 'Cloud Sword', date: '2021-06', href: '/c/cloud/' },
  ];
  const svg = timelineChart(events);

  it('places every event in date order, linked, with a shape per kind', () => {
    expect(sortEvents(events).map((e) => e.id)).toEqual(['cards', 'op', 'cloud', 'law']);
    expect(all(svg, '[data-event]').map((e) => e.attribs['data-event'])).toEqual([
      'campaigns/cards',
      'policies/op',
      'campaigns/cloud',
      'policies/law',
    ]);
    for (const e of all(svg, 'a[data-event]')) expect(e.attribs.href, e.attribs['data-event']).toMatch(/^\/[pc]\/\w+\/$/);
    expect(count(svg, 'rect.marker.k-policies')).toBe(2 + 1); // two events and the legend
    expect(count(svg, 'circle.marker.k-campaigns')).toBe(2 + 1);
    expect(texts(svg)).toEqual(expect.arrayContaining(['2020', '2021', '2022', '2023']));
  });

  it('keeps labels apart', () => {
    const ys = all(svg, '[data-event] text.label').map((t) => Number(t.attribs.y));
    expect(ys).toHaveLength(events.length);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(14);
  });

  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('./__snapshots__/charts/timeline.svg');
  });
});

describe('relations map', () => {
  const nodes: RelNode[] = [
    { kind: 'agencies', id: 'mps', name: 'Ministry of Public Security', href: '/a/mps/' },
    { kind: 'agencies', id: 'spp', name: "Supreme People's Procuratorate", href: '/a/spp/' },
    { kind: 'agencies', id: 'lonely', name: 'Unlinked agency', href: '/a/lonely/' },
    { kind: 'campaigns', id: 'cards', name: 'Card-breaking', href: '/c/cards/' },
    { kind: 'policies', id: 'op', name: 'Opinions (II)', href: '/p/op/' },
    { kind: 'crimes', id: 'helping', name: 'Helping information network criminal activities', href: '/k/helping/' },
  ];
  const edges = relationEdges(
    new Map([['cards', { leads: ['mps'], partners: ['spp'], targets: ['helping'] }]]),
    new Map([['op', { issuers: ['spp'], targets: ['helping'] }]]),
  );
  const svg = relationsChart(nodes, edges);

  it('draws each relation once and only linked nodes', () => {
    expect(edges.map((e) => e.kind)).toEqual(['leads', 'partner', 'targets', 'issues', 'targets']);
    expect(count(svg, '.edge')).toBe(5);
    expect(count(svg, '[data-node]')).toBe(5);
    expect(svg).not.toContain('Unlinked agency');
    expect(layoutColumns(nodes, edges).map((c) => c.length)).toEqual([2, 2, 1]);
  });

  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('./__snapshots__/charts/relations.svg');
  });
});

describe('palette', () => {
  /** The custom properties each colour scheme ends up with, read from the stylesheets by PostCSS. */
  const schemes = (() => {
    const light = new Map<string, string>();
    const dark = new Map<string, string>();
    for (const file of ['src/styles/global.css', 'src/charts/charts.css']) {
      postcss.parse(readFileSync(file, 'utf8'), { from: file }).walkDecls(/^--/, (decl) => {
        const media = decl.parent?.parent?.type === 'atrule' ? (decl.parent.parent as AtRule) : undefined;
        if (!media) light.set(decl.prop, decl.value);
        else if (media.name === 'media' && media.params.replace(/\s+/g, '') === '(prefers-color-scheme:dark)')
          dark.set(decl.prop, decl.value);
      });
    }
    // The dark scheme overrides what it redefines and keeps the rest.
    return { light, dark: new Map([...light, ...dark]) };
  })();

  /** WCAG relative luminance of a #rgb or #rrggbb colour. */
  const luminance = (colour: string) => {
    const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
    if (!hex) throw new Error(`The palette test reads hex colours; got "${colour}".`);
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const [r, g, b] = [0, 2, 4]
      .map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('reads a background and the chart colours of both schemes from the CSS', () => {
    for (const vars of [schemes.light, schemes.dark]) {
      expect(vars.get('--bg')).toMatch(/^#/);
      expect([...vars.keys()].filter((k) => /^--chart-s\d+$/.test(k))).toHaveLength(SERIES_COLOURS.length);
    }
    expect(schemes.dark.get('--bg')).not.toBe(schemes.light.get('--bg'));
  });

  it.each(['light', 'dark'] as const)(
    'in the %s scheme every chart colour reaches 3:1 against the background, as graphics must (WCAG 1.4.11)',
    (scheme) => {
      const vars = schemes[scheme];
      const bg = vars.get('--bg')!;
      const colours = [...vars].filter(([k]) => k.startsWith('--chart-'));
      expect(colours.length).toBeGreaterThanOrEqual(SERIES_COLOURS.length);
      const low = colours.filter(([, c]) => contrast(c, bg) < 3).map(([k, c]) => `${k} ${c} on ${bg}: ${contrast(c, bg).toFixed(2)}:1`);
      expect(low).toEqual([]);
    },
  );

  it("draws the SVG fallback colours (for feed readers and print) in the light scheme's series colours", () => {
    expect(SERIES_COLOURS.map((c) => c.toLowerCase())).toEqual(
      SERIES_COLOURS.map((_, i) => schemes.light.get(`--chart-s${i}`)?.toLowerCase()),
    );
  });
});

describe('chart text in Chinese', () => {
  it('wraps between Chinese characters, never before closing or after opening punctuation', async () => {
    const { wrap, charUnits } = await import('../../src/charts/svg');
    expect(charUnits('帮信罪')).toBeCloseTo(5.1);
    expect(charUnits('GOIP')).toBe(4);
    const lines = wrap('2015年至2020年10月（“断卡”行动前合计）', 20, 3);
    expect(lines.join('')).toBe('2015年至2020年10月（“断卡”行动前合计）');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line).not.toMatch(/^[，。、；：）》”]/);
      expect(line).not.toMatch(/[（《“]$/);
    }
    // English wraps at spaces, as before.
    expect(wrap('people prosecuted for the helping crime', 20, 3)).toEqual(['people prosecuted', 'for the helping', 'crime']);
  });

  it('writes large figures in 万 and 亿 in Chinese, and as they are in English', async () => {
    const { formatValue } = await import('../../src/charts/data');
    expect([130000, 147000, 64000, 6000, 329100000000, 64.8].map((v) => formatValue(v, 'zh'))).toEqual([
      '13万',
      '14.7万',
      '6.4万',
      '6,000',
      '3,291亿',
      '64.8',
    ]);
    expect(formatValue(130000, 'en')).toBe('130,000');
  });
});
