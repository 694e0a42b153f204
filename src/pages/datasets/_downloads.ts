/** Binds the download builders (src/charts/downloads.ts) to the corpus and this build's permalinks. */
import { chartCredit, issuerOf, type CreditSource } from '../../charts/cite';
import { downloadRows } from '../../charts/downloads';
import { loadCorpus } from '../../data/corpus';
import { entityPath } from '../../lib/links';
import { permalink, SITE_NAME } from '../../lib/site';
import type { DatasetData } from '../../schemas/dataset';

export async function datasetPaths() {
  return (await loadCorpus()).byKind('datasets').map((e) => ({ params: { id: e.id } }));
}

export async function datasetDownload(id: string) {
  const corpus = await loadCorpus();
  const data = corpus.get('datasets', id)!.data as DatasetData;
  const source = (s: string) => corpus.get('sources', s)!.data as CreditSource & { title: string };
  const rows = downloadRows({ id, unit: data.unit, points: data.points }, (s) => source(s).title, (s, at) => permalink(entityPath('sources', s, at)));
  const citation = chartCredit({
    issuers: issuerOf(data, corpus),
    sources: [...new Set(data.points.map((p) => p.cite.source.id))].map(source),
    siteName: SITE_NAME,
    url: permalink(entityPath('datasets', id)),
  });
  return { data, rows, citation };
}
