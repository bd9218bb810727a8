import { z } from 'zod';

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

export const DraftSchema = z.object({
  id: DraftIdSchema,
  /** Article template id ("tin", "anh", "tin-van", or an outlet's own). */
  template: z.string().min(1).max(64),
  section: z.string().max(200),
  headline: z.string().max(2000),
  body: LexicalStateSchema.nullable(),
  /** Plain text of the body, kept beside the rich state for lists, search and previews. */
  bodyText: z.string(),
  status: DraftStatusSchema,
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
  /** Increments with every save; the client sends the revision it edited. */
  revision: z.number().int().nonnegative(),
});
export type Draft = z.infer<typeof DraftSchema>;

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
  /** Why the latest file was refused ("checksum mismatch", "cut short …"). */
  problem: z.string(),
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
});
export type RevisionInfo = z.infer<typeof RevisionInfoSchema>;

export const TrashedDraftSchema = DraftSummarySchema.extend({ trashedAt: IsoTimeSchema, purgeAfter: IsoTimeSchema });
export type TrashedDraft = z.infer<typeof TrashedDraftSchema>;
