import { syncError } from '../failure';
import type { WordPressHttp } from './http';
import {
  existingMediaIds,
  findUploadedPhoto,
  sameWords,
  updatePhotoWords,
  uploadPhoto,
  type OutgoingPhoto,
  type SentPhoto,
} from './media';
import type { WordPressSend } from './send';
import { settle, type SendTiming } from './settle';

export interface PhotoSendOptions extends SendTiming {
  authorId: number;
}

/**
 * The story's photos into the media library, in reading order, each learned id journaled before
 * the next request. Unchanged photos (same picture, same words) are not sent again; changed words
 * update the item in place; a photo deleted in WordPress meanwhile is uploaded anew.
 */
export async function sendPhotos(
  http: WordPressHttp,
  send: WordPressSend,
  options: PhotoSendOptions,
): Promise<Record<string, SentPhoto>> {
  const { article, journal, signal } = send;
  const byId = new Map(send.photos.map((p) => [p.photoId, p]));
  const wanted = [...new Set(article.photos.map((p) => p.photoId))];
  const files = wanted.map((id) => {
    const photo = byId.get(id);
    if (!photo) throw syncError('photo_missing', 'permanent', { message: id });
    return photo;
  });
  const headline = article.headline;
  const known = journal.read().photos;
  const remembered = wanted.flatMap((id) => (known[id] ? [known[id].mediaId] : []));
  const alive = await existingMediaIds(http, { ids: remembered, authorId: options.authorId, signal });

  const result: Record<string, SentPhoto> = {};
  for (const [index, photo] of files.entries()) {
    send.progress?.({ step: 'photo', done: index, total: files.length });
    result[photo.photoId] = await sendPhoto(http, { send, photo, headline, alive, options });
  }
  if (files.length > 0) send.progress?.({ step: 'photo', done: files.length, total: files.length });
  return result;
}

async function sendPhoto(
  http: WordPressHttp,
  {
    send,
    photo,
    headline,
    alive,
    options,
  }: {
    send: WordPressSend;
    photo: OutgoingPhoto;
    headline: string;
    alive: Set<number>;
    options: PhotoSendOptions;
  },
): Promise<SentPhoto> {
  const { journal, signal } = send;
  const draftId = send.article.id;
  const remember = async (sent: SentPhoto | null, uploadingAt: string | null) => {
    const state = journal.read();
    const photos = { ...state.photos };
    const uploading = { ...state.uploadingAt };
    if (sent) photos[photo.photoId] = sent;
    else delete photos[photo.photoId];
    if (uploadingAt) uploading[photo.photoId] = uploadingAt;
    else delete uploading[photo.photoId];
    await journal.write({ ...state, photos, uploadingAt: uploading });
  };

  let sent: SentPhoto | null = journal.read().photos[photo.photoId] ?? null;
  // A different picture under the same id, or an item deleted in WordPress: upload anew.
  if (sent && (sent.sha256 !== photo.sha256 || !alive.has(sent.mediaId))) sent = null;
  const startedAt = journal.read().uploadingAt[photo.photoId];
  if (!sent && startedAt) {
    await settle(startedAt, options, signal);
    sent = await findUploadedPhoto(http, { photo, draftId, authorId: options.authorId, signal });
    await remember(sent, null);
  }
  if (!sent) {
    await remember(null, options.now().toISOString());
    sent = await uploadPhoto(http, { photo, draftId, headline, signal });
    await remember(sent, null);
    return sent;
  }
  if (!sameWords(sent, photo, headline)) {
    sent = await updatePhotoWords(http, { sent, photo, headline, signal });
    await remember(sent, null);
  }
  return sent;
}
