/** The /relations/ page: nodes, edges and their layout, computed once, with the lists that say the same in words. */
import { layoutColumns, nodeKey, relationEdges, type CampaignLike, type PolicyLike, type RelEdge, type RelNode } from '../charts/relations';
import { entityPath } from '../lib/links';
import { DEFAULT_LOCALE, type Locale } from '../i18n';
import { pageUrl } from '../lib/site';
import { loadCorpus } from './corpus';

export interface RelationsModel {
  nodes: RelNode[];
  edges: RelEdge[];
  columns: RelNode[][];
  /** For each node, its outgoing neighbours by edge kind. */
  out: (node: RelNode, kind: RelEdge['kind']) => RelNode[];
}

const models = new Map<Locale, Promise<RelationsModel>>();

async function build(locale: Locale): Promise<RelationsModel> {
  const corpus = await loadCorpus(locale);
  const ids = (refs: { id: string }[]) => refs.map((r) => r.id);
  const campaigns = new Map<string, CampaignLike>(
    corpus
      .byKind('campaigns')
      .map((e) => [e.id, { leads: ids(e.data.leads), partners: ids(e.data.partners), targets: ids(e.data.targets) }]),
  );
  const policies = new Map<string, PolicyLike>(
    corpus.byKind('policies').map((e) => [e.id, { issuers: ids(e.data.issuers), targets: ids(e.data.targets) }]),
  );
  const edges = relationEdges(campaigns, policies);
  const nodes: RelNode[] = (['agencies', 'campaigns', 'policies', 'crimes'] as const).flatMap((kind) =>
    corpus
      .byKind(kind)
      .map((e) => ({ kind, id: e.id, name: corpus.names(kind, e.id).name, href: pageUrl(entityPath(kind, e.id), locale) })),
  );
  const byKey = new Map(nodes.map((n) => [nodeKey(n), n]));
  // Edges indexed once by source and kind: a scan per node grows with the square of the corpus.
  const edgesFrom = Map.groupBy(edges, (e) => `${e.from} ${e.kind}`);
  return {
    nodes,
    edges,
    columns: layoutColumns(nodes, edges),
    out: (node, kind) => (edgesFrom.get(`${nodeKey(node)} ${kind}`) ?? []).map((e) => byKey.get(e.to)!),
  };
}

/** The relations in a language: the same nodes and edges, named and linked in that language. */
export function relationsModel(locale: Locale = DEFAULT_LOCALE): Promise<RelationsModel> {
  let model = models.get(locale);
  if (!model) models.set(locale, (model = build(locale)));
  return model;
}
