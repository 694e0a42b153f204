/**
 * Images made at build time: each page's link-preview card (1200×630 PNG) and each chart as a standalone SVG and PNG
 * that carry their own title, source line and permalink.
 *
 * Satori lays the preview card out (flexbox, line wrapping) and turns its text into outlines, which sharp (libvips)
 * draws and encodes. A chart keeps its text as text, so charts, and cards that carry one, are drawn by resvg, which
 * takes its fonts from files. Neither uses the machine's fonts, so every build draws the same image: Noto Sans SC
 * (OFL-1.1, from @expo-google-fonts/noto-sans-sc, the only npm package found that ships it as TTF, which resvg
 * needs), whose Latin glyphs serve the English too.
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { decodeXML } from 'entities';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import { esc, tag, textLines, wrap } from '../charts/svg';

export const PREVIEW = { width: 1200, height: 630 } as const;

// One libvips thread per image, several images at once on libuv's threads: no image is large enough to split, and
// splitting each across threads oversubscribes the cores. Nothing is reused between images, so no cache either.
sharp.concurrency(1);
sharp.cache(false);

/**
 * PNG with a palette, without dithering: a card has five colours and the grey ramps of anti-aliased text, and 16
 * colours keep it sharp at a fifth of the bytes (a title card: 49 KB in full colour, 9 to 16 KB so), and encode faster.
 */
const PALETTE = (colours: number) => ({ palette: true, colours, dither: 0, effort: 1 });

const FONT_FAMILY = 'Noto Sans SC';
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
async function fontsFor(markup: string): Promise<string[]> {
  const text = [...new Set(decodeXML(markup))].sort().join('');
  if (!fontDir) {
    const dir = mkdtempSync(join(tmpdir(), 'kb-fonts-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    fontDir = dir;
  }
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
async function rasterise(svg: string, width: number, text: string): Promise<Buffer> {
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
  // resvg draws; sharp (libvips) encodes the PNG, like the drawing off the main thread, to 64 colours (a chart has
  // up to six series, their patterns and grey text).
  const image = await renderAsync(svg, options);
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png(PALETTE(64))
    .toBuffer();
}

const COLOURS = { fg: '#1b1f24', muted: '#57606a', accent: '#1d4e89', line: '#d0d7de', bg: '#ffffff' };

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
function placeSvg(svg: string, x: number, y: number, width: number, height?: number): string {
  return svg.replace(/^<svg\b([^>]*)>/, (_, attrs: string) => {
    const kept = attrs.replace(/\s(width|height|x|y)="[^"]*"/g, '');
    return `<svg x="${x}" y="${y}" width="${width}"${height ? ` height="${height}"` : ''}${kept}>`;
  });
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
  const sources = ['src/lib/images.ts', 'src/charts/svg.ts'].map((f) =>
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
export const previewPng = (card: PreviewCard): Promise<Buffer> => cached('preview', card, () => drawPreview(card));

async function drawPreview(card: PreviewCard): Promise<Buffer> {
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
  // Without a chart the card is outlines only: sharp (librsvg) draws and encodes it entirely off the main thread.
  if (!card.chart) return sharp(Buffer.from(svg)).png(PALETTE(16)).toBuffer();
  // The chart goes in as SVG, not as an image, so resvg draws its text with the same fonts.
  const chart = placeSvg(card.chart, CHART_BOX.x, CHART_BOX.y, CHART_BOX.width, CHART_BOX.height);
  return rasterise(svg.replace(/<\/svg>\s*$/, `${chart}</svg>`), PREVIEW.width, card.chart);
}

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
export const chartPng = (svg: string): Promise<Buffer> => cached('chart', svg, () => rasterise(svg, 1280, svg));
