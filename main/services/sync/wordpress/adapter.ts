import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { TargetOf } from '../../../../shared/contract/sync';
import type { SendContext, StoryPhoto, SyncAdapter, TestContext } from '../adapter';
import { syncError } from '../failure';
import type { JsonValue } from '../SendRecords';
import { WordPressTermCache } from './cache';
import { cmsVersionFrom } from './cmsVersion';
import { testWordPress } from './connection';
import { wordPressHttp, type WordPressHttpOptions } from './http';
import { WordPressIdentity } from './identity';
import { wordPressJournal } from './journal';
import type { OutgoingPhoto } from './media';
import { baselineOf, fetchPost } from './posts';
import { sendToWordPress } from './send';

type WordPressTarget = TargetOf<'wordpress'>;

export interface WordPressAdapterOptions extends Pick<WordPressHttpOptions, 'timeoutMs' | 'uploadTimeoutMs' | 'fetch'> {
  /** How long an unanswered write may still run at the server before a lookup trusts "not there". */
  settleMs?: number;
}

/** The WordPress target behind the sync core's adapter interface (main/services/sync/adapter.ts). */
export function wordPressAdapter(options: WordPressAdapterOptions = {}): SyncAdapter<WordPressTarget> {
  // Per site and user: categories and tag ids are not listed again on every retry.
  const caches = new Map<string, WordPressTermCache>();
  const cacheOf = (target: WordPressTarget) => {
    const key = `${target.url}\n${target.username}`;
    let cache = caches.get(key);
    if (!cache) caches.set(key, (cache = new WordPressTermCache()));
    return cache;
  };
  // Per site, user and password: a new password is checked again before the next send.
  const identities = new Map<string, WordPressIdentity>();
  const identityOf = (target: WordPressTarget, secret: string | null) => {
    const key = createHash('sha256')
      .update(JSON.stringify([target.url, target.username, secret]))
      .digest('hex');
    let identity = identities.get(key);
    if (!identity) identities.set(key, (identity = new WordPressIdentity()));
    return identity;
  };
  const httpOf = (target: WordPressTarget, secret: string | null, now?: () => Date) => {
    if (!secret) throw syncError('secret_missing', 'permanent');
    return wordPressHttp({ url: target.url, username: target.username, password: secret }, { ...options, now });
  };
  const postIdOf = (context: SendContext<WordPressTarget>) => {
    const entry = context.journal.get('post');
    const fromJournal = entry?.state === 'done' ? (entry.value as { postId?: unknown }).postId : undefined;
    const id = Number(fromJournal ?? context.record.remote?.id);
    if (!Number.isInteger(id) || id <= 0) throw syncError('remote_missing', 'permanent');
    return id;
  };

  return {
    kind: 'wordpress',
    needsSecret: () => true,
    async send(context) {
      const { story, target, job } = context;
      const http = httpOf(target, context.secret, context.now);
      const photos = story.photos.map(outgoingPhotoOf);
      const sent = await sendToWordPress(http, {
        article: story.article,
        photos,
        postStatus: target.postStatus,
        sendId: job.id,
        overwrite: context.overwrite,
        journal: wordPressJournal(
          context.journal,
          photos.map((p) => p.photoId),
        ),
        houseStyle: story.houseStyle,
        progress: context.progress,
        signal: context.signal,
        terms: cacheOf(target),
        identity: identityOf(target, context.secret),
        settleMs: options.settleMs,
        now: context.now,
      });
      return { remote: sent.remote, baseline: sent.state.post as JsonValue };
    },
    test: (context: TestContext<WordPressTarget>) =>
      testWordPress(httpOf(context.target, context.secret), context.signal),
    /** "Keep the CMS version": its fields to compare, and its state as the baseline the next send updates. */
    async fetchRemote(context) {
      const http = httpOf(context.target, context.secret, context.now);
      const postId = postIdOf(context);
      const post = await fetchPost(http, postId, context.signal);
      if (!post) throw syncError('remote_missing', 'permanent', { status: 404 });
      const copy = await cmsVersionFrom(http, post, context.signal);
      const baseline = baselineOf(post);
      await context.journal.done('post', baseline);
      return { copy: copy as unknown as JsonValue, baseline: baseline as JsonValue };
    },
  };
}

/** A story photo as the media library gets it: its largest JPEG rendition, read only when uploaded. */
export function outgoingPhotoOf(photo: StoryPhoto): OutgoingPhoto {
  const rendition = photo.renditions.find((r) => r.format === 'jpeg') ?? photo.renditions[0];
  if (!rendition) throw syncError('photo_missing', 'permanent');
  return {
    photoId: photo.id,
    sha256: photo.id,
    name: photo.fileName,
    caption: photo.caption,
    credit: photo.credit,
    altText: photo.altText,
    contentType: rendition.format === 'webp' ? 'image/webp' : 'image/jpeg',
    bytes: async () => {
      try {
        return new Uint8Array(await readFile(rendition.path));
      } catch {
        throw syncError('photo_missing', 'permanent');
      }
    },
  };
}
