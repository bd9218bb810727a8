import type { Article } from '../../../../shared/article/article';
import type { RemoteRef, SyncProgress } from '../../../../shared/contract/sync';
import { articleToHtml } from '../../../../shared/export/html';
import type { ExportRendition } from '../../../../shared/export/options';
import type { HouseStyle } from '../../../../shared/format/houseStyle';
import { slugify } from '../../../../shared/format/slug';
import { SyncError, syncError } from '../failure';
import type { WpPost } from './answers';
import { WordPressTermCache } from './cache';
import { whoAmI } from './connection';
import { flushedBefore, heldJournal } from './heldJournal';
import type { WordPressHttp } from './http';
import type { WordPressIdentity } from './identity';
import { postMarker } from './marker';
import { sendPhotos, type PhotoSendOptions } from './sendPhotos';
import type { OutgoingPhoto } from './media';
import {
  baselineOf,
  changedSince,
  checkEcho,
  createPost,
  fetchPost,
  findPostOfDraft,
  updatePost,
  type PostBaseline,
  type PostFields,
} from './posts';
import { abortableSleep, settle, type SendTiming } from './settle';
import type { WordPressJournal, WordPressState } from './state';
import { categoryFor, categoryMissing, listCategories, tagIdsFor } from './terms';

export interface WordPressSend {
  article: Article;
  /** The story's photos with their files, one per photo id (the article's order decides). */
  photos: readonly OutgoingPhoto[];
  postStatus: 'draft' | 'pending';
  /** Unique per send (the outbox job's id): written into the post's marker. */
  sendId: string;
  /** The reporter chose "overwrite" after a conflict. */
  overwrite: boolean;
  journal: WordPressJournal;
  houseStyle?: HouseStyle;
  progress?: (progress: SyncProgress) => void;
  /** The site's categories and tag ids, kept between tries (one per target). */
  terms?: WordPressTermCache;
  /** Who the password belongs to, checked once and trusted while sends get through (one per site, user and password). */
  identity?: WordPressIdentity;
  signal?: AbortSignal;
  /** How long an unanswered write may still be running at the server before we look for its result. */
  settleMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => Date;
}

export interface WordPressSent {
  remote: RemoteRef;
  state: WordPressState;
}

/**
 * One try at sending a story: photos to the media library (only those new or changed since
 * this draft last sent them), then the post. Safe to call again after any failure with the same
 * journal: what is known is not redone, what may have happened is looked for first.
 */
export async function sendToWordPress(client: WordPressHttp, request: WordPressSend): Promise<WordPressSent> {
  const journal = heldJournal(request.journal);
  const http = flushedBefore(client, journal.flush);
  try {
    const sent = await sendOnce(http, { ...request, journal });
    await journal.flush();
    return sent;
  } catch (error) {
    request.identity?.forget();
    // What this try learned is kept if the disk allows; if not, the "begun" entries on disk
    // make the next try look for it.
    await journal.flush().catch(() => undefined);
    throw error;
  }
}

async function sendOnce(http: WordPressHttp, send: WordPressSend): Promise<WordPressSent> {
  const { article, signal, journal } = send;
  // Also the credential check: lists answer anonymous on a bad password.
  const check = () => whoAmI(http, signal);
  const me = send.identity ? await send.identity.of(check) : await check();
  const terms = send.terms ?? new WordPressTermCache();
  terms.used = false;
  const section = article.section.trim();
  let categories: number[] = [];
  if (section) {
    // Checked before anything is uploaded: photos are public the moment they are.
    const category = categoryFor(section, await terms.categoriesOf(() => listCategories(http, signal)));
    if (!category) throw categoryMissing(section);
    categories = [category.id];
  }
  const options: PhotoSendOptions = { ...defaults(send), authorId: me.id };
  const sentPhotos = await sendPhotos(http, send, options);
  const tags = await tagIdsFor(http, article.keywords, { cache: terms, signal });

  const renditions: Record<string, ExportRendition[]> = {};
  for (const [photoId, sent] of Object.entries(sentPhotos)) {
    renditions[photoId] = [{ name: 'wordpress', href: sent.url, width: sent.width, height: sent.height }];
  }
  const html = articleToHtml(article, { houseStyle: send.houseStyle, renditions });
  const firstPhoto = article.photos.find((p) => sentPhotos[p.photoId]);
  const fields: PostFields = {
    title: article.headline.trim(),
    content: `${html}\n${postMarker(article.id, send.sendId)}`,
    excerpt: article.lead.trim(),
    slug: slugify(article.headline),
    status: send.postStatus,
    featured_media: firstPhoto ? sentPhotos[firstPhoto.photoId].mediaId : 0,
    categories,
    tags,
  };
  send.progress?.({ step: 'story', done: 0, total: 1 });
  const post = await sendPost(http, send, fields, options);
  try {
    checkEcho(post.echo, fields);
  } catch (error) {
    // An id from the cache may be one deleted since: forgotten, and the next try looks again.
    if (!terms.used || !(error instanceof SyncError)) throw error;
    terms.forget();
    throw new SyncError(error.failure, 'transient');
  }
  send.progress?.({ step: 'story', done: 1, total: 1 });
  const state = journal.read();
  return { remote: { id: String(post.baseline.postId), url: post.baseline.link }, state };
}

function defaults(send: WordPressSend): SendTiming {
  return {
    settleMs: send.settleMs ?? 10_000,
    sleep: send.sleep ?? abortableSleep,
    now: send.now ?? (() => new Date()),
  };
}

async function sendPost(
  http: WordPressHttp,
  send: WordPressSend,
  fields: PostFields,
  options: PhotoSendOptions,
): Promise<{ baseline: PostBaseline; echo: WpPost }> {
  const { journal, signal, article } = send;
  let state = journal.read();
  if (!state.post && state.creatingPostAt) {
    await settle(state.creatingPostAt, options, signal);
    const found = await findPostOfDraft(http, { draftId: article.id, authorId: options.authorId, signal });
    state = { ...state, post: found ? baselineOf(found) : null, creatingPostAt: null };
    await journal.write(state);
  }
  if (!state.post) {
    await journal.write({ ...state, creatingPostAt: options.now().toISOString() });
    const created = await createPost(http, fields, signal);
    await journal.write({ ...journal.read(), post: baselineOf(created), creatingPostAt: null });
    return { baseline: baselineOf(created), echo: created };
  }
  const current = await fetchPost(http, state.post.postId, signal);
  if (!current) {
    // Deleted or trashed in WordPress: forgotten here, so sending again makes a new post.
    await journal.write({ ...state, post: null });
    throw syncError('remote_missing', 'permanent', { status: 404 });
  }
  if (!send.overwrite && changedSince(current, state.post, send.sendId)) {
    throw syncError('changed_remotely', 'conflict');
  }
  const updated = await updatePost(http, current.id, fields, signal);
  await journal.write({ ...journal.read(), post: baselineOf(updated) });
  return { baseline: baselineOf(updated), echo: updated };
}
