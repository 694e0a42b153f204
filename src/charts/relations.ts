/**
 * Map of relations: agencies (left) lead or join campaigns and issue policies (middle), which target crimes (right).
 * Three columns keep every link left-to-right; the same model feeds the lists that are its text alternative.
 */
import { mean } from 'd3-array';
import { linkHorizontal, type DefaultLinkObject } from 'd3-shape';
import { DEFAULT_LOCALE, t, type Locale } from '../i18n';
import { esc, tag, textLines, wrap } from './svg';
import { svgElement } from './parts';

export type NodeKind = 'agencies' | 'campaigns' | 'policies' | 'crimes';
export type EdgeKind = 'leads' | 'partner' | 'issues' | 'targets';

export interface RelNode {
  kind: NodeKind;
  id: string;
  name: string;
  href: string;
}
export interface RelEdge {
  from: string;
  to: string;
  kind: EdgeKind;
}
/** Node keys are "kind/id". */
export const nodeKey = (n: { kind: string; id: string }) => `${n.kind}/${n.id}`;

export const EDGE_STYLE: Record<EdgeKind, { colour: string; dash?: string }> = {
  leads: { colour: '#D55E00' },
  partner: { colour: '#D55E00', dash: '5 3' },
  issues: { colour: '#0072B2' },
  targets: { colour: '#009E73', dash: '1 3' },
};

export interface CampaignLike {
  leads: string[];
  partners: string[];
  targets: string[];
}
export interface PolicyLike {
  issuers: string[];
  targets: string[];
}

/** Edges from campaign and policy data (ids only); nodes are those with at least one edge. */
export function relationEdges(campaigns: Map<string, CampaignLike>, policies: Map<string, PolicyLike>): RelEdge[] {
  const edges: RelEdge[] = [];
  for (const [id, c] of campaigns) {
    for (const a of c.leads) edges.push({ from: `agencies/${a}`, to: `campaigns/${id}`, kind: 'leads' });
    for (const a of c.partners) edges.push({ from: `agencies/${a}`, to: `campaigns/${id}`, kind: 'partner' });
    for (const t of c.targets) edges.push({ from: `campaigns/${id}`, to: `crimes/${t}`, kind: 'targets' });
  }
  for (const [id, p] of policies) {
    for (const a of p.issuers) edges.push({ from: `agencies/${a}`, to: `policies/${id}`, kind: 'issues' });
    for (const t of p.targets) edges.push({ from: `policies/${id}`, to: `crimes/${t}`, kind: 'targets' });
  }
  return edges;
}

/** Column order that keeps links short: agencies by link count, then each column by the mean row of its neighbours. */
export function layoutColumns(nodes: RelNode[], edges: RelEdge[]): RelNode[][] {
  // Edges are indexed once: a comparator that scanned them would cost edges × comparisons.
  const degree = new Map<string, number>();
  const incoming = Map.groupBy(edges, (e) => e.to);
  for (const e of edges) for (const k of [e.from, e.to]) degree.set(k, (degree.get(k) ?? 0) + 1);
  const present = nodes.filter((n) => degree.has(nodeKey(n)));
  const deg = (n: RelNode) => degree.get(nodeKey(n)) ?? 0;
  const agencies = present.filter((n) => n.kind === 'agencies').sort((a, b) => deg(b) - deg(a) || a.name.localeCompare(b.name));
  const rank = (column: RelNode[]) => new Map(column.map((n, i) => [nodeKey(n), i]));
  const byNeighbours = (column: RelNode[], prev: Map<string, number>, group: (n: RelNode) => number) => {
    const score = new Map(
      column.map((n) => [
        nodeKey(n),
        mean((incoming.get(nodeKey(n)) ?? []).filter((e) => prev.has(e.from)).map((e) => prev.get(e.from)!)) ?? Infinity,
      ]),
    );
    const of = (n: RelNode) => score.get(nodeKey(n))!;
    return column.sort((a, b) => group(a) - group(b) || of(a) - of(b) || a.name.localeCompare(b.name));
  };
  const middle = byNeighbours(
    present.filter((n) => n.kind === 'campaigns' || n.kind === 'policies'),
    rank(agencies),
    (n) => (n.kind === 'campaigns' ? 0 : 1),
  );
  const crimes = byNeighbours(
    present.filter((n) => n.kind === 'crimes'),
    rank(middle),
    () => 0,
  );
  return [agencies, middle, crimes];
}

const COLUMN_TITLES = ['agencies', 'middle', 'crimes'] as const;

/** The map as SVG; `columns` is the layout from layoutColumns, when the caller already has it. */
export function relationsChart(
  nodes: RelNode[],
  edges: RelEdge[],
  opts: { rowHeight?: number; columns?: RelNode[][]; locale?: Locale } = {},
): string {
  const W = 720;
  const row = opts.rowHeight ?? 30;
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const columns = opts.columns ?? layoutColumns(nodes, edges);
  const top = 40;
  const rows = Math.max(1, ...columns.map((c) => c.length));
  const H = top + rows * row + 10;
  // Port x of each column: agencies' labels end at 170, the middle boxes span 270–470, crimes start at 560.
  const ports = [
    [176, 176],
    [270, 470],
    [560, 560],
  ] as const;
  const pos = new Map<string, { col: number; y: number }>();
  columns.forEach((col, c) => col.forEach((n, i) => pos.set(nodeKey(n), { col: c, y: top + ((i + 0.5) * (rows * row)) / col.length })));
  const link = linkHorizontal<DefaultLinkObject, [number, number]>();

  const edgeMarks = edges
    .filter((e) => pos.has(e.from) && pos.has(e.to))
    .map((e) => {
      const [a, b] = [pos.get(e.from)!, pos.get(e.to)!];
      const s = EDGE_STYLE[e.kind];
      return tag('path', {
        class: `edge e-${e.kind}`,
        'data-edge': `${e.from}>${e.to}`,
        d: link({ source: [ports[a.col]![1], a.y], target: [ports[b.col]![0], b.y] }) ?? '',
        fill: 'none',
        stroke: s.colour,
        'stroke-width': 1.5,
        'stroke-opacity': 0.75,
        'stroke-dasharray': s.dash,
      });
    });

  const nodeMarks = columns.flatMap((col, c) =>
    col.map((n) => {
      const { y } = pos.get(nodeKey(n))!;
      const lines = wrap(n.name, c === 1 ? 30 : 26, c === 2 ? 3 : 2);
      const shape =
        c === 1
          ? tag('rect', {
              class: `node-box k-${n.kind}`,
              x: 270,
              y: y - row / 2 + 2,
              width: 200,
              height: row - 4,
              rx: n.kind === 'campaigns' ? 10 : 2,
              fill: 'none',
              stroke: n.kind === 'campaigns' ? '#D55E00' : '#0072B2',
              'stroke-width': 1.5,
            })
          : tag('circle', { cx: ports[c]![0], cy: y, r: 4, fill: 'currentColor' });
      const text =
        c === 0
          ? textLines(lines, { x: 168, y: y + 4, 'text-anchor': 'end' }, 12)
          : c === 1
            ? textLines(lines, { x: 370, y: y + 4, 'text-anchor': 'middle' }, 12)
            : textLines(lines, { x: 568, y: y + 4 }, 12);
      return tag('a', { href: n.href, class: `node k-${n.kind}`, 'data-node': nodeKey(n) }, tag('title', {}, esc(n.name)), shape, text);
    }),
  );
  const titles = COLUMN_TITLES.map((c, i) =>
    tag(
      'text',
      { x: [168, 370, 568][i]!, y: 16, 'text-anchor': ['end', 'middle', 'start'][i], 'font-weight': 700 },
      esc(t(`relations.column.${c}`, locale)),
    ),
  );
  return svgElement(
    { kind: 'relations', label: t('relations.chart', locale), width: W, height: H, fontSize: 11 },
    ...titles,
    tag('g', { class: 'edges' }, ...edgeMarks),
    tag('g', { class: 'nodes' }, ...nodeMarks),
  );
}

/** The edge legend as plain data, for an HTML legend beside the map. */
export const edgeLegend = (locale: Locale = DEFAULT_LOCALE) =>
  (Object.keys(EDGE_STYLE) as EdgeKind[]).map((kind) => ({ kind, label: t(`relations.edge.${kind}`, locale), ...EDGE_STYLE[kind] }));
