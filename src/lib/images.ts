/**
 * Images made at build time: each page's link-preview card (1200×630 PNG) and each chart as a standalone SVG and PNG
 * that carry their own title, source line and permalink. This module lays out the chart SVG, keeps the cache and
 * hands the drawing to src/lib/image-draw.ts: in a production build, in a worker thread.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import { esc, tag, textLines, wrap } from '../charts/svg';
import { COLOURS, draw, FONT_FAMILY, placeSvg, tempFontDir, type DrawJob, type PreviewCard } from './image-draw';

export { PREVIEW, type PreviewCard } from './image-draw';

/**
 * One worker thread draws a production build's images. Astro renders pages on the main thread; drawing a card there
 * (Satori's layout, about 10 ms) held the pages behind it. In the worker it runs on the second core.
 * The worker's file is found from the project root (the build's working directory), since the bundled build has
 * moved this module; without it, or outside a production build (astro dev, unit tests), images are drawn here.
 */
let worker: Worker | undefined | null;
const pending = new Map<number, { resolve: (png: Buffer) => void; reject: (e: Error) => void }>();
let nextId = 0;

function imageWorker(): Worker | null {
  if (worker !== undefined) return worker;
  const file = join(process.cwd(), 'src/lib/image-worker.ts');
  if (!import.meta.env?.PROD || process.env.KB_IMAGE_WORKER === '0' || !existsSync(file)) return (worker = null);
  const w = new Worker(file, { workerData: { fontDir: tempFontDir() } });
  w.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
    const job = pending.get(id)!;
    pending.delete(id);
    if (pending.size === 0) w.unref();
    if (error !== undefined) job.reject(new Error(error));
    else job.resolve(Buffer.from(png!.buffer, png!.byteOffset, png!.byteLength));
  });
  // A worker that failed as a whole is gone: its jobs fail, and later images are drawn on this thread.
  w.on('error', (e) => {
    for (const job of pending.values()) job.reject(e);
    pending.clear();
    worker = null;
  });
  w.unref();
  return (worker = w);
}

/** Draws in the worker when there is one; it is referenced only while it has work, so it never holds the build open. */
function drawImage(job: DrawJob): Promise<Buffer> {
  const w = imageWorker();
  if (!w) return draw(job);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    if (pending.size === 0) w.ref();
    pending.set(id, { resolve, reject });
    w.postMessage({ id, job });
  });
}

/**
 * The images one route writes, all started when Astro lists its paths, two at a time, and drawn (in the worker) while
 * the pages render, so that no file waits for its drawing when its turn comes. Two in hand at once per route: the
 * worker lays one out while the other is encoded on libuv's threads (four), which Astro's file writes share; more at
 * once left the writes queueing behind them (at 1,000 entities the citation files took 20 s instead of 1.4 s), and a
 * bound keeps memory flat at thousands of pages. `astro dev` asks for the paths on every request, so there nothing is
 * started ahead: each image is drawn when it is asked for.
 */
export function drawnAhead<T>(drawOne: (item: T) => Promise<Buffer>, keyOf: (item: T) => string) {
  const limit = pLimit(2);
  const started = new Map<string, Promise<Buffer>>();
  return {
    start(items: T[]): void {
      if (!import.meta.env.PROD) return;
      for (const item of items) {
        const png = limit(() => drawOne(item));
        png.catch(() => {}); // a failure is rethrown by the response for that image, below
        started.set(keyOf(item), png);
      }
    },
    /** The PNG response for one item; each is written once, so the map lets go of it. */
    async response(item: T): Promise<Response> {
      const png = started.get(keyOf(item));
      started.delete(keyOf(item));
      return new Response(new Uint8Array(await (png ?? drawOne(item))), { headers: { 'content-type': 'image/png' } });
    },
  };
}

/**
 * Images are kept between builds, keyed by what they show and by everything that draws them: this file's source,
 * the chart code's, and the versions of Satori, resvg, sharp and the font. A change to any of these draws afresh.
 * The cache lives beside Astro's (KB_CACHE_DIR or node_modules/.astro); KB_IMAGE_CACHE=0 turns it off.
 */
let drawer: string | undefined;
function drawerKey(): string {
  if (drawer) return drawer;
  const root = process.cwd();
  const version = (pkg: string) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  const sources = ['src/lib/images.ts', 'src/lib/image-draw.ts', 'src/charts/svg.ts'].map((f) =>
    existsSync(join(root, f)) ? readFileSync(join(root, f), 'utf8') : f,
  );
  drawer = createHash('sha256')
    .update(
      [...sources, ...['satori', '@resvg/resvg-js', 'sharp', 'subset-font', '@expo-google-fonts/noto-sans-sc'].map(version)].join('\0'),
    )
    .digest('hex');
  return drawer;
}

async function cached(kind: string, input: unknown, draw: () => Promise<Buffer>): Promise<Buffer> {
  if (process.env.KB_IMAGE_CACHE === '0') return draw();
  const dir = join(process.env.KB_CACHE_DIR ?? join(process.cwd(), 'node_modules/.astro'), 'kb-images');
  const file = join(
    dir,
    `${createHash('sha256')
      .update(`${drawerKey()}\0${kind}\0${JSON.stringify(input)}`)
      .digest('hex')}.png`,
  );
  if (existsSync(file)) return readFileSync(file);
  const png = await draw();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, png);
  return png;
}

/** The link-preview card of a page, as PNG. */
export const previewPng = (card: PreviewCard): Promise<Buffer> => cached('preview', card, () => drawImage({ kind: 'preview', card }));

export interface ChartImage {
  /** The chart as drawn on the page (src/charts), an `<svg>` with a viewBox. */
  svg: string;
  title: string;
  /** "<issuer>, via <outlet>, <date>; chart: <site>, <permalink>": the line "cite this chart" gives. */
  credit: string;
  /** The license line, e.g. "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)". */
  license: string;
}

/**
 * A chart that keeps its credit when pasted into a report: the title above it, the source line and the permalink
 * below, on a white ground, as one standalone SVG (fonts named, light colours fixed).
 */
export function chartSvg(c: ChartImage): string {
  const width = 640;
  const pad = 20;
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(c.svg);
  if (!box) throw new Error(`A chart for "${c.title}" has no viewBox; it cannot be placed in an image.`);
  const [vw, vh] = [Number(box[1]), Number(box[2])];
  const chartWidth = width - 2 * pad;
  const chartHeight = (chartWidth * vh) / vw;
  const titleLines = wrap(c.title, 56, 3);
  // The credit is never cut: it names the sources and ends with the permalink.
  const creditLines = wrap(c.credit, 96, Infinity);
  const top = pad + titleLines.length * 22 + 8;
  const creditTop = top + chartHeight + 16;
  const height = creditTop + creditLines.length * 15 + 22 + pad;
  // The page's chart sizes itself to its frame (width="100%"); here it is placed at a fixed size.
  const inner = placeSvg(c.svg, pad, top, chartWidth, Math.round(chartHeight * 100) / 100);
  return tag(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${Math.ceil(height)}`,
      width,
      height: Math.ceil(height),
      'font-family': `${FONT_FAMILY}, system-ui, sans-serif`,
      fill: COLOURS.fg,
      color: COLOURS.fg,
    },
    tag('rect', { width: '100%', height: '100%', fill: COLOURS.bg }),
    tag('title', {}, esc(c.title)),
    textLines(titleLines, { x: pad, y: pad + ((titleLines.length - 1) * 22) / 2 + 12, 'font-size': 17, 'font-weight': 700 }, 22),
    inner,
    textLines(creditLines, { x: pad, y: creditTop + ((creditLines.length - 1) * 15) / 2 + 8, 'font-size': 11, fill: COLOURS.muted }, 15),
    tag('text', { x: pad, y: Math.ceil(height) - pad, 'font-size': 11, fill: COLOURS.muted }, esc(c.license)),
  );
}

/** The same chart as PNG, at twice the SVG's size for print. */
export const chartPng = (svg: string): Promise<Buffer> => cached('chart', svg, () => drawImage({ kind: 'chart', svg }));
