/** The CSV and JSON downloads of every dataset match content/datasets/*.yaml, with provenance that resolves in the build. */
import type { FigureSource } from '../../src/lib/figures';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { extractIds, extractLinks } from '../../src/lib/html-links';
import { builtDoc, selectOne, text } from '../support/html';
import { resolveFile } from '../support/static-server';
import { DIST, TEST_BASE } from '../support/site';

const DIR = 'content/datasets';
interface YamlPoint extends FigureSource {
  id: string;
  cite: { source: string; at: string };
}
interface YamlDataset {
  title: string;
  measure: string;
  unit: string;
  points: YamlPoint[];
}
const datasets = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(join(DIR, f), 'utf8')) as YamlDataset }));

/** The CSV as records keyed by its header, parsed to RFC 4180 (csv-parse throws on a ragged row or a stray quote). */
const parseCsv = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];
/** The header line of a CSV, parsed the same way. */
const csvHeader = (text: string) => (parse(text, { to_line: 1 }) as string[][])[0]!;
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const fileOf = (link: string) => resolveFile(DIST, TEST_BASE, new URL(link).pathname);

describe('dataset downloads', () => {
  it('exist beside each dataset page, which still builds', () => {
    expect(datasets.length).toBeGreaterThan(0);
    for (const { id } of datasets) {
      for (const path of [`datasets/${id}.csv`, `datasets/${id}.json`, `datasets/${id}/index.html`])
        expect(resolveFile(DIST, TEST_BASE, `${TEST_BASE}${path}`), path).toBeTruthy();
    }
  });

  it.each(datasets)('$id: CSV and JSON hold every point as in the YAML, with its provenance', ({ id, data }) => {
    const csvText = read(`datasets/${id}.csv`);
    const records = parseCsv(csvText);
    const json = JSON.parse(read(`datasets/${id}.json`));
    expect(csvHeader(csvText)).toEqual(json.columns);
    expect(records).toHaveLength(data.points.length);
    expect(json.points).toHaveLength(data.points.length);
    expect(json).toMatchObject({ id, title: data.title, measure: data.measure, unit: data.unit });
    expect(json.citation).toContain('chart: ');
    data.points.forEach((p, i) => {
      const csv = records[i]!;
      const j = json.points[i];
      const expected = {
        dataset_id: id,
        point_id: p.id,
        series: p.series ?? null,
        period: p.period,
        label: p.label ?? null,
        value: p.value,
        unit: p.unit ?? data.unit,
        printed: p.printed ?? null,
        quality: p.quality,
        note: p.note ?? null,
        source_id: p.cite.source,
        locator: p.cite.at,
      };
      expect(j, p.id).toMatchObject(expected);
      // The CSV says the same in text: empty cell for null, numbers as written.
      for (const [k, v] of Object.entries(expected)) expect(csv[k], `${p.id}.${k}`).toBe(v === null ? '' : String(v));
      expect(csv.source_title).toBe(j.source_title);
      expect(csv.locator_url).toBe(j.locator_url);
      // The locator URL is a page of this site, under the base path, holding the cited key point.
      expect(new URL(j.locator_url).pathname.startsWith(TEST_BASE)).toBe(true);
      expect(new URL(j.locator_url).hash).toBe(`#${p.cite.at}`);
      const file = fileOf(j.locator_url);
      expect(file, j.locator_url).toBeTruthy();
      const source = builtDoc(relative(DIST, file!));
      expect(extractIds(source), j.locator_url).toContain(p.cite.at);
      expect(text(selectOne('h1', source)!), j.locator_url).toBe(j.source_title);
    });
  });

  it('are linked from the chart on the dataset page, under the base path', () => {
    for (const { id } of datasets) {
      const downloads = selectOne('figure .chart-downloads', builtDoc(`datasets/${id}/index.html`));
      expect(downloads, id).toBeTruthy();
      const links = extractLinks(downloads!);
      expect(links, id).toContain(`${TEST_BASE}datasets/${id}.csv`);
      expect(links, id).toContain(`${TEST_BASE}datasets/${id}.json`);
    }
  });
});
