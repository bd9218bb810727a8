import { z } from 'zod';
import { syncError } from '../failure';
import { WpTermSchema, type WpPost } from './answers';
import type { WordPressHttp } from './http';
import { withoutMarker } from './marker';
import { fetchPost } from './posts';
import { listCategories, unescapeName } from './terms';

/**
 * The story as the CMS holds it now, in the article's words, for "keep the CMS version": kept
 * beside the draft so the reporter can compare. The body stays HTML (what WordPress stores).
 */
export interface CmsVersion {
  postId: number;
  link?: string;
  status: string;
  modifiedGmt: string;
  slug: string;
  headline: string;
  lead: string;
  /** The body as WordPress holds it, our marker taken out. */
  bodyHtml: string;
  /** The first category's name; '' when none. */
  section: string;
  keywords: string[];
  featuredMediaId: number;
}

export function cmsVersionOf(post: WpPost, names: { categories: Map<number, string>; tags: Map<number, string> }) {
  const version: CmsVersion = {
    postId: post.id,
    link: post.link,
    status: post.status,
    modifiedGmt: post.modified_gmt,
    slug: post.slug,
    headline: post.title.raw ?? post.title.rendered ?? '',
    lead: (post.excerpt?.raw ?? '').trim(),
    bodyHtml: withoutMarker(post.content.raw ?? ''),
    section: post.categories.map((id) => names.categories.get(id)).find(Boolean) ?? '',
    keywords: post.tags.flatMap((id) => names.tags.get(id) ?? []),
    featuredMediaId: post.featured_media,
  };
  return version;
}

export async function fetchCmsVersion(http: WordPressHttp, postId: number, signal?: AbortSignal): Promise<CmsVersion> {
  const post = await fetchPost(http, postId, signal);
  if (!post) throw syncError('remote_missing', 'permanent', { status: 404 });
  return cmsVersionFrom(http, post, signal);
}

/** The same for a post already fetched: only the category and tag names are asked for. */
export async function cmsVersionFrom(http: WordPressHttp, post: WpPost, signal?: AbortSignal): Promise<CmsVersion> {
  const categories = new Map((await listCategories(http, signal)).map((c) => [c.id, unescapeName(c.name)]));
  const tags = new Map<number, string>();
  if (post.tags.length > 0) {
    const found = await http.json(z.array(WpTermSchema), '/wp/v2/tags', {
      query: { include: post.tags, per_page: 100 },
      signal,
    });
    for (const tag of found) tags.set(tag.id, unescapeName(tag.name));
  }
  return cmsVersionOf(post, { categories, tags });
}
