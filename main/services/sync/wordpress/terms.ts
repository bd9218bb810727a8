import { z } from 'zod';
import { slugify } from '../../../../shared/format/slug';
import { syncError } from '../failure';
import { WpTermSchema, type WpTerm } from './answers';
import type { WordPressTermCache } from './cache';
import { failureOfAnswer, wpErrorOf, type WordPressHttp } from './http';
import { listAll } from './paging';

const sameName = (a: string, b: string) =>
  a.normalize('NFC').trim().toLocaleLowerCase('vi') === b.normalize('NFC').trim().toLocaleLowerCase('vi');

/** WordPress stores names HTML-escaped (`&amp;`): compared as a reader sees them. */
export const unescapeName = (name: string) =>
  name
    .replace(/&amp;/g, '&')
    .replace(/&#0?39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

export const listCategories = (http: WordPressHttp, signal?: AbortSignal) =>
  listAll(http, WpTermSchema, '/wp/v2/categories', { query: { hide_empty: 'false', orderby: 'id' }, signal });

/** The section's category, by name or by its slug. An Author may not create one. */
export function categoryFor(section: string, categories: readonly WpTerm[]): WpTerm | null {
  const wanted = section.trim();
  if (!wanted) return null;
  return (
    categories.find((c) => sameName(unescapeName(c.name), wanted)) ??
    categories.find((c) => c.slug === slugify(wanted)) ??
    null
  );
}

/** A section the site has no category for: the desk must pick another or ask an admin. */
export const categoryMissing = (section: string) =>
  syncError('category_missing', 'permanent', { message: section.slice(0, 500) });

/**
 * The tags for the story's keywords: an existing tag by name or slug, else a new one (an Author
 * may create tags). A tag made meanwhile by someone else answers 400 `term_exists` with its id.
 */
export async function tagIdsFor(
  http: WordPressHttp,
  keywords: readonly string[],
  { cache, signal }: { cache: WordPressTermCache; signal?: AbortSignal },
) {
  const ids: number[] = [];
  for (const keyword of new Set(keywords.map((k) => k.trim().normalize('NFC')).filter(Boolean))) {
    const id = cache.tag(keyword) ?? (await tagIdFor(http, keyword, signal));
    cache.rememberTag(keyword, id);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

async function tagIdFor(http: WordPressHttp, keyword: string, signal?: AbortSignal): Promise<number> {
  const found = await http.json(z.array(WpTermSchema), '/wp/v2/tags', {
    query: { search: keyword, per_page: 100, hide_empty: 'false' },
    signal,
  });
  const slug = slugify(keyword);
  const match = found.find((t) => sameName(unescapeName(t.name), keyword)) ?? found.find((t) => t.slug === slug);
  if (match) return match.id;
  const answer = await http.request('/wp/v2/tags', { method: 'POST', json: { name: keyword }, signal });
  if (answer.status === 201 || answer.status === 200) {
    const created = WpTermSchema.safeParse(answer.body);
    if (created.success) return created.data.id;
    throw syncError('bad_answer', 'permanent', { status: answer.status });
  }
  const error = wpErrorOf(answer);
  // The tag exists (made by someone else, or our own lost answer): WordPress gives its id.
  if (answer.status === 400 && error?.code === 'term_exists' && error.data?.term_id) return error.data.term_id;
  throw failureOfAnswer(answer);
}
