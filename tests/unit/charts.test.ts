/** Charts are pure functions: data in, SVG out. Counts are checked against the input; the SVG is snapshotted. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { barChart, datasetChart, lineChart, prepare, periodRange, type ChartDataset, type ChartPoint } from '../../src/charts';
import { chartCredit, outletName, shortDate } from '../../src/lib/chart-credit';
import { DOWNLOAD_COLUMNS, downloadRows, toCsv } from '../../src/lib/downloads';
import { layoutColumns, relationEdges, relationsChart, type RelNode } from '../../src/charts/relations';
import { sortEvents, timelineChart, type TimelineEvent } from '../../src/charts/timeline';
import { SERIES_COLOURS } from '../../src/charts/data';

const count = (svg: string, re: RegExp) => (svg.match(new RegExp(re, 'g')) ?? []).length;
/** The markup of the mark for point `id`. */
const markOf = (svg: string, id: string) => new RegExp(`<g [^>]*data-mark="${id}"[^>]*>[\\s\\S]*?</g>`).exec(svg)?.[0] ?? '';
const texts = (svg: string) => [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].map((m) => m[1]!);

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
    expect(count(svg, /data-mark="/)).toBe(yearly.points.length);
    const order = [...svg.matchAll(/data-mark="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['y2019', 'y2020', 'y2021', 'y2022']);
    expect(texts(svg)).toEqual(expect.arrayContaining(['2019', '2022', 'people prosecuted (people)']));
    const ticks = [...svg.matchAll(/<g class="tick"><line[^>]*\/><text[^>]*>([^<]+)</g)].map((m) => Number(m[1]!.replace(/,/g, '')));
    expect(ticks[0]).toBe(0);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 420 \d+(\.\d+)?" width="100%"/);
  });

  it('marks each flagged point with its pattern, symbol and reason', () => {
    for (const p of yearly.points) expect(markOf(svg, p.id)).toContain(`data-quality="${p.quality}"`);
    expect(markOf(svg, 'y2020')).toContain('fill="url(#yearly-pat-approximate)"');
    expect(markOf(svg, 'y2020')).toContain('50,000 ≈');
    expect(markOf(svg, 'y2020')).toContain('Rounded to the thousand.');
    expect(markOf(svg, 'y2022')).toContain('fill="url(#yearly-pat-reconstructed)"');
    expect(markOf(svg, 'y2019')).not.toContain('url(#');
    expect(svg).toContain('<pattern id="yearly-pat-approximate"');
  });

  it('draws an unreadable figure as a placeholder, never as a zero-length bar', () => {
    const m = markOf(svg, 'y2021');
    expect(m).toContain('class="mark q-garbled-in-source missing"');
    expect(m).toContain('class="placeholder"');
    expect(m).not.toContain('class="fill');
    expect(m).toContain('printed “4,0”');
  });

  it('has a legend entry for each flag present', () => {
    const legend = /<g class="legend"[\s\S]*$/.exec(svg)![0];
    expect(texts(legend).filter((t) => t.length > 1)).toEqual(['≈ approximate', '† reconstructed', '? no readable figure in the source']);
  });

  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('./__snapshots__/charts/bar-yearly.svg');
  });
});

describe('line chart', () => {
  const svg = lineChart(mixed);

  it('draws one line per series and one mark per charted point', () => {
    expect(count(svg, /<path class="line s\d"/)).toBe(2);
    expect(count(svg, /data-mark="/)).toBe(mixed.points.length - 1);
    expect(svg).not.toContain('data-mark="p-yuan"');
  });

  it('breaks the line at an unreadable figure instead of dropping to zero', () => {
    const cases = /<path class="line s0" d="([^"]+)"/.exec(svg)![1]!;
    expect(count(cases, /M/)).toBe(2);
    expect(markOf(svg, 'c-q3')).toContain('class="placeholder"');
  });

  it('tells series apart by dash as well as colour, with a legend', () => {
    expect(/<path class="line s1"[^>]*stroke-dasharray="6 3"/.test(svg)).toBe(true);
    expect(texts(svg)).toEqual(expect.arrayContaining(['cases', 'people', 'cases concluded (cases)', 'all of 2021', 'Q4 2022']));
  });

  it('marks flagged points with pattern and symbol', () => {
    expect(markOf(svg, 'c-range')).toContain('url(#mixed-pat-approximate)');
    expect(markOf(svg, 'p-q1')).toContain('url(#mixed-pat-reconstructed)');
    expect(markOf(svg, 'p-q1')).toContain('>†<');
  });

  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('./__snapshots__/charts/line-mixed.svg');
  });

  it('as bars, puts the series name beside each value', async () => {
    const bars = barChart({ ...mixed, chart: 'bar' });
    expect(markOf(bars, 'p-h1')).toContain('people: 150');
    await expect(bars).toMatchFileSnapshot('./__snapshots__/charts/bar-mixed.svg');
  });
});

describe('datasetChart', () => {
  it('draws nothing for chart: table or when no figure is readable', () => {
    expect(datasetChart({ ...yearly, chart: 'table' })).toBeUndefined();
    const unreadable = yearly.points.map((p): ChartPoint => ({ ...p, value: null, quality: 'garbled-in-source', printed: '?', note: 'x' }));
    expect(datasetChart({ ...yearly, points: unreadable })).toBeUndefined();
    expect(datasetChart(yearly)).toContain('chart-bar');
    expect(datasetChart({ ...yearly, chart: 'line' })).toContain('chart-line');
  });

  it('draws every dataset in content/ with one mark per point in its unit', () => {
    const dir = 'content/datasets';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const data = parse(readFileSync(`${dir}/${file}`, 'utf8'));
      const d: ChartDataset = { id: file.replace(/\.yaml$/, ''), chart: 'bar', ...data };
      const svg = datasetChart(d);
      if (!svg) continue;
      const charted = d.points.filter((p) => (p.unit ?? d.unit) === d.unit);
      expect(count(svg, /data-mark="/), file).toBe(charted.length);
      expect(count(svg, /data-quality="(approximate|garbled-in-source|reconstructed)"/), file).toBe(charted.filter((p) => p.quality !== 'as-reported').length);
    }
  });
});

describe('downloads', () => {
  const points = yearly.points.map((p) => ({ ...p, cite: { source: { id: 'src-a' }, at: 'kp-2' } }));
  const rows = downloadRows({ id: 'yearly', unit: 'people', points }, (id) => `Title of ${id}, "quoted"`, (s, at) => `https://x.test/sources/${s}/#${at}`);

  it('gives each point its provenance', () => {
    expect(rows).toHaveLength(points.length);
    expect(rows[2]).toMatchObject({ point_id: 'y2021', value: null, printed: '4,0', quality: 'garbled-in-source', source_id: 'src-a', locator: 'kp-2', locator_url: 'https://x.test/sources/src-a/#kp-2' });
  });

  it('writes RFC 4180 CSV', () => {
    const csv = toCsv(rows);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(DOWNLOAD_COLUMNS.join(','));
    expect(lines).toHaveLength(points.length + 2);
    expect(lines[3]).toBe('yearly,y2021,,2021,,,people,"4,0",garbled-in-source,Digits lost.,src-a,"Title of src-a, ""quoted""",kp-2,https://x.test/sources/src-a/#kp-2');
  });
});

describe('cite this chart', () => {
  it('credits the issuer first, then the outlet and date, then this site', () => {
    const line = chartCredit({
      issuers: ["Supreme People's Procuratorate"],
      sources: [{ outlet: 'China News Service (English machine translation)', originalOutlet: "Supreme People's Procuratorate website", published: '2022-07-22' }],
      siteName: 'KB',
      url: 'https://kb.test/datasets/x/',
    });
    expect(line).toBe("Supreme People's Procuratorate, via China News Service, 22 Jul 2022; chart: KB, https://kb.test/datasets/x/");
  });

  it('without a named issuer credits the original outlet', () => {
    const line = chartCredit({ issuers: [], sources: [{ outlet: 'The Paper (澎湃新闻), Pengpai channel', originalOutlet: "People's Daily (人民日报)", published: '2022-04' }], siteName: 'KB', url: 'u' });
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
    expect([...svg.matchAll(/data-event="([^"]+)"/g)].map((m) => m[1])).toEqual(['campaigns/cards', 'policies/op', 'campaigns/cloud', 'policies/law']);
    expect(count(svg, /<rect class="marker k-policies"/)).toBe(2 + 1);
    expect(count(svg, /<circle class="marker k-campaigns"/)).toBe(2 + 1);
    expect(texts(svg)).toEqual(expect.arrayContaining(['2020', '2021', '2022', '2023']));
  });

  it('keeps labels apart', () => {
    const ys = [...svg.matchAll(/<text x="96" y="([\d.]+)"/g)].map((m) => Number(m[1]));
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
  const edges = relationEdges(new Map([['cards', { leads: ['mps'], partners: ['spp'], targets: ['helping'] }]]), new Map([['op', { issuers: ['spp'], targets: ['helping'] }]]));
  const svg = relationsChart(nodes, edges);

  it('draws each relation once and only linked nodes', () => {
    expect(edges.map((e) => e.kind)).toEqual(['leads', 'partner', 'targets', 'issues', 'targets']);
    expect(count(svg, /class="edge /)).toBe(5);
    expect(count(svg, /data-node="/)).toBe(5);
    expect(svg).not.toContain('Unlinked agency');
    expect(layoutColumns(nodes, edges).map((c) => c.length)).toEqual([2, 2, 1]);
  });

  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('./__snapshots__/charts/relations.svg');
  });
});

describe('palette', () => {
  /** WCAG relative luminance of a #rrggbb colour. */
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  it('every series colour reaches 3:1 against white, as graphics must (WCAG 1.4.11)', () => {
    const low = SERIES_COLOURS.filter((c) => 1.05 / (luminance(c) + 0.05) < 3);
    expect(low).toEqual([]);
  });
});
