/**
 * An official document read as a source: a law, a Criminal Law excerpt, a judicial interpretation, opinions, minutes.
 * Its articles are the citation targets (`art-14`); the fields every source has (outlet, published, locators, …)
 * are derived from the document, so notes, integrity checks and citations treat it like any other source.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { alias, citation, locatorId, partialDate, seeAlso } from './common';

export const DOCUMENT_KINDS = ['law', 'criminal-law', 'judicial-interpretation', 'opinions', 'minutes', 'party-state-opinions'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_STATUSES = ['in-force', 'amended', 'superseded', 'repealed', 'unknown'] as const;

export const COMPLETENESS = ['complete', 'partial', 'excerpt', 'summary-only', 'title-only'] as const;

/** The entities an article is about, by kind (the same shape as `seeAlso`); each id must exist. */
const concerns = seeAlso.default({});

/** A numbered item inside an article (（一）, （二）…) that has an anchor of its own. */
const item = z.strictObject({
  /** Stable anchor, e.g. `art-14-1`. */
  id: locatorId,
  /** The item's label as printed, e.g. （一）. */
  labelZh: z.string(),
  /** What the item says, in our own words. */
  summary: z.string().min(1),
  /** Set when the copies read break off inside the item. */
  partial: z.boolean().optional(),
});

export const article = z
  .strictObject({
    /** Stable anchor and citation locator: `art-14`, `art-287-2` (第二百八十七条之二), `para-1` (a paragraph of a release). */
    id: locatorId,
    /** The article's number as written in ASCII: "14", "287-2". */
    number: z.string().min(1),
    /** The heading as printed: 第十四条, 一、, or the opening words of a paragraph. */
    labelZh: z.string(),
    /** A short English heading, in our words. */
    title: z.string().min(1),
    /** False when no copy read contains the article's text. */
    read: z.boolean(),
    /** Set when the copies read break off inside the article. */
    partial: z.boolean().optional(),
    /** What the article provides, in our own words (required when read). */
    summary: z.string().optional(),
    /** The key Chinese terms it defines or uses, exactly as printed. */
    termsZh: z.array(z.string().min(1)).default([]),
    /** The crimes, terms, agencies, campaigns and policies it concerns. */
    concerns,
    /** Items with anchors of their own. */
    items: z.array(item).default([]),
    /** Criminal Law articles: the penalty tiers, in our words. */
    penalty: z.string().optional(),
    /** Criminal Law articles: the amendment that created or last changed it. */
    history: z.string().optional(),
    /** When unread: what is known of it and from where; never a summary from memory. */
    notReadNote: z.string().optional(),
  })
  .superRefine((a, ctx) => {
    if (a.read && !a.summary)
      ctx.addIssue({
        code: 'custom',
        path: ['summary'],
        message: `Article ${a.id} is marked read: give its summary, or set read: false with a notReadNote.`,
      });
    if (!a.read && !a.notReadNote)
      ctx.addIssue({
        code: 'custom',
        path: ['notReadNote'],
        message: `Article ${a.id} is not read: say in notReadNote what is known of it and from where.`,
      });
    if (!a.read && a.summary)
      ctx.addIssue({
        code: 'custom',
        path: ['summary'],
        message: `Article ${a.id} is not read, so it cannot have a summary. Fix: remove it, or set read: true if a copy shows the text.`,
      });
  });
export type Article = z.output<typeof article>;

/** A date of the document, with the locator in this document that states it. */
const documentDate = z.strictObject({
  date: partialDate,
  /** A locator in this document: an article id or a front-matter id such as `order` or `announcement`. */
  at: locatorId,
  /** The body that acted on this date, when several did (e.g. each court adopting a joint interpretation). */
  by: reference('agencies').optional(),
  note: z.string().optional(),
});

export const documentFields = {
  /** English title: an official translation where one exists, else ours. */
  title: z.string().min(1),
  /** Official Chinese title, exact, without 《》. */
  titleZh: z.string().min(1),
  /** Compact name for citations, e.g. "Anti-Telecom Network Fraud Law". */
  shortName: z.string().min(1).max(40, 'Keep shortName under 40 characters.'),
  /** The usual Chinese short name, if any. */
  shortNameZh: z.string().optional(),
  /** law | criminal-law | judicial-interpretation | opinions | minutes | party-state-opinions. */
  kind: z.enum(DOCUMENT_KINDS, { message: `Set kind to one of: ${DOCUMENT_KINDS.join(', ')}.` }),
  /** The issuing bodies (ids in content/agencies/). */
  issuers: z.array(reference('agencies')).min(1, 'Name at least one issuer from content/agencies/.'),
  /** The issuers exactly as the document prints them. */
  issuerZh: z.string().min(1),
  /** 文号 exactly as printed (full-width 〔〕), e.g. 法释〔2019〕15号. */
  documentNumber: z.string().optional(),
  /** What the number is, when that needs saying (a law is promulgated by a presidential order). */
  documentNumberNote: z.string().optional(),
  /** Adopted, promulgated and in force; each cites a locator of this document. */
  dates: z
    .strictObject({
      adopted: z.union([documentDate, z.array(documentDate).min(1)]),
      promulgated: documentDate,
      effective: documentDate,
    })
    .partial()
    .default({}),
  /** As far as the texts read show. */
  status: z.enum(DOCUMENT_STATUSES, { message: `Set status to one of: ${DOCUMENT_STATUSES.join(', ')}.` }),
  /** What the status rests on. */
  statusNote: z.string().optional(),
  /** Later documents that amended it, as printed. */
  amendedBy: z.array(z.string()).default([]),
  /** The document that replaced it, as printed. */
  supersededBy: z.string().optional(),
  /** The official publisher's page, where one is known. */
  officialUrl: z.url().optional(),
  /** Every copy actually read, with what it holds. */
  copiesRead: z.array(z.strictObject({ url: z.url(), note: z.string().min(1) })).min(1, 'Record the copy you read (copiesRead).'),
  /** complete | partial | excerpt | summary-only | title-only. */
  completeness: z.enum(COMPLETENESS, { message: `Set completeness to one of: ${COMPLETENESS.join(', ')}.` }),
  /** Which parts no copy shows. */
  completenessNote: z.string().min(1),
  /** One plain sentence for index pages and search. */
  summary: z.string().min(20).max(300),
  aliases: z.array(alias).default([]),
  /** Dated steps: draft read, adopted, promulgated, in force, amended; each cited. */
  history: z.array(z.strictObject({ date: partialDate, event: z.string().min(1), cite: citation })).default([]),
  /** Locators that are not articles: the promulgating order, an announcement, a preamble. */
  frontMatter: z
    .array(z.strictObject({ id: locatorId, labelZh: z.string(), label: z.string().min(1), summary: z.string().min(1) }))
    .default([]),
  /** Chapters (章) or other parts, in order, each listing its articles. */
  parts: z
    .array(z.strictObject({ id: locatorId, labelZh: z.string(), label: z.string().min(1), articles: z.array(locatorId).min(1) }))
    .default([]),
  /** Every article, in order; unread ones included so the outline is complete. */
  articles: z.array(article).min(1, 'List the articles (unread ones with read: false).'),
};
