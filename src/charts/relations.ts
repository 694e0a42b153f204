/**
 * Map of relations: agencies (left) lead or join campaigns and issue policies (middle), which target crimes (right).
 * Three columns keep every link left-to-right; the same model feeds the lists that are its text alternative.
 */
import { mean } from 'd3-array';
import { linkHorizontal } from 'd3-shape';
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

export const EDGE_STYLE: Record<EdgeKind, { label: string; colour: string; dash?: string }> = {
  leads: { label: 'leads (campaign)', colour: '#D55E00' },
  partner: { label: 'takes part in (campaign)', colour: '#D55E00', dash: '5 3' },
  issues: { label: 'issues (policy)', colour: '#0072B2' },
  targets: { label: 'targets (crime)', colour: '#009E73', dash: '1 3' },
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
  const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
  const present = nodes.filter((n) => linked.has(nodeKey(n)));
  const degree = (k: string) => edges.filter((e) => e.from === k || e.to === k).length;
  const agencies = present.filter((n) => n.kind === 'agencies').sort((a, b) => degree(nodeKey(b)) - degree(nodeKey(a)) || a.name.localeCompare(b.name));
  const rank = (column: RelNode[]) => new Map(column.map((n, i) => [nodeKey(n), i]));
  const byNeighbours = (column: RelNode[], prev: Map<string, number>, group: (n: RelNode) => number) => {
    const score = (n: RelNode) => mean(edges.filter((e) => e.to === nodeKey(n) && prev.has(e.from)).map((e) => prev.get(e.from)!)) ?? Infinity;
    return column.sort((a, b) => group(a) - group(b) || score(a) - score(b) || a.name.localeCompare(b.name));
  };
  const middle = byNeighbours(present.filter((n) => n.kind === 'campaigns' || n.kind === 'policies'), rank(agencies), (n) => (n.kind === 'campaigns' ? 0 : 1));
  const crimes = byNeighbours(present.filter((n) => n.kind === 'crimes'), rank(middle), () => 0);
  return [agencies, middle, crimes];
}

const COLUMN_TITLES = ['Agencies', 'Campaigns and policies', 'Crimes'];

export function relationsChart(nodes: RelNode[], edges: RelEdge[], opts: { width?: number; rowHeight?: number } = {}): string {
  const W = opts.width ?? 720;
  const row = opts.rowHeight ?? 30;
  const columns = layoutColumns(nodes, edges);
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
  const link = linkHorizontal<unknown, [number, number]>()
    .source((d: any) => d[0])
    .target((d: any) => d[1]);

  const edgeMarks = edges
    .filter((e) => pos.has(e.from) && pos.has(e.to))
    .map((e) => {
      const [a, b] = [pos.get(e.from)!, pos.get(e.to)!];
      const s = EDGE_STYLE[e.kind];
      return tag('path', {
        class: `edge e-${e.kind}`,
        'data-edge': `${e.from}>${e.to}`,
        d: link([[ports[a.col]![1], a.y], [ports[b.col]![0], b.y]] as any) ?? '',
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
          ? tag('rect', { class: `node-box k-${n.kind}`, x: 270, y: y - row / 2 + 2, width: 200, height: row - 4, rx: n.kind === 'campaigns' ? 10 : 2, fill: 'none', stroke: n.kind === 'campaigns' ? '#D55E00' : '#0072B2', 'stroke-width': 1.5 })
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
  const titles = COLUMN_TITLES.map((t, i) => tag('text', { x: [168, 370, 568][i]!, y: 16, 'text-anchor': ['end', 'middle', 'start'][i], 'font-weight': 700 }, esc(t)));
  return svgElement(
    { kind: 'relations', label: 'Map of which agencies lead which campaigns and issue which policies, and which crimes those target', width: W, height: H, fontSize: 11 },
    ...titles,
    tag('g', { class: 'edges' }, ...edgeMarks),
    tag('g', { class: 'nodes' }, ...nodeMarks),
  );
}

/** The edge legend as plain data, for an HTML legend beside the map. */
export const edgeLegend = () => Object.entries(EDGE_STYLE).map(([kind, s]) => ({ kind: kind as EdgeKind, ...s }));
