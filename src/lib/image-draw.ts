/**
 * How the build's images are drawn, apart from caching and from the chart SVG's layout (src/lib/images.ts).
 *
 * Satori lays the preview card out (flexbox, line wrapping) and turns its text into outlines, which resvg draws with no
 * fonts loaded. A chart keeps its text as text, so charts, and cards that carry one, are drawn by resvg with fonts it
 * takes from files. sharp (libvips) encodes every PNG. None of them uses the machine's fonts, so every build draws the
 * same image: Noto Sans SC (OFL-1.1, from @expo-google-fonts/noto-sans-sc, the only npm package found that ships it
 * as TTF, which resvg needs), whose Latin glyphs serve the English too.
 *
 * This module imports packages only, with no path aliases, so that Node can run it as it is in a worker thread
 * (src/lib/image-worker.ts): a production build draws its images there, beside the pages rendered on the main thread.
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { decodeXML } from 'entities';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import satori from 'satori';
import sharp, { type PngOptions } from 'sharp';
import subsetFont from 'subset-font';

export const PREVIEW = { width: 1200, height: 630 } as const;

// One libvips thread per image, several images at once on libuv's threads: no image is large enough to split, and
// splitting each across threads oversubscribes the cores. Nothing is reused between images, so no cache either.
sharp.concurrency(1);
sharp.cache(false);

/**
 * How each image is encoded. A chart (and a card that carries one) is a PNG of 64 colours without dithering: up to
 * six series, their patterns and grey text, at a third of the bytes or less. A plain card is a full-colour PNG:
 * quantising it to 16 colours halved its bytes (13 KB against 25) but took 18 ms of the 26 its encoding cost, which at
 * thousands of pages was more of the build than any part of a page (issue 15); only link previews fetch cards.
 */
const PALETTE = { palette: true, colours: 64, dither: 0, effort: 1 } as const;
const FULL_COLOUR = { compressionLevel: 6 } as const;

export const FONT_FAMILY = 'Noto Sans SC';
const fontPath = (file: string) => createRequire(join(process.cwd(), 'package.json')).resolve(`@expo-google-fonts/noto-sans-sc/${file}`);
let fonts: { data: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] } | undefined;
function loadFonts() {
  fonts ??= {
    data: [
      { name: FONT_FAMILY, data: readFileSync(fontPath('400Regular/NotoSansSC_400Regular.ttf')), weight: 400, style: 'normal' },
      { name: FONT_FAMILY, data: readFileSync(fontPath('700Bold/NotoSansSC_700Bold.ttf')), weight: 700, style: 'normal' },
    ],
  };
  return fonts;
}

/**
 * Only the glyphs an image uses, cut from the two Noto Sans SC files by subset-font (HarfBuzz): resvg parses every
 * font it is given on every image, and the full 10 MB files cost half a second a chart; a subset costs milliseconds.
 * resvg-js takes fonts as files only, so the subsets are written to a temporary folder, removed when the build ends.
 */
let fontDir: string | undefined;

/**
 * A temporary folder removed when the process exits. A worker is stopped with the process, without an exit event of
 * its own, so the main thread makes the worker's folder and passes it in (`workerData.fontDir`).
 */
export function tempFontDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-fonts-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The folder this thread cuts its font subsets into, once it has one (for tests, which end without an exit event). */
export const fontDirInUse = (): string | undefined => fontDir;

async function fontsFor(markup: string): Promise<string[]> {
  const text = [...new Set(decodeXML(markup))].sort().join('');
  fontDir ??= (workerData as { fontDir?: string } | null)?.fontDir ?? tempFontDir();
  const key = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return Promise.all(
    loadFonts().data.map(async (d) => {
      const file = join(fontDir!, `${key}-${d.weight}.ttf`);
      if (!existsSync(file)) writeFileSync(file, await subsetFont(d.data, text, { targetFormat: 'truetype' }));
      return file;
    }),
  );
}

/**
 * SVG with text → PNG with resvg, off the main thread. `text` is the markup whose text is drawn: it is drawn in our
 * fonts only (every generic family the charts ask for maps to them), so no system font is needed.
 */
export async function rasterise(svg: string, width: number, text: string): Promise<Buffer> {
  const options: ResvgRenderOptions = {
    fitTo: { mode: 'width', value: width },
    font: {
      fontFiles: await fontsFor(text),
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
      serifFamily: FONT_FAMILY,
      monospaceFamily: FONT_FAMILY,
    },
    background: '#ffffff',
  };
  // resvg draws; sharp (libvips) encodes the PNG, to 64 colours.
  return encode(await renderAsync(svg, options), PALETTE);
}

/** resvg's pixels as a PNG (sharp, on libuv's threads). */
const encode = (image: { pixels: Buffer; width: number; height: number }, png: PngOptions) =>
  sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png(png)
    .toBuffer();

export const COLOURS = { fg: '#1b1f24', muted: '#57606a', accent: '#1d4e89', line: '#d0d7de', bg: '#ffffff' };

/** A node of Satori's element tree (the shape React elements have, without React). */
interface El {
  type: string;
  props: { style: Record<string, string | number>; children: (El | string)[] };
}
const el = (type: string, style: Record<string, string | number>, ...children: (El | string)[]): El => ({
  type,
  props: { style: { display: 'flex', ...style }, children },
});

export interface PreviewCard {
  title: string;
  zh?: string;
  /** What the page is ("Glossary term"); empty on the site's own pages. */
  label: string;
  siteName: string;
  siteNameZh: string;
  /** The address shown at the foot, without the scheme. */
  address: string;
  /** A dataset's chart, as SVG markup, drawn on the right. */
  chart?: string;
}

/** Type size by length, so a long official title still fits (a Chinese character is as wide as two Latin letters). */
const size = (text: string, narrow: boolean, steps: [number, number][]) => {
  const n = [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) * (narrow ? 1.7 : 1);
  return (steps.find(([max]) => n <= max) ?? steps[steps.length - 1]!)[1];
};
const TITLE_STEPS: [number, number][] = [
  [36, 68],
  [70, 56],
  [120, 44],
  [Infinity, 34],
];
const ZH_STEPS: [number, number][] = [
  [40, 42],
  [80, 34],
  [Infinity, 28],
];

/** The most characters of the address that fit beside the Chinese site name at the card's foot. */
const ADDRESS_MAX = 58;

/** Where a dataset's chart sits on its card (the card's layout leaves this box empty). */
const CHART_BOX = { x: 640, y: 130, width: 500, height: 380 };

/** Places a chart drawn by src/charts (a root `<svg>` with a viewBox and width="100%") at a fixed position and width. */
export function placeSvg(svg: string, x: number, y: number, width: number, height?: number): string {
  return svg.replace(/^<svg\b([^>]*)>/, (_, attrs: string) => {
    const kept = attrs.replace(/\s(width|height|x|y)="[^"]*"/g, '');
    return `<svg x="${x}" y="${y}" width="${width}"${height ? ` height="${height}"` : ''}${kept}>`;
  });
}

export async function drawPreview(card: PreviewCard): Promise<Buffer> {
  const narrow = !!card.chart;
  const text = el(
    'div',
    { flexDirection: 'column', width: narrow ? CHART_BOX.x - 64 - 40 : PREVIEW.width - 128, justifyContent: 'center' },
    el('div', { fontSize: size(card.title, narrow, TITLE_STEPS), fontWeight: 700, lineHeight: 1.15, color: COLOURS.fg }, card.title),
    ...(card.zh
      ? [el('div', { fontSize: size(card.zh, narrow, ZH_STEPS), lineHeight: 1.3, marginTop: 20, color: COLOURS.fg }, card.zh)]
      : []),
  );
  const tree = el(
    'div',
    {
      width: PREVIEW.width,
      height: PREVIEW.height,
      boxSizing: 'border-box',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '40px 64px',
      background: COLOURS.bg,
      borderTop: `16px solid ${COLOURS.accent}`,
      fontFamily: FONT_FAMILY,
    },
    el(
      'div',
      { justifyContent: 'space-between', fontSize: 28, color: COLOURS.muted },
      el('div', {}, card.label),
      el('div', { color: COLOURS.accent, fontWeight: 700 }, card.siteName),
    ),
    // No overflow: hidden anywhere: Satori clips with clip paths, which double resvg's drawing time; the type sizes
    // above keep the longest titles inside the card instead.
    el('div', { flexGrow: 1, alignItems: 'center', marginTop: 16, marginBottom: 16 }, text),
    el(
      'div',
      { justifyContent: 'space-between', fontSize: 24, color: COLOURS.muted, borderTop: `2px solid ${COLOURS.line}`, paddingTop: 14 },
      el('div', {}, [...card.address].length > ADDRESS_MAX ? `${[...card.address].slice(0, ADDRESS_MAX - 1).join('')}…` : card.address),
      el('div', { color: COLOURS.accent }, card.siteNameZh),
    ),
  );
  // Satori's types expect a React element; the tree has the same shape.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { ...PREVIEW, fonts: loadFonts().data });
  // Without a chart the card is outlines only: resvg draws it with no fonts at all (it draws outlines in 7 ms where
  // librsvg took 12), and sharp encodes it.
  if (!card.chart) return encode(await renderAsync(svg, { font: { loadSystemFonts: false }, background: COLOURS.bg }), FULL_COLOUR);
  // The chart goes in as SVG, not as an image, so resvg draws its text with the same fonts.
  const chart = placeSvg(card.chart, CHART_BOX.x, CHART_BOX.y, CHART_BOX.width, CHART_BOX.height);
  return rasterise(svg.replace(/<\/svg>\s*$/, `${chart}</svg>`), PREVIEW.width, card.chart);
}

/** What a worker is asked to draw. */
export type DrawJob = { kind: 'preview'; card: PreviewCard } | { kind: 'chart'; svg: string };

export const draw = (job: DrawJob): Promise<Buffer> => (job.kind === 'preview' ? drawPreview(job.card) : rasterise(job.svg, 1280, job.svg));
