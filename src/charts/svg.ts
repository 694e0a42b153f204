/** A few helpers to write SVG markup as strings: charts are built at build time, with no DOM. */
import { escapeUTF8 } from 'entities/escape';
import { splitCjk, ZH } from '../lib/lang';

/** Escapes text and attribute values for XML/HTML (`&<>"'`). */
export const esc = (value: string | number): string => escapeUTF8(String(value));

/** Escaped text content for `<text>`/`<tspan>`, each run of Chinese in a `<tspan lang="zh-Hans">`. */
export function escText(value: string | number): string {
  return splitCjk(String(value))
    .map((r) => (r.zh ? `<tspan lang="${ZH}">${esc(r.text)}</tspan>` : esc(r.text)))
    .join('');
}

type AttrValue = string | number | boolean | undefined | null;

/** One element; attributes that are undefined, null or false are left out, `true` writes the bare name. */
export function tag(name: string, attrs: Record<string, AttrValue>, ...children: string[]): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(typeof v === 'number' ? round(v) : (v as string))}"`))
    .join('');
  return children.length ? `<${name}${a}>${children.join('')}</${name}>` : `<${name}${a}/>`;
}

/** Two decimals are plenty in a viewBox of a few hundred units and keep snapshots stable. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

// Han characters, CJK punctuation and full-width forms take about one em; Latin letters about 0.6 em.
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
// One wide character, a run of other non-space characters (an English word, a number), or a run of spaces.
const TOKEN = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/gu;
// Chinese punctuation that may not begin a line (it stays at the end of the one before), and that may not end one.
const NO_START = /^[，。、；：！？）》”’]/u;
const NO_END = /[（《“‘]+$/u;

/** A string's width in Latin character widths: a Chinese character counts as 1.7. */
export const charUnits = (s: string): number => [...s].reduce((n, c) => n + (WIDE.test(c) ? 1.7 : 1), 0);

/**
 * Text broken into at most `maxLines` lines of about `width` Latin characters, the last cut with "…". English breaks
 * at spaces; Chinese, which has none, between any two characters (never before closing punctuation).
 */
export function wrap(text: string, width: number, maxLines = 2): string[] {
  const tokens = text.match(TOKEN) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    if (line.trim() && charUnits(line + token) > width && !NO_START.test(token)) {
      // An opening bracket or quotation mark goes down with what it opens.
      const opening = NO_END.exec(line.trimEnd())?.[0] ?? '';
      const rest = line
        .trimEnd()
        .slice(0, line.trimEnd().length - opening.length)
        .trim();
      if (rest) {
        lines.push(rest);
        line = opening + token;
      } else line += token;
    } else line += token;
  }
  if (line.trim()) lines.push(line.trim());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

/** Multi-line text as `<text>` with one `<tspan>` per line, the block centred on `y`. */
export function textLines(lines: string[], attrs: Record<string, AttrValue> & { x: number; y: number }, lineHeight = 14): string {
  const first = -((lines.length - 1) * lineHeight) / 2;
  return tag('text', attrs, ...lines.map((l, i) => tag('tspan', { x: attrs.x, dy: i === 0 ? first : lineHeight }, escText(l))));
}
