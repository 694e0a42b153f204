/** The images drawn at build time: a chart that keeps its credit, and a preview card of the size link previews use. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { draw, fontDirInUse, type DrawJob } from '../../src/lib/image-draw';
import { chartPng, chartSvg, previewPng, PREVIEW } from '../../src/lib/images';
import { parseHtml } from '../../src/lib/html-links';
import { selectAll, text } from '../support/html';

const CHART =
  '<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 420 200" width="100%" role="group"><rect x="10" y="10" width="100" height="20" fill="#0072B2"/><text x="10" y="50">2021 帮信罪</text></svg>';
const credit =
  "Supreme People's Procuratorate, via China News Service, 22 Jul 2022, and China.org.cn (as republished by m.mituya.cn), 7 Mar 2023, and picoinsstore.com, 14 Feb 2025; chart: Fraud Control Knowledge Base, https://example.github.io/fraud-kb/datasets/helping-crime-prosecutions/";

describe('a chart as an image', () => {
  const svg = chartSvg({
    svg: CHART,
    title: 'People prosecuted for helping information network criminal activities',
    credit,
    license: 'Licence: CC BY 4.0',
  });
  const lines = selectAll('tspan, text', parseHtml(svg.replace(/<\/tspan>/g, ' </tspan>'))).map((n) => text(n));

  it('carries the title, the whole credit line with the permalink, and the licence', () => {
    const all = lines.join(' ').replace(/\s+/g, ' ');
    expect(all).toContain('People prosecuted for helping information network criminal activities');
    expect(all).toContain(credit);
    expect(all).toContain('Licence: CC BY 4.0');
  });

  it('places the chart at a fixed size inside it, on a white ground', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 640 \d+"/);
    expect(svg).toMatch(
      /<svg x="20" y="\d+" width="600" height="285\.71" xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart-svg" viewBox="0 0 420 200" role="group">/,
    );
    expect(svg).not.toContain('width="100%" role');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
  });

  it('draws as a PNG twice as wide, with the Chinese drawn (not left blank for want of a font)', async () => {
    const png = await chartPng(svg);
    const info = await sharp(png).metadata();
    expect([info.format, info.width]).toEqual(['png', 1280]);
    // The same image without the Chinese differs: its glyphs were drawn from the bundled font.
    const without = await chartPng(svg.replace('帮信罪', ''));
    expect(Buffer.compare(png, without)).not.toBe(0);
  });
});

// Vitest ends its workers without an exit event, so the font subsets drawn on this thread are removed here.
afterAll(() => {
  const dir = fontDirInUse();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const card = {
  title: 'Card dealer',
  zh: '卡商',
  label: 'Glossary term',
  siteName: 'KB',
  siteNameZh: '知识库',
  address: 'example.org/terms/card-dealer/',
};

describe('a preview card', () => {
  it('is a 1200×630 PNG, and a different title draws a different card', async () => {
    const [a, b] = await Promise.all([previewPng(card), previewPng({ ...card, title: 'Card farmer' })]);
    const info = await sharp(a).metadata();
    expect([info.format, info.width, info.height]).toEqual(['png', PREVIEW.width, PREVIEW.height]);
    expect(Buffer.compare(a, b)).not.toBe(0);
  });
});

describe('the image worker a production build draws in', () => {
  /** Runs jobs through src/lib/image-worker.ts as Node runs it (types stripped, no bundler), as the build does. */
  async function inWorker(jobs: DrawJob[], inspect?: (fontDir: string) => void) {
    // The build passes the worker a folder for its font subsets, removed by the main thread (a worker gets no exit event).
    const fontDir = mkdtempSync(join(tmpdir(), 'kb-test-fonts-'));
    const worker = new Worker(fileURLToPath(new URL('../../src/lib/image-worker.ts', import.meta.url)), { workerData: { fontDir } });
    try {
      const answers = await Promise.all(
        jobs.map(
          (job, id) =>
            new Promise<{ png?: Uint8Array; error?: string }>((resolve) => {
              const answer = (m: { id: number; png?: Uint8Array; error?: string }) => {
                if (m.id !== id) return;
                worker.off('message', answer);
                resolve(m);
              };
              worker.on('message', answer);
              worker.postMessage({ id, job });
            }),
        ),
      );
      inspect?.(fontDir);
      return answers;
    } finally {
      await worker.terminate();
      rmSync(fontDir, { recursive: true, force: true });
    }
  }

  it('draws the same card as the main thread, and reports a failure as an error, not a hang', async () => {
    const [ok, bad] = await inWorker([
      { kind: 'preview', card },
      { kind: 'chart', svg: '<svg' },
    ]);
    expect(Buffer.compare(Buffer.from(ok!.png!), await draw({ kind: 'preview', card }))).toBe(0);
    expect(bad!.png).toBeUndefined();
    expect(bad!.error).toMatch(/\w/);
  });

  it('cuts its font subsets into the folder it was given', async () => {
    const svg = chartSvg({ svg: CHART, title: '帮信罪', credit: 'KB', license: 'CC BY 4.0' });
    const [drawn] = await inWorker([{ kind: 'chart', svg }], (dir) => expect(readdirSync(dir).length).toBe(2));
    expect(drawn!.png).toBeDefined();
  });
});
