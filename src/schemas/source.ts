/**
 * A document facts come from: a news report, interview or press conference (MDX, with key points), or an official
 * document read article by article (YAML, see ./document.ts), whose source fields are derived from the document.
 */
import { z } from 'astro/zod';
import { alias, locatorId, partialDate } from './common';
import { DOCUMENT_KINDS, documentFields, type DocumentKind } from './document';

export const SOURCE_KINDS = ['news-report', 'interview', 'press-conference', 'official-document', 'statute'] as const;

const pressSource = z
  .strictObject({
    /** English title (our translation when the original is Chinese). */
    title: z.string().min(1),
    /** Short label used where a citation must be compact (tables, chart captions), e.g. "CNS, 22 Jul 2022". */
    shortName: z.string().min(1).max(40, 'Keep shortName under 40 characters.'),
    /** Title in the original language, where that is not English. */
    titleOriginal: z.string().optional(),
    /** Who published the copy we read. */
    outlet: z.string().min(1),
    /** Who first published it, when the copy we read is a republication. */
    originalOutlet: z.string().optional(),
    /** Named author or reporter, as printed. */
    author: z.string().optional(),
    /** Date of publication, as precise as known. */
    published: partialDate,
    /** How the date was established when the source does not print it in full. */
    publishedNote: z.string().optional(),
    /** Language of the copy we read. */
    language: z.enum(['en', 'zh'], { message: 'Set language to "en" or "zh".' }),
    /** What kind of document it is (official documents read article by article take the kinds in ./document.ts). */
    kind: z.enum(SOURCE_KINDS, { message: `Set kind to one of: ${[...SOURCE_KINDS, ...DOCUMENT_KINDS].join(', ')}.` }),
    /** Web address of the copy we read, when known. */
    url: z.url().optional(),
    /** The file under shared/seeds/ this entry describes, when it is a seed. */
    seedFile: z.string().optional(),
    /** How reliable the text is as a translation. */
    translation: z.strictObject({
      /** original | machine-translated | human-translated. */
      quality: z.enum(['original', 'machine-translated', 'human-translated'], {
        message: 'Set translation.quality to original, machine-translated or human-translated.',
      }),
      /** What goes wrong in this text and how we read it. */
      note: z.string().min(1),
    }),
    /** The points a citation can link to, in the order they appear in the source. */
    locators: z
      .array(
        z.strictObject({
          /** Stable id, used as the `#fragment`; never change once published. */
          id: locatorId,
          /** What this part of the source says, in our own words. */
          text: z.string().min(1),
        }),
      )
      .min(1, 'List at least one locator (key point) for citations to point at.'),
    /** One plain sentence for index pages and search. */
    summary: z.string().min(20).max(300),
    /** Other names the document is known by. */
    aliases: z.array(alias).default([]),
  })
  .superRefine((source, ctx) => {
    const seen = new Set<string>();
    source.locators.forEach((loc, i) => {
      if (seen.has(loc.id)) {
        ctx.addIssue({ code: 'custom', path: ['locators', i, 'id'], message: `Locator id "${loc.id}" is used twice; ids must be unique.` });
      }
      seen.add(loc.id);
    });
  });
const documentSource = z.strictObject(documentFields).superRefine((d, ctx) => {
  const ids = new Set<string>();
  const seen = (id: string, path: (string | number)[]) => {
    if (ids.has(id))
      ctx.addIssue({
        code: 'custom',
        path,
        message: `Locator id "${id}" is used twice; article, item and front-matter ids must be unique.`,
      });
    ids.add(id);
  };
  d.frontMatter.forEach((f, i) => seen(f.id, ['frontMatter', i, 'id']));
  d.articles.forEach((a, i) => {
    seen(a.id, ['articles', i, 'id']);
    a.items.forEach((it, j) => seen(it.id, ['articles', i, 'items', j, 'id']));
  });
  const placed = new Set<string>();
  d.parts.forEach((p, i) =>
    p.articles.forEach((id, j) => {
      if (!d.articles.some((a) => a.id === id))
        ctx.addIssue({
          code: 'custom',
          path: ['parts', i, 'articles', j],
          message: `Part ${p.id} lists "${id}", which is not an article id here.`,
        });
      if (placed.has(id))
        ctx.addIssue({ code: 'custom', path: ['parts', i, 'articles', j], message: `Article "${id}" is listed in two parts.` });
      placed.add(id);
    }),
  );
  for (const [key, value] of Object.entries(d.dates)) {
    for (const date of [value].flat()) {
      if (date && !ids.has(date.at))
        ctx.addIssue({
          code: 'custom',
          path: ['dates', key],
          message: `dates.${key} cites "${date.at}", which is no article or front-matter id of this document.`,
        });
    }
  }
});

/** The first date a document carries: promulgated, else adopted, else in force. */
const documentDate = (d: z.output<typeof documentSource>): string =>
  d.dates.promulgated?.date ?? [d.dates.adopted].flat()[0]?.date ?? d.dates.effective?.date ?? d.history[0]?.date ?? '';

/** The fields every source has, derived from an official document, so it is cited like any other source. */
function asSource(d: z.output<typeof documentSource>) {
  return {
    ...d,
    titleOriginal: d.titleZh,
    outlet: d.issuerZh,
    published: documentDate(d),
    language: 'zh' as const,
    url: d.officialUrl ?? d.copiesRead[0]!.url,
    translation: { quality: 'original' as const, note: d.completenessNote },
    locators: [
      ...d.frontMatter.map((f) => ({ id: f.id, text: f.summary })),
      ...d.articles.flatMap((a) => [
        { id: a.id, text: a.summary ?? a.notReadNote ?? '' },
        ...a.items.map((it) => ({ id: it.id, text: it.summary })),
      ]),
    ],
  };
}

export const isDocumentKind = (kind: string): kind is DocumentKind => (DOCUMENT_KINDS as readonly string[]).includes(kind);

export const sourceSchema = z
  .discriminatedUnion('kind', [pressSource, documentSource])
  .transform((d) => ('articles' in d ? asSource(d) : d));
export type SourceData = z.output<typeof sourceSchema>;
/** An official document read article by article, with the source fields derived from it. */
export type DocumentSourceData = Extract<SourceData, { articles: unknown }>;
