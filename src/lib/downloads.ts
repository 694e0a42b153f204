/** A dataset as CSV and JSON downloads: every figure with its provenance (source, locator, link, quality, note, printed). */
import { figureFields } from './figures';
import type { ChartPoint } from '../charts/data';

export const DOWNLOAD_COLUMNS = [
  'dataset_id',
  'point_id',
  'series',
  'period',
  'label',
  'value',
  'unit',
  'printed',
  'quality',
  'note',
  'source_id',
  'source_title',
  'locator',
  'locator_url',
] as const;
export type DownloadRow = Record<(typeof DOWNLOAD_COLUMNS)[number], string | number | null>;

export interface DownloadPoint extends ChartPoint {
  cite: { source: { id: string } | string; at: string };
}

/**
 * One row per point. `sourceTitle` looks a source up by id; `locatorUrl` gives the permalink of the source's key point.
 * Empty fields are null (JSON) and empty cells (CSV), never guessed.
 */
export function downloadRows(
  dataset: { id: string; unit: string; points: DownloadPoint[] },
  sourceTitle: (id: string) => string,
  locatorUrl: (source: string, at: string) => string,
): DownloadRow[] {
  return dataset.points.map((p) => {
    const source = typeof p.cite.source === 'string' ? p.cite.source : p.cite.source.id;
    return {
      dataset_id: dataset.id,
      point_id: p.id,
      ...figureFields(p, dataset.unit),
      source_id: source,
      source_title: sourceTitle(source),
      locator: p.cite.at,
      locator_url: locatorUrl(source, p.cite.at),
    };
  });
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; rows end with CRLF. */
export function toCsv(rows: DownloadRow[]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [DOWNLOAD_COLUMNS.join(','), ...rows.map((r) => DOWNLOAD_COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}
