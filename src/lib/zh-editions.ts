/**
 * Chinese editions (content/zh/<kind>/<id>): which fields each needs given its English entry, and the entry's data
 * with the Chinese words put in. Plain functions over plain data, so the checks run in unit tests as in the build.
 */
import { namesOf, type Kind, type Names } from '../kinds';
import { isKind } from '../kinds/keys';
import type { ZhEdition } from '../schemas/zh';
import type { Problem } from './integrity';
import type { PlainEntry } from './refs';

/** A Chinese edition as plain data: the English entry it belongs to, its file, its fields and its body. */
export interface PlainEdition {
  kind: string;
  id: string;
  file: string;
  data: ZhEdition;
  body?: string;
}

/** `crimes/telecom-network-fraud` → kind and id; the glob loader names editions by their path below content/zh/. */
export function editionKey(collectionId: string): { kind: string; id: string } {
  const slash = collectionId.indexOf('/');
  return slash < 0 ? { kind: '', id: collectionId } : { kind: collectionId.slice(0, slash), id: collectionId.slice(slash + 1) };
}

type Data = Record<string, unknown>;
type Point = { id: string; label?: string; note?: string; unit?: string; series?: string };
type Article = {
  id: string;
  read: boolean;
  summary?: string;
  penalty?: string;
  history?: string;
  notReadNote?: string;
  items: { id: string }[];
};

const isDocument = (data: Data) => Array.isArray(data.articles);

/** The English entry's own short name, which a Chinese edition must put into Chinese (a document has shortNameZh). */
function englishShort(kind: Kind, data: Data): string | undefined {
  if (kind === 'policies') return data.shortTitle as string | undefined;
  if (kind === 'sources' && !isDocument(data)) return data.shortName as string | undefined;
  return undefined;
}

/** Every way a Chinese edition can fail its English entry, each naming the file, the field and the fix. */
export function checkZhEditions(entries: PlainEntry[], editions: PlainEdition[]): Problem[] {
  const byKey = new Map(entries.map((e) => [`${e.kind}/${e.id}`, e]));
  const problems: Problem[] = [];
  for (const ed of editions) {
    const add = (field: string, message: string) => problems.push({ file: ed.file, field, message });
    const entry = isKind(ed.kind) ? byKey.get(`${ed.kind}/${ed.id}`) : undefined;
    if (!entry) {
      add(
        '(file)',
        `is the Chinese edition of content/${ed.kind}/${ed.id}, which does not exist. Fix: name the file content/zh/<kind>/<id> after an English entry.`,
      );
      continue;
    }
    const d = ed.data;
    const names: Names = namesOf(entry.kind, entry.data);
    const englishFile = entry.file;
    if (!names.zh && !d.name)
      add('name', `is missing: ${englishFile} has no Chinese name. Fix: give the Chinese name as the entity is called in Chinese sources.`);
    if (names.zh && d.name)
      add('name', `repeats the Chinese name, which comes from ${englishFile} (${names.zh}). Fix: remove name here, or correct it there.`);
    const short = englishShort(entry.kind, entry.data);
    if (short && !d.short)
      add('short', `is missing: ${englishFile} has the short name "${short}". Fix: give the short name Chinese readers would use.`);
    if (!short && d.short) add('short', `has nothing to translate: ${englishFile} has no short name. Fix: remove short.`);

    const needs = (field: keyof ZhEdition, when: boolean, what: string) => {
      if (when && d[field] === undefined) add(field, `is missing: ${what}. Fix: write it in Chinese.`);
      if (!when && d[field] !== undefined) add(field, `does not apply to ${englishFile}. Fix: remove ${field}.`);
    };
    needs('definition', entry.kind === 'terms', 'every term has a definition');
    needs('statute', entry.kind === 'crimes' && !!entry.data.statute, `${englishFile} gives a statutory basis (statute.text)`);
    needs('measure', entry.kind === 'datasets', 'every dataset says what it measures');
    needs('unit', entry.kind === 'datasets', 'every dataset has a unit');
    for (const path of Object.keys(d.notes))
      if (typeof at(entry.data, path) !== 'string')
        add(`notes.${path}`, `${englishFile} has no text at ${path}. Fix: give a path of a note it has.`);
    const press = entry.kind === 'sources' && !isDocument(entry.data);
    needs('outlet', press, `${englishFile} names its outlet`);
    needs('originalOutlet', press && !!entry.data.originalOutlet, `${englishFile} names the original outlet`);
    const officials = (entry.data.officials as unknown[] | undefined) ?? [];
    if (officials.length && d.roles?.length !== officials.length)
      add('roles', `needs ${officials.length} role(s), one for each of the officials in ${englishFile}, in order.`);
    if (!officials.length && d.roles) add('roles', `does not apply: ${englishFile} names no officials. Fix: remove roles.`);

    const points = new Map(((entry.data.points as Point[] | undefined) ?? []).map((p) => [p.id, p]));
    for (const id of Object.keys(d.points))
      if (!points.has(id)) add(`points.${id}`, `is not a point of ${englishFile}. Fix: use one of ${[...points.keys()].join(', ')}.`);
    for (const p of points.values()) {
      const z = d.points[p.id];
      for (const f of ['label', 'note', 'unit'] as const)
        if (p[f] && !z?.[f]) add(`points.${p.id}.${f}`, `is missing: the English point has a ${f}. Fix: write it in Chinese.`);
    }

    const series = new Set([...points.values()].flatMap((p) => (p.series ? [p.series] : [])));
    for (const name of series)
      if (!d.series[name])
        add(`series.${name}`, `is missing: points of ${englishFile} use the series "${name}". Fix: give its Chinese name.`);
    for (const name of Object.keys(d.series))
      if (!series.has(name)) add(`series.${name}`, `is no series of ${englishFile}. Fix: remove it.`);

    const locators = new Set(((entry.data.locators as { id: string }[] | undefined) ?? []).map((l) => l.id));
    if (isDocument(entry.data)) {
      if (Object.keys(d.locators).length) add('locators', `${englishFile} is a document: give its articles and frontMatter, not locators.`);
      const articles = new Map((entry.data.articles as Article[]).map((a) => [a.id, a]));
      for (const [id, za] of Object.entries(d.articles)) {
        const a = articles.get(id);
        if (!a) {
          add(`articles.${id}`, `is not an article of ${englishFile}. Fix: use an article id such as ${[...articles.keys()][0]}.`);
          continue;
        }
        for (const f of ['summary', 'penalty', 'history'] as const)
          if (a[f] && !za[f]) add(`articles.${id}.${f}`, `is missing: the English article has a ${f}. Fix: write it in Chinese.`);
        if (!a.read && !za.notReadNote)
          add(`articles.${id}.notReadNote`, 'is missing: the article is not read. Fix: say in Chinese what is known of it.');
        const items = new Set(a.items.map((it) => it.id));
        for (const item of Object.keys(za.items)) if (!items.has(item)) add(`articles.${id}.items.${item}`, `is not an item of ${id}.`);
      }
      const frontMatter = (entry.data.frontMatter as { id: string; labelZh?: string }[] | undefined) ?? [];
      const front = new Set(frontMatter.map((f) => f.id));
      for (const id of Object.keys(d.frontMatter)) if (!front.has(id)) add(`frontMatter.${id}`, `is not front matter of ${englishFile}.`);
      for (const id of Object.keys(d.labels)) if (!front.has(id)) add(`labels.${id}`, `is not front matter of ${englishFile}.`);
      for (const f of frontMatter)
        if (!f.labelZh && !d.labels[f.id])
          add(`labels.${f.id}`, `is missing: the document prints no heading for "${f.id}". Fix: give a Chinese label in our words.`);
    } else {
      if (Object.keys(d.articles).length || Object.keys(d.frontMatter).length || Object.keys(d.labels).length)
        add('articles', `${englishFile} is no official document read article by article. Fix: remove articles and frontMatter.`);
      for (const id of Object.keys(d.locators))
        if (!locators.has(id)) add(`locators.${id}`, `is not a key point of ${englishFile}. Fix: use one of ${[...locators].join(', ')}.`);
    }
  }
  return problems;
}

/** The value at a dotted path (`history.0.event`) of plain data. */
function at(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), data);
}

/** A copy of plain data with the string at a dotted path replaced; the objects on the way are copied, the rest shared. */
function withText(data: Data, path: string[], value: string): Data {
  const [key, ...rest] = path;
  const copy: Data = Array.isArray(data) ? ([...data] as unknown as Data) : { ...data };
  copy[key!] = rest.length ? withText(data[key!] as Data, rest, value) : value;
  return copy;
}

/** Whether the edition's main text is written in Chinese: its body, or for YAML kinds, all of its prose. */
export function bodyWritten(entry: PlainEntry, ed: PlainEdition | undefined): boolean {
  if (!ed) return false;
  if (entry.kind === 'datasets') return true; // the checks above make every label and note of a dataset's edition required
  if (isDocument(entry.data)) {
    const articles = entry.data.articles as Article[];
    return articles.every((a) => (a.read ? !!ed.data.articles[a.id]?.summary : !!ed.data.articles[a.id]?.notReadNote));
  }
  return !!ed.body?.trim();
}

/**
 * The English entry's data with the edition's Chinese words in place: summary, definition, statutory basis, roles,
 * dataset words, key points and article summaries. Names are handled apart (see zhNames). Figures, dates,
 * citations and references are the English entry's own objects: nothing factual is copied.
 */
export function localizeData(data: Data, ed: ZhEdition | undefined): Data {
  if (!ed) return data;
  let out: Data = { ...data, summary: ed.summary };
  for (const [path, value] of Object.entries(ed.notes)) out = withText(out, path.split('.'), value);
  if (ed.definition) out.definition = ed.definition;
  if (ed.statute && data.statute) out.statute = { ...(data.statute as Data), text: ed.statute };
  if (ed.outlet) out.outlet = ed.outlet;
  if (ed.originalOutlet) out.originalOutlet = ed.originalOutlet;
  if (ed.measure) out.measure = ed.measure;
  if (ed.unit) out.unit = ed.unit;
  if (ed.roles && Array.isArray(data.officials))
    out.officials = (out.officials as Data[]).map((o, i) => ({ ...o, role: ed.roles![i] ?? o.role }));
  if (Array.isArray(data.points))
    out.points = (data.points as Point[]).map((p) => {
      const z = ed.points[p.id];
      const named = p.series && ed.series[p.series] ? { ...p, series: ed.series[p.series] } : p;
      return z ? { ...named, ...(p.label && { label: z.label }), ...(p.note && { note: z.note }), ...(p.unit && { unit: z.unit }) } : named;
    });
  if (Array.isArray(data.articles)) {
    out.articles = (data.articles as (Article & Data)[]).map((a) => {
      const z = ed.articles[a.id];
      if (!z) return a;
      return {
        ...a,
        title: z.title,
        ...(a.summary && z.summary && { summary: z.summary }),
        ...(a.penalty && z.penalty && { penalty: z.penalty }),
        ...(a.history && z.history && { history: z.history }),
        ...(a.notReadNote && z.notReadNote && { notReadNote: z.notReadNote }),
        items: (a.items as (Data & { id: string })[]).map((it) => (z.items[it.id] ? { ...it, summary: z.items[it.id] } : it)),
      };
    });
    out.frontMatter = ((data.frontMatter as (Data & { id: string })[] | undefined) ?? []).map((f) => ({
      ...f,
      ...(ed.frontMatter[f.id] && { summary: ed.frontMatter[f.id] }),
      ...(ed.labels[f.id] && { label: ed.labels[f.id] }),
    }));
  }
  if (Array.isArray(data.locators)) {
    const zhText = (id: string): string | undefined => {
      if (ed.locators[id]) return ed.locators[id];
      if (ed.frontMatter[id]) return ed.frontMatter[id];
      for (const [aid, a] of Object.entries(ed.articles)) {
        if (aid === id) return a.summary ?? a.notReadNote;
        if (a.items[id]) return a.items[id];
      }
      return undefined;
    };
    out.locators = (data.locators as { id: string; text: string }[]).map((l) => ({ ...l, text: zhText(l.id) ?? l.text }));
  }
  return out;
}

/**
 * The names of an entity on a Chinese page: the Chinese name leads and the English one follows. An entity with no
 * Chinese name yet keeps its English name, and `english` says so.
 */
export function zhNames(english: Names, kind: Kind, data: Data, ed: ZhEdition | undefined): Names {
  const zhName = english.zh ?? ed?.name;
  const short = ed?.short ?? (kind === 'sources' ? (data.shortNameZh as string | undefined) : undefined);
  return {
    name: zhName ?? english.name,
    ...(zhName && { en: english.name }),
    ...(english.pinyin && { pinyin: english.pinyin }),
    ...(short && { short }),
    ...(!zhName && { english: true }),
  };
}
