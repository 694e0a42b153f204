/**
 * The Chinese editions' files as the Markdown plugins see them: whether a compiled file is one, the English file it
 * belongs to, and the heading anchors of that English body, which a Chinese body reuses section by section.
 */
import Slugger from 'github-slugger';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EDITION = /\/zh\/([a-z]+)\/([^/]+)\.mdx$/;

/** Whether a file is a Chinese edition (`…/content/zh/<kind>/<id>.mdx`). */
export const isZhEdition = (file: URL | string | undefined): boolean => !!file && EDITION.test(String(file));

/** The English entry's file for a Chinese edition's file. */
export function englishFile(file: URL | string): string {
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  return path.replace(EDITION, '/$1/$2.mdx');
}

/** The text a heading line shows: JSX tags, links, emphasis and code marks removed, as the rendered heading reads. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/** The headings (levels 2 to 4) of a Markdown body, in order, each with the anchor id the site gives it. */
export function headingAnchors(body: string): { level: number; id: string }[] {
  const slugger = new Slugger();
  const out: { level: number; id: string }[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^(#{2,4})\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) out.push({ level: m[1]!.length, id: slugger.slug(headingText(m[2]!)) });
  }
  return out;
}

/** The heading anchors of the English body a Chinese edition's file belongs to. */
export function englishAnchors(file: URL | string): { level: number; id: string }[] {
  const source = readFileSync(englishFile(file), 'utf8');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return headingAnchors(body);
}
