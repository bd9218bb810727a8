import { z } from 'zod';
import {
  DraftIdSchema,
  DraftListItemSchema,
  DraftSchema,
  DraftStatusSchema,
  ArticleFieldsSchema,
  LexicalStateSchema,
  RecoveryNoticeSchema,
  RevisionInfoSchema,
  TrashedDraftSchema,
} from '../article/draft';
import { operation } from './operation';

const byId = z.object({ id: DraftIdSchema }).strict();

/** One line of the Finish checklist (shared/templates/finish.ts says what each code means). */
export const FinishItemSchema = z.object({
  key: z.string(),
  severity: z.enum(['blocking', 'warning']),
  problem: z.looseObject({ block: z.string(), code: z.string() }),
  target: z.looseObject({ block: z.string() }),
});
const empty = z.object({}).strict();
export const TypingSessionSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

export const draftsOperations = {
  'drafts.list': operation(
    z
      .object({
        /** Words to find in headline, lead, body, captions, byline; diacritics optional. */
        query: z.string().max(500).optional(),
        sort: z.enum(['updated', 'created', 'headline']).optional(),
        status: z.array(DraftStatusSchema).optional(),
        template: z.array(z.string().max(64)).optional(),
        section: z.array(z.string().max(200)).optional(),
        offset: z.number().int().nonnegative().optional(),
        /** A page of the list; the UI asks for more as the reporter scrolls. */
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    z.object({ drafts: z.array(DraftListItemSchema), total: z.number().int().nonnegative() }),
  ),
  /** The templates and sections the drafts use, sorted: suggestions and filter choices. */
  'drafts.facets': operation(empty, z.object({ templates: z.array(z.string()), sections: z.array(z.string()) })),
  'drafts.create': operation(
    z
      .object({
        headline: z.string().max(2000).optional(),
        template: z.string().min(1).max(64).optional(),
        section: z.string().max(200).optional(),
      })
      .strict(),
    z.object({ draft: DraftSchema }),
  ),
  'drafts.get': operation(byId, z.object({ draft: DraftSchema, recovery: RecoveryNoticeSchema.nullable() })),
  'drafts.save': operation(
    z
      .object({
        id: DraftIdSchema,
        headline: z.string().max(2000),
        body: LexicalStateSchema.nullable(),
        bodyText: z.string(),
        /**
         * The editor page that typed this (a random id per page). Saves of one session in a row
         * are one version in the history (revisionPolicy.ts); a save without one is always kept.
         */
        session: TypingSessionSchema.optional(),
      })
      // The article's other blocks are saved when the editor has them; absent ones are kept.
      .extend(ArticleFieldsSchema.partial().shape)
      .strict(),
    z.object({ draft: DraftListItemSchema }),
  ),
  /**
   * Marks the saved draft finished when its checklist has no blocking problem; otherwise a
   * `not_ready` error lists them. Editing a finished draft later makes it "modified".
   */
  'drafts.finish': operation(byId, z.object({ draft: DraftListItemSchema, warnings: z.array(FinishItemSchema) })),
  'drafts.history': operation(byId, z.object({ revisions: z.array(RevisionInfoSchema) })),
  /** One kept revision, whole, for a read-only preview before restoring it. */
  'drafts.getRevision': operation(
    z.object({ id: DraftIdSchema, revision: z.number().int().nonnegative() }).strict(),
    z.object({ draft: DraftSchema }),
  ),
  'drafts.restoreRevision': operation(
    z.object({ id: DraftIdSchema, revision: z.number().int().nonnegative() }).strict(),
    z.object({ draft: DraftListItemSchema }),
  ),
  /**
   * Names a kept version, or renames it ("sent to desk", "before legal"); without a revision, the
   * current one. Named versions are never pruned.
   */
  'drafts.nameRevision': operation(
    z
      .object({
        id: DraftIdSchema,
        revision: z.number().int().nonnegative().optional(),
        name: z.string().trim().min(1).max(120),
      })
      .strict(),
    z.object({ revision: RevisionInfoSchema }),
  ),
  'drafts.dismissRecovery': operation(byId, empty),
  'drafts.trash': operation(byId, empty),
  'drafts.listTrash': operation(empty, z.object({ drafts: z.array(TrashedDraftSchema) })),
  'drafts.restoreFromTrash': operation(byId, z.object({ draft: DraftListItemSchema })),
};

export const draftsEvents = {
  /** A draft was created, saved, restored or recovered (by any window or tab). */
  'drafts.changed': z.object({ draft: DraftListItemSchema }),
  /** A draft went to the trash. */
  'drafts.removed': z.object({ id: DraftIdSchema }),
};
