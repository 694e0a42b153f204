/** A table of figures, each point with its own source, locator and quality flag. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { citation, entityBase, locatorId } from './common';

/** How far a figure can be trusted as printed. */
export const QUALITY_FLAGS = ['as-reported', 'approximate', 'garbled-in-source', 'reconstructed'] as const;
export type Quality = (typeof QUALITY_FLAGS)[number];

export const dataPoint = z
  .strictObject({
    /** Stable id of the point within the dataset, used as its `#fragment`. */
    id: locatorId,
    /** Series the point belongs to, when the dataset has more than one (e.g. "cases", "people"). */
    series: z.string().optional(),
    /** Period covered: a year (`2021`), a quarter (`2022-Q1`), a month (`2021-04`) or a range (`2021-01/2022-06`). */
    period: z
      .string()
      .regex(
        /^\d{4}(-(Q[1-4]|H[12]|\d{2}))?(\/\d{4}(-(Q[1-4]|H[12]|\d{2}))?)?$/,
        'Write period as 2021, 2021-Q1, 2021-H1, 2021-04 or a range like 2021-01/2022-06.',
      ),
    /** A label to show instead of the raw period, e.g. "2015 to Oct 2020". */
    label: z.string().optional(),
    /** The value as a number; null when the source's figure cannot be read as one. */
    value: z.number().nullable(),
    /** Unit of the value, when it differs from the dataset's unit. */
    unit: z.string().optional(),
    /** The figure exactly as the source printed it, when that differs from `value` (e.g. "1,6" or "近4万"). */
    printed: z.string().optional(),
    /** as-reported | approximate | garbled-in-source | reconstructed. */
    quality: z.enum(QUALITY_FLAGS, { message: `Set quality to one of: ${QUALITY_FLAGS.join(', ')}.` }),
    /** Why the point is flagged, or how it was reconstructed; required unless quality is as-reported. */
    note: z.string().optional(),
    /** Where the figure is printed. */
    cite: citation,
  })
  .superRefine((p, ctx) => {
    if (p.quality !== 'as-reported' && !p.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `A point flagged "${p.quality}" needs a note saying why (and, if reconstructed, on what basis).`,
      });
    }
    if (p.quality === 'garbled-in-source' && !p.printed) {
      ctx.addIssue({
        code: 'custom',
        path: ['printed'],
        message: 'A garbled figure needs `printed`: the figure exactly as the source printed it.',
      });
    }
  });
export type DataPoint = z.infer<typeof dataPoint>;

export const datasetSchema = z
  .strictObject({
    /** English title. */
    title: z.string().min(1),
    /** Chinese title, when the figures come from a Chinese source. */
    titleZh: z.string().optional(),
    /** What is counted, e.g. "people prosecuted". */
    measure: z.string().min(1),
    /** Default unit of the values, e.g. "people", "cases", "percent", "yuan". */
    unit: z.string().min(1),
    /** The bodies that released the figures (credited first when the chart is cited), ids in content/agencies/. */
    issuers: z.array(reference('agencies')).min(1, 'Name the body that released the figures (an id in content/agencies/).'),
    /** How the chart should draw it. */
    chart: z.enum(['bar', 'line', 'table'], { message: 'Set chart to bar, line or table.' }).default('bar'),
    /** The points. */
    points: z.array(dataPoint).min(1, 'A dataset needs at least one point.'),
    ...entityBase,
  })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.points.forEach((p, i) => {
      if (seen.has(p.id))
        ctx.addIssue({ code: 'custom', path: ['points', i, 'id'], message: `Point id "${p.id}" is used twice; ids must be unique.` });
      seen.add(p.id);
    });
  });
