/** Everything a dataset's chart, downloads and credit need, computed once per dataset and build. */
import { datasetChart } from '../charts';
import type { ChartDataset } from '../charts/data';
import { DEFAULT_LOCALE, t, type Locale } from '../i18n';
import { chartCredit } from '../lib/chart-credit';
import { downloadRows, type DownloadRow } from '../lib/downloads';
import { chartSvg } from '../lib/images';
import { CONTENT_LICENSE } from '../lib/licenses';
import { entityPath } from '../lib/links';
import { permalink } from '../lib/site';
import { loadCorpus, type Entry } from './corpus';

export interface DatasetView {
  entry: Entry<'datasets'>;
  chart: ChartDataset;
  /** The chart as drawn on its pages (src/charts), in the view's language; undefined for a table-only dataset. */
  svg?: string;
  /** Each source once, with every locator its points cite, in order of first use. */
  cited: [string, string[]][];
  /** "Cite this chart": issuers first, then the sources, then this site. */
  credit: string;
  rows: DownloadRow[];
}

const views = new Map<string, Promise<DatasetView>>();

async function build(id: string, locale: Locale): Promise<DatasetView> {
  const corpus = await loadCorpus(locale);
  const entry = corpus.get('datasets', id);
  if (!entry) throw new Error(`Dataset "${id}" does not exist. Fix: use an id of a file in content/datasets/.`);
  const d = entry.data;
  const cited = new Map<string, string[]>();
  for (const p of d.points) {
    const ats = cited.get(p.cite.source.id) ?? [];
    if (!ats.includes(p.cite.at)) ats.push(p.cite.at);
    cited.set(p.cite.source.id, ats);
  }
  const source = (s: string) => corpus.must('sources', s).data;
  const title = corpus.names('datasets', id).name;
  const chart: ChartDataset = { id, title, measure: d.measure, unit: d.unit, chart: d.chart, points: d.points };
  return {
    entry,
    chart,
    svg: datasetChart({ ...chart, locale }),
    cited: [...cited],
    credit: chartCredit({
      issuers: d.issuers.map((r) => corpus.names('agencies', r.id).name),
      sources: [...cited.keys()].map(source),
      siteName: t('site.name', locale),
      url: permalink(entityPath('datasets', id), locale),
      locale,
    }),
    rows: downloadRows(
      { id, unit: d.unit, points: d.points },
      (s) => source(s).title,
      (s, at) => permalink(entityPath('sources', s, at)),
    ),
  };
}

export function datasetView(id: string, locale: Locale = DEFAULT_LOCALE): Promise<DatasetView> {
  const key = `${locale} ${id}`;
  let view = views.get(key);
  if (!view) views.set(key, (view = build(id, locale)));
  return view;
}

const images = new Map<string, string | undefined>();
/** A dataset's chart as a standalone SVG with its title, credit and license; undefined for a table-only dataset. */
export async function chartImage(id: string, locale: Locale = DEFAULT_LOCALE): Promise<string | undefined> {
  const key = `${locale} ${id}`;
  if (!images.has(key)) {
    const { chart, svg, credit } = await datasetView(id, locale);
    images.set(
      key,
      svg &&
        chartSvg({
          svg,
          title: chart.title,
          credit,
          license: t('license.line', locale, { name: CONTENT_LICENSE.label, url: CONTENT_LICENSE.url }),
        }),
    );
  }
  return images.get(key);
}

/** The datasets that have a chart (the others are shown as tables only). */
export async function chartedDatasets(): Promise<string[]> {
  const ids = (await loadCorpus()).byKind('datasets').map((e) => e.id);
  const charted = await Promise.all(ids.map(async (id) => ((await chartImage(id)) ? id : undefined)));
  return charted.filter((id): id is string => !!id);
}
