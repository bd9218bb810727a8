import path from 'node:path';
import { articleFromDraft } from '../../../shared/article/article';
import type { Draft } from '../../../shared/article/draft';
import type { PhotoRecord } from '../../../shared/article/photo';
import type { HouseStyle } from '../../../shared/format/houseStyle';
import type { Story, StoryPhoto } from './adapter';
import { syncError } from './failure';

/** A draft's photos as the photo desk keeps them: the records, and the folder their files are named from. */
export interface DraftPhotos {
  /** The folder the records' `file` paths are relative to (`drafts/<id>/photos`). */
  dir: string;
  records: PhotoRecord[];
}

/**
 * The story to send: the queued revision read into an article, and each photo of its body (once,
 * in body order) with its renditions on disk. A photo the body shows but the desk no longer has
 * fails the send: a story must never go out without a picture its text points at.
 *
 * Captions, credits and alt texts are the photo records' (one set of words per photo, what the
 * desk shows), not the copies the body's nodes carry: a correction made at the photo desk after
 * the story was queued still goes out, and a use that chose its own words keeps them
 * (shared/article/photoWords.ts).
 */
export function storyOf(draft: Draft, photos: DraftPhotos, houseStyle: HouseStyle): Story {
  const article = articleFromDraft(draft, photos.records);
  const records = new Map(photos.records.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const storyPhotos: StoryPhoto[] = [];
  for (const photo of article.photos) {
    if (seen.has(photo.photoId)) continue;
    seen.add(photo.photoId);
    const record = records.get(photo.photoId);
    if (!record || record.renditions.length === 0) throw syncError('photo_missing', 'permanent');
    storyPhotos.push({
      id: record.id,
      name: `photo-${storyPhotos.length + 1}`,
      fileName: record.name,
      caption: photo.caption,
      credit: photo.credit,
      altText: photo.altText,
      copyright: record.copyright,
      renditions: [...record.renditions]
        .sort((a, b) => b.width - a.width)
        .map((r) => ({
          width: r.width,
          height: r.height,
          format: r.format,
          bytes: r.bytes,
          path: path.join(photos.dir, r.file),
        })),
    });
  }
  return { draft, article, photos: storyPhotos, houseStyle };
}
