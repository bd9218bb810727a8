import { createHash } from 'node:crypto';
import { z } from 'zod';
import { syncError } from '../failure';
import { WpPostSchema, type WpPost } from './answers';
import { failureOfAnswer, type WordPressHttp } from './http';
import { readMarker } from './marker';
import { listAll } from './paging';

/** Every status an Author's own post can have; without the list a search sees only published posts. */
export const ALL_STATUSES = ['draft', 'pending', 'publish', 'future', 'private'] as const;

/** What a post was when this draft last wrote it: the baseline a conflict is measured against. */
export const PostBaselineSchema = z.object({
  postId: z.number().int().positive(),
  link: z.string().optional(),
  slug: z.string(),
  modifiedGmt: z.string(),
  /** As WordPress returned it: kses rewrites what we send (`<img …>` → `<img … />`). */
  contentRaw: z.string(),
  /**
   * SHA-256 of everything else a desk may change (title, excerpt, status, slug, terms):
   * `modified_gmt` has 1-second resolution, so an edit in the same second as our write leaves it
   * as it was. Not the featured image: deleting a photo in the media library clears it without
   * anyone editing the post (the send uploads it again).
   */
  fingerprint: z.string().optional(),
});
export type PostBaseline = z.infer<typeof PostBaselineSchema>;

/** The fields a send writes; `status` only when creating (an update never unpublishes). */
export interface PostFields {
  title: string;
  content: string;
  excerpt: string;
  slug: string;
  status?: 'draft' | 'pending';
  featured_media: number;
  categories: number[];
  tags: number[];
}

export const baselineOf = (post: WpPost): PostBaseline => ({
  postId: post.id,
  link: post.link,
  slug: post.slug,
  modifiedGmt: post.modified_gmt,
  contentRaw: post.content.raw ?? '',
  fingerprint: fingerprintOf(post),
});

function fingerprintOf(post: WpPost): string {
  const { title, excerpt, status, slug, categories, tags } = post;
  const fields = [title.raw, excerpt?.raw, status, slug, categories, tags];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

export const createPost = (http: WordPressHttp, fields: PostFields, signal?: AbortSignal): Promise<WpPost> =>
  http.json(WpPostSchema, '/wp/v2/posts', { method: 'POST', json: fields, signal });

export async function updatePost(
  http: WordPressHttp,
  postId: number,
  fields: PostFields,
  signal?: AbortSignal,
): Promise<WpPost> {
  const { status: _ignored, ...kept } = fields;
  return http.json(WpPostSchema, `/wp/v2/posts/${postId}`, { method: 'POST', json: kept, signal });
}

/**
 * WordPress drops unknown category, tag and media ids without a word (201, `categories: []`):
 * what comes back is compared with what was sent. A category deleted meanwhile is the usual cause.
 */
export function checkEcho(post: WpPost, sent: PostFields): WpPost {
  const missing = (wanted: number[], got: number[]) => wanted.some((id) => !got.includes(id));
  if (missing(sent.categories, post.categories)) throw syncError('category_missing', 'permanent');
  if (missing(sent.tags, post.tags)) throw syncError('rejected', 'permanent', { message: 'tags' });
  if (sent.featured_media && post.featured_media !== sent.featured_media) throw syncError('photo_missing', 'permanent');
  return post;
}

/** The post as WordPress holds it now, editable fields raw; null when it is gone. */
export async function fetchPost(http: WordPressHttp, postId: number, signal?: AbortSignal): Promise<WpPost | null> {
  const answer = await http.request(`/wp/v2/posts/${postId}`, { query: { context: 'edit' }, signal });
  if (answer.status === 404 || answer.status === 410) return null;
  if (answer.status !== 200) throw failureOfAnswer(answer);
  const post = WpPostSchema.safeParse(answer.body);
  if (!post.success) throw syncError('bad_answer', 'permanent', { status: answer.status });
  // A trashed post is on its way out: the desk decides, as for a deleted one.
  return post.data.status === 'trash' ? null : post.data;
}

/**
 * After a create whose answer was lost: this user's post that carries the draft's marker, in
 * any status. Oldest first, so if two ever existed the first is the one kept.
 */
export async function findPostOfDraft(
  http: WordPressHttp,
  { draftId, authorId, signal }: { draftId: string; authorId: number; signal?: AbortSignal },
): Promise<WpPost | null> {
  const found = await listAll(http, WpPostSchema, '/wp/v2/posts', {
    query: {
      search: draftId,
      status: ALL_STATUSES,
      author: authorId,
      context: 'edit',
      orderby: 'id',
      order: 'asc',
    },
    signal,
  });
  return found.find((post) => readMarker(post.content.raw ?? '')?.draftId === draftId) ?? null;
}

/**
 * Before an update: has anyone changed the post since this draft wrote it? Our own send's
 * marker means the last (lost) answer was ours: not a conflict.
 */
export function changedSince(post: WpPost, baseline: PostBaseline, sendId: string): boolean {
  if (readMarker(post.content.raw ?? '')?.sendId === sendId) return false;
  return (
    post.modified_gmt !== baseline.modifiedGmt ||
    (post.content.raw ?? '') !== baseline.contentRaw ||
    (baseline.fingerprint !== undefined && fingerprintOf(post) !== baseline.fingerprint)
  );
}
