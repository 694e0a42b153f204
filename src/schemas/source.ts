/** A document facts come from: a news report, an official document, a statute. */
import { z } from 'astro/zod';
import { alias, locatorId, partialDate } from './common';

export const SOURCE_KINDS = ['news-report', 'interview', 'press-conference', 'official-document', 'statute'] as const;

export const sourceSchema = z
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
    /** What kind of document it is. */
    kind: z.enum(SOURCE_KINDS, { message: `Set kind to one of: ${SOURCE_KINDS.join(', ')}.` }),
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
export type SourceData = z.infer<typeof sourceSchema>;
