import { z } from 'zod';
import type { TemplateRule } from '../contract/problems';

/** The parts of an article a template can have. */
export const BlockNameSchema = z.enum([
  'headline',
  'subheadline',
  'dateline',
  'lead',
  'body',
  'photos',
  'byline',
  'related',
  'keywords',
]);
export type BlockName = z.infer<typeof BlockNameSchema>;

const count = z.number().int().nonnegative();

/** Limits a template sets; each is optional and checked only for a block the template has. */
export const TemplateLimitsSchema = z
  .object({
    headlineMaxChars: count.min(1).optional(),
    leadMaxChars: count.min(1).optional(),
    bodyMinWords: count.optional(),
    bodyMaxWords: count.min(1).optional(),
    photosMin: count.optional(),
    photosMax: count.optional(),
    relatedMax: count.optional(),
  })
  // Strict: a misspelt limit in an outlet's file is reported, not silently ignored.
  .strict();
export type TemplateLimits = z.infer<typeof TemplateLimitsSchema>;

/** The block each limit belongs to. */
const LIMIT_BLOCK: Record<keyof TemplateLimits, BlockName> = {
  headlineMaxChars: 'headline',
  leadMaxChars: 'lead',
  bodyMinWords: 'body',
  bodyMaxWords: 'body',
  photosMin: 'photos',
  photosMax: 'photos',
  relatedMax: 'related',
};

export const TemplateSchema = z
  .object({
    /** Stored on each draft: lowercase letters, digits and dashes, like "tin-van". */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a template id is 1–64 lowercase letters, digits or dashes'),
    name: z.object({ vi: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) }).strict(),
    /** The parts the editor shows, in this order. */
    blocks: z.array(BlockNameSchema).min(1),
    /** Parts that must not be empty before the article is finished. */
    required: z.array(BlockNameSchema).default([]),
    limits: TemplateLimitsSchema.default({}),
  })
  .strict()
  .superRefine((t, ctx) => {
    // The message is for logs; `params.rule` is what the UI words (shared/contract/problems.ts).
    const issue = (path: (string | number)[], rule: TemplateRule, message: string) =>
      ctx.addIssue({ code: 'custom', path, message, params: { rule } });
    if (!t.blocks.includes('headline')) issue(['blocks'], 'no_headline', 'every template has a headline');
    if (new Set(t.blocks).size !== t.blocks.length) issue(['blocks'], 'block_twice', 'a block is listed twice');
    t.required.forEach((block, i) => {
      if (!t.blocks.includes(block)) {
        issue(['required', i], 'required_not_in_blocks', `"${block}" is required but not among the blocks`);
      }
    });
    for (const [limit, value] of Object.entries(t.limits) as [keyof TemplateLimits, number | undefined][]) {
      if (value !== undefined && !t.blocks.includes(LIMIT_BLOCK[limit])) {
        issue(
          ['limits', limit],
          'limit_not_in_blocks',
          `limits "${LIMIT_BLOCK[limit]}", which is not among the blocks`,
        );
      }
    }
    const { bodyMinWords, bodyMaxWords, photosMin, photosMax } = t.limits;
    if (bodyMinWords !== undefined && bodyMaxWords !== undefined && bodyMinWords > bodyMaxWords) {
      issue(['limits', 'bodyMinWords'], 'min_over_max', 'is more than bodyMaxWords');
    }
    if (photosMin !== undefined && photosMax !== undefined && photosMin > photosMax)
      issue(['limits', 'photosMin'], 'min_over_max', 'is more than photosMax');
  });
export type Template = z.infer<typeof TemplateSchema>;
