import { z } from 'zod';
import { DraftDamageSchema } from '../contract/problems';

/** Lexical's serialized editor state: validated loosely here, strictly by the editor. */
export const LexicalStateSchema = z
  .object({ root: z.looseObject({ type: z.literal('root'), children: z.array(z.unknown()) }) })
  .loose();
export type LexicalState = z.infer<typeof LexicalStateSchema>;

export const DraftStatusSchema = z.enum(['draft', 'finished', 'modified']);
export type DraftStatus = z.infer<typeof DraftStatusSchema>;

export const DraftIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{7,63}$/, 'a draft id is 8–64 lowercase letters, digits or dashes');

export const IsoTimeSchema = z.iso.datetime({ offset: true });

export const LanguageSchema = z.enum(['vi', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/**
 * Where and when the story was filed, and for whom: "CẦN THƠ – Thứ ba, 15/10/2024, 16:41", "(NSMT)".
 * The time keeps the offset it was written in, so it reads the same on every machine.
 */
export const DatelineSchema = z.object({
  /** "Cần Thơ"; may be empty when the house style shows no place. */
  place: z.string().max(200),
  /** "2024-10-15T16:41:00+07:00": shown in its own offset, whatever the reader's time zone. */
  dateTime: IsoTimeSchema,
  /** The outlet or agency tag the lead starts with: "NSMT", "TTXVN"; empty = the house outlet. */
  source: z.string().max(64),
});
export type Dateline = z.infer<typeof DatelineSchema>;

/** One name in the byline. An object, not a string, so a role or contact can be added later. */
export const AuthorSchema = z.object({ name: z.string().min(1).max(200) });
export type Author = z.infer<typeof AuthorSchema>;

/** A "read also" link under the story. The URL is checked when exported, not when typed. */
export const RelatedLinkSchema = z.object({
  url: z.string().max(2000),
  title: z.string().max(500),
  teaser: z.string().max(2000),
});
export type RelatedLink = z.infer<typeof RelatedLinkSchema>;

/**
 * The article as the reporter edits it. Photos are not listed here: they live in the body as
 * captioned-photo nodes (see lexical.ts), in the order they are read.
 * Stored versioned: main/services/drafts/envelope.ts migrates older documents forward.
 */
export const DraftSchema = z.object({
  id: DraftIdSchema,
  /** Article template id ("tin", "anh", "tin-van", or an outlet's own). */
  template: z.string().min(1).max(64),
  language: LanguageSchema,
  section: z.string().max(200),
  headline: z.string().max(2000),
  subheadline: z.string().max(2000),
  dateline: DatelineSchema.nullable(),
  /** The lead (sapo) without the outlet prefix; "(NSMT) - " is added by the house style on export. */
  lead: z.string().max(5000),
  body: LexicalStateSchema.nullable(),
  /** Plain text of the body, kept beside the rich state for lists, search and previews. */
  bodyText: z.string(),
  byline: z.array(AuthorSchema).max(20),
  related: z.array(RelatedLinkSchema).max(50),
  keywords: z.array(z.string().min(1).max(100)).max(50),
  status: DraftStatusSchema,
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
  /** Increments with every save; the client sends the revision it edited. */
  revision: z.number().int().nonnegative(),
  /**
   * Words "Ignore in this story" accepted in this story's spellcheck. Not part of the article:
   * never exported, sent or counted. Optional, so drafts saved before it read as none ignored.
   */
  ignoredWords: z.array(z.string().min(1).max(200)).max(5000).optional(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** What a save or a restore may change: everything the reporter writes, nothing the store keeps. */
export const ArticleFieldsSchema = DraftSchema.pick({
  template: true,
  language: true,
  section: true,
  subheadline: true,
  dateline: true,
  lead: true,
  byline: true,
  related: true,
  keywords: true,
  ignoredWords: true,
});
export type ArticleFields = z.infer<typeof ArticleFieldsSchema>;

/** The article fields a new draft starts with (template, section and headline come from the request). */
export function emptyArticleFields(): Pick<
  Draft,
  'language' | 'subheadline' | 'dateline' | 'lead' | 'byline' | 'related' | 'keywords'
> {
  return { language: 'vi', subheadline: '', dateline: null, lead: '', byline: [], related: [], keywords: [] };
}

export const DraftSummarySchema = DraftSchema.pick({
  id: true,
  template: true,
  section: true,
  headline: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  revision: true,
});
export type DraftSummary = z.infer<typeof DraftSummarySchema>;

/** Shown on a draft whose latest file was damaged and was replaced by its newest good revision. */
export const RecoveryNoticeSchema = z.object({
  /** When the revision we fell back to was saved. */
  savedAt: IsoTimeSchema,
  revision: z.number().int().nonnegative(),
  /** Why the latest file was refused, as a code the UI words ("cut_short", 10 of 90 bytes). */
  problem: DraftDamageSchema,
  /** Where the damaged file was kept, relative to the draft's folder. */
  keptAs: z.string(),
  recoveredAt: IsoTimeSchema,
});
export type RecoveryNotice = z.infer<typeof RecoveryNoticeSchema>;

export const DraftListItemSchema = DraftSummarySchema.extend({
  recovered: z.boolean(),
  /** First words of the body, for the list. */
  excerpt: z.string(),
});
export type DraftListItem = z.infer<typeof DraftListItemSchema>;

export const RevisionInfoSchema = z.object({
  revision: z.number().int().nonnegative(),
  savedAt: IsoTimeSchema,
  headline: z.string(),
  words: z.number().int().nonnegative(),
  /** The reporter's name for this version ("sent to desk", "before legal"); named ones are never pruned. */
  name: z.string().nullable(),
  /** Saved by Finish: the version the desk was told about. */
  finished: z.boolean(),
  /** A restore: the revision whose text it brought back. */
  restoredFrom: z.number().int().nonnegative().nullable(),
});
export type RevisionInfo = z.infer<typeof RevisionInfoSchema>;

export const TrashedDraftSchema = DraftSummarySchema.extend({ trashedAt: IsoTimeSchema, purgeAfter: IsoTimeSchema });
export type TrashedDraft = z.infer<typeof TrashedDraftSchema>;
