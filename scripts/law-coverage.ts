/**
 * For each official document: how many of its articles are summarised (read) and how many are linked to at least
 * one entity of the site. Prints a Markdown table for the README. Reads the YAML files; needs no build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface Article {
  id: string;
  read: boolean;
  summary?: string;
  concerns?: Record<string, string[]>;
}
const dir = 'content/sources';
const pct = (n: number, of: number) => `${of ? Math.round((100 * n) / of) : 0}%`;
console.log('| document | articles | summarised | linked to an entity |');
console.log('|---|---|---|---|');
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const doc = parse(readFileSync(join(dir, file), 'utf8')) as { shortName: string; articles: Article[] };
  const all = doc.articles.length;
  const read = doc.articles.filter((a) => a.read && a.summary).length;
  const linked = doc.articles.filter((a) => Object.values(a.concerns ?? {}).some((ids) => ids.length > 0)).length;
  console.log(`| ${doc.shortName} | ${all} | ${read} (${pct(read, all)}) | ${linked} (${pct(linked, all)}) |`);
}
