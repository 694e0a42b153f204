/**
 * The Chinese edition of an entry: `content/zh/<kind>/<id>.mdx` (or `.yaml` for datasets and official documents).
 * It holds only words: the Chinese summary, definition, labels and notes, and the body written in Chinese. Every
 * figure, date, citation and relation stays in the English entry and is read from there, so the two editions cannot
 * disagree on a fact. Which fields a kind needs is checked against its English entry in src/lib/zh-editions.ts.
 */
import { z } from 'astro/zod';
import { locatorId } from './common';

const text = (what: string) => z.string().min(1, `Write ${what} in Chinese, or leave the field out.`);

/** A dataset point's words: its label and note where the English point has them, and its unit where it has its own. */
const point = z.strictObject({ label: text('the label').optional(), note: text('the note').optional(), unit: text('the unit').optional() });

/** An article of an official document, in our own Chinese words (never the text of the article itself). */
const article = z.strictObject({
  title: text('the short heading'),
  summary: text('the summary').optional(),
  penalty: text('the penalty tiers').optional(),
  history: text('the history').optional(),
  notReadNote: text('what is known of the unread article').optional(),
  items: z.record(locatorId, text('the item summary')).default({}),
});

/**
 * The prose notes an entry carries beside its facts, by their path in the English entry: how a date was read, who
 * wrote a report, what a status rests on, a step of a document's history. Only these paths may be given: a figure,
 * a date or a reference can never be overridden from a Chinese edition.
 */
export const ZH_NOTE_FIELDS =
  /^(publishedNote|author|statusNote|completenessNote|documentNumberNote|(issued|effective|started|ended)\.note|dates\.(adopted|promulgated|effective)(\.\d+)?\.note|history\.\d+\.event|officials\.\d+\.name)$/;

export const zhEditionSchema = z.strictObject({
  /** The Chinese name, only for an entry whose English file has none (nameZh, termZh, titleZh or titleOriginal). */
  name: text('the name').optional(),
  /** The short Chinese name used in citations and lists, for an entry whose English file has a short name. */
  short: text('the short name').optional(),
  /** One or two sentences: what this is. */
  summary: z
    .string()
    .min(10, 'Write a Chinese summary of at least 10 characters.')
    .max(200, 'Keep the Chinese summary under 200 characters.'),
  /** Terms: the definition, in Chinese. */
  definition: text('the definition').optional(),
  /** Crimes: the statutory basis line (statute.text). */
  statute: text('the statutory basis').optional(),
  /** Agencies: each official's role, in the order of `officials`. */
  roles: z.array(text('the role')).optional(),
  /** Datasets: what is counted and in what unit. */
  measure: text('the measure').optional(),
  unit: text('the unit').optional(),
  /** Datasets: each series name the points use ("cases", "people"), in Chinese. */
  series: z.record(z.string(), text('the series name')).default({}),
  /** Datasets: the words of each point, by point id. */
  points: z.record(locatorId, point).default({}),
  /** Press-report sources: the outlet, and the outlet that first published it, as Chinese readers name them. */
  outlet: text('the outlet').optional(),
  originalOutlet: text('the original outlet').optional(),
  /** Notes beside the facts, by their path in the English entry (see ZH_NOTE_FIELDS): `publishedNote`, `history.0.event`. */
  notes: z
    .record(
      z
        .string()
        .regex(
          ZH_NOTE_FIELDS,
          'Only a prose note can be given in Chinese: publishedNote, author, statusNote, history.0.event, issued.note …',
        ),
      text('the note'),
    )
    .default({}),
  /** Sources: the key points in Chinese, by locator id (press reports). */
  locators: z.record(locatorId, text('the key point')).default({}),
  /** Official documents: the articles and front matter in our own Chinese words, by id. */
  articles: z.record(locatorId, article).default({}),
  frontMatter: z.record(locatorId, text('the summary')).default({}),
  /** Official documents: a Chinese label for each front-matter part the document prints no heading for (a news release). */
  labels: z.record(locatorId, text('the label')).default({}),
});
export type ZhEdition = z.output<typeof zhEditionSchema>;
