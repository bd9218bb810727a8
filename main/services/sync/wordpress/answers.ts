import { z } from 'zod';

/*
 * What WordPress 6.1's REST API answers, as far as the sync reads it. Only the fields used are
 * declared; zod drops the rest. Everything that came over the network is parsed here first.
 */

const id = z.number().int().positive();
const rendered = z.object({ rendered: z.string().optional(), raw: z.string().optional() });

/** `GET /wp/v2/users/me?context=edit`: who the Application Password belongs to and what they may do. */
export const WpUserSchema = z.object({
  id,
  username: z.string().optional(),
  name: z.string().optional(),
  roles: z.array(z.string()).optional(),
  capabilities: z.record(z.string(), z.boolean()).default({}),
});
export type WpUser = z.infer<typeof WpUserSchema>;

export const WpTermSchema = z.object({ id, name: z.string(), slug: z.string() });
export type WpTerm = z.infer<typeof WpTermSchema>;

export const WpMediaSchema = z.object({
  id,
  source_url: z.string(),
  author: z.number().int().optional(),
  title: rendered.optional(),
  caption: rendered.optional(),
  description: rendered.optional(),
  alt_text: z.string().optional(),
  media_details: z
    .object({ width: z.number().optional(), height: z.number().optional(), file: z.string().optional() })
    .partial()
    .optional(),
});
export type WpMedia = z.infer<typeof WpMediaSchema>;

export const WpPostSchema = z.object({
  id,
  link: z.string().optional(),
  slug: z.string().default(''),
  status: z.string(),
  modified_gmt: z.string(),
  author: z.number().int().optional(),
  title: rendered,
  content: rendered,
  excerpt: rendered.optional(),
  featured_media: z.number().int().default(0),
  categories: z.array(z.number().int()).default([]),
  tags: z.array(z.number().int()).default([]),
});
export type WpPost = z.infer<typeof WpPostSchema>;

/** A WordPress error body: `{ code, message, data: { status, term_id?, params? } }`. */
export const WpErrorSchema = z.object({
  code: z.string(),
  message: z.string().default(''),
  data: z
    .object({
      status: z.number().optional(),
      term_id: z.number().int().optional(),
      params: z.record(z.string(), z.string()).optional(),
    })
    .nullish(),
});
export type WpError = z.infer<typeof WpErrorSchema>;

/** `GET /wp-json/`: the site index (anonymous); says whether the REST API and app passwords are on. */
export const WpIndexSchema = z.object({
  name: z.string().optional(),
  namespaces: z.array(z.string()).default([]),
  /** An object naming `application-passwords` when they are available; `[]` when nothing is. */
  authentication: z.unknown(),
});
