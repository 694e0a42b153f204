/** The CSV and JSON downloads of every dataset match content/datasets/*.yaml, with provenance that resolves in the build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveFile } from '../support/static-server';
import { DIST, TEST_BASE } from '../support/site';

const DIR = 'content/datasets';
const datasets = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join(DIR, f), 'utf8')) }));

/** RFC 4180 parsing: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' })[c]};`);
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const fileOf = (link: string) => resolveFile(DIST, TEST_BASE, new URL(link).pathname);

describe('dataset downloads', () => {
  it('exist beside each dataset page, which still builds', () => {
    expect(datasets.length).toBeGreaterThan(0);
    for (const { id } of datasets) {
      for (const path of [`datasets/${id}.csv`, `datasets/${id}.json`, `datasets/${id}/index.html`]) expect(resolveFile(DIST, TEST_BASE, `${TEST_BASE}${path}`), path).toBeTruthy();
    }
  });

  it.each(datasets)('$id: CSV and JSON hold every point as in the YAML, with its provenance', ({ id, data }) => {
    const [header, ...rows] = parseCsv(read(`datasets/${id}.csv`));
    const json = JSON.parse(read(`datasets/${id}.json`));
    const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
    expect(header).toEqual(json.columns);
    expect(records).toHaveLength(data.points.length);
    expect(json.points).toHaveLength(data.points.length);
    expect(json).toMatchObject({ id, title: data.title, measure: data.measure, unit: data.unit });
    expect(json.citation).toContain('chart: ');
    data.points.forEach((p: any, i: number) => {
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
      expect(readFileSync(file!, 'utf8')).toContain(`id="${p.cite.at}"`);
      expect(readFileSync(file!, 'utf8')).toContain(escapeHtml(j.source_title.split(/\s+/).slice(0, 3).join(' ')));
    });
  });

  it('are linked from the chart on the dataset page, under the base path', () => {
    for (const { id } of datasets) {
      const html = read(`datasets/${id}/index.html`);
      expect(html).toContain(`href="${TEST_BASE}datasets/${id}.csv"`);
      expect(html).toContain(`href="${TEST_BASE}datasets/${id}.json"`);
    }
  });
});
