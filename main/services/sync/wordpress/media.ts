import { z } from 'zod';
import { slugify } from '../../../../shared/format/slug';
import { WpMediaSchema, type WpMedia } from './answers';
import type { WordPressHttp } from './http';
import { draftMarker } from './marker';
import { listAll } from './paging';

/** A photo of the story as it goes to the media library. */
export interface OutgoingPhoto {
  /** The photo's id in the story (its CaptionedPhoto node). */
  photoId: string;
  /** SHA-256 of the original (hex): the same picture keeps its token whatever its caption. */
  sha256: string;
  /** The name it was imported from ("IMG_0042.HEIC"); only its words go into the file name. */
  name: string;
  caption: string;
  credit: string;
  altText: string;
  /** The rendition to publish (a JPEG made by the photo pipeline), read only when it is uploaded. */
  bytes(): Promise<Uint8Array>;
  contentType?: string;
}

/** What WordPress holds for one photo: the media item and the words it carries. */
export const SentPhotoSchema = z.object({
  mediaId: z.number().int().positive(),
  url: z.string(),
  width: z.number().optional(),
  height: z.number().optional(),
  sha256: z.string(),
  caption: z.string(),
  altText: z.string(),
  title: z.string(),
});
export type SentPhoto = z.infer<typeof SentPhotoSchema>;

export const photoToken = (sha256: string) => `nd-${sha256.slice(0, 12).toLowerCase()}`;

/**
 * `nd-<sha12>-<words of the photo's name>.jpg` (or .webp): the token makes an upload findable after a lost
 * answer (WordPress's media search matches file names); the rest is for people browsing the library.
 */
export function mediaFileName(photo: Pick<OutgoingPhoto, 'sha256' | 'name' | 'contentType'>): string {
  const words = slugify(photo.name.replace(/\.[a-z0-9]{2,5}$/i, ''), 40);
  const extension = photo.contentType === 'image/webp' ? 'webp' : 'jpg';
  return `${photoToken(photo.sha256)}${words ? `-${words}` : ''}.${extension}`;
}

/**
 * The caption WordPress shows under the photo: "<caption> (Ảnh: <credit>)", the house form of
 * Vietnamese papers. A credit already starting with "Ảnh"/"Photo" is kept as written.
 */
export function captionWithCredit(caption: string, credit: string): string {
  const words = caption.trim();
  const by = credit.trim();
  if (!by) return words;
  const labelled = /^(ảnh|photo|foto)\b/iu.test(by) ? by : `Ảnh: ${by}`;
  return words ? `${words} (${labelled})` : `(${labelled})`;
}

/** The words a photo carries to WordPress, all NFC: what "unchanged" is compared on. */
export function mediaWordsOf(photo: OutgoingPhoto, headline: string) {
  const caption = captionWithCredit(photo.caption, photo.credit).normalize('NFC');
  const altText = photo.altText.trim().normalize('NFC');
  // The title names the item in the media library; the caption's start says what it shows.
  const title = (photo.caption.trim() || headline.trim() || photo.name).slice(0, 200).normalize('NFC');
  return { caption, altText, title };
}

const sentOf = (media: WpMedia, sha256: string, words: ReturnType<typeof mediaWordsOf>): SentPhoto => ({
  mediaId: media.id,
  url: media.source_url,
  width: media.media_details?.width,
  height: media.media_details?.height,
  sha256,
  ...words,
});

export async function uploadPhoto(
  http: WordPressHttp,
  {
    photo,
    draftId,
    headline,
    signal,
  }: { photo: OutgoingPhoto; draftId: string; headline: string; signal?: AbortSignal },
): Promise<SentPhoto> {
  const words = mediaWordsOf(photo, headline);
  const form = new FormData();
  const bytes = await photo.bytes();
  form.append('file', new Blob([bytes], { type: photo.contentType ?? 'image/jpeg' }), mediaFileName(photo));
  form.append('title', words.title);
  form.append('caption', words.caption);
  form.append('alt_text', words.altText);
  // The draft's marker tells this draft's upload from another draft's upload of the same picture.
  form.append('description', draftMarker(draftId));
  const media = await http.json(WpMediaSchema, '/wp/v2/media', { method: 'POST', form, signal });
  return sentOf(media, photo.sha256, words);
}

/** Changed caption, credit or alt text: the item is updated in place, the file not sent again. */
export async function updatePhotoWords(
  http: WordPressHttp,
  { sent, photo, headline, signal }: { sent: SentPhoto; photo: OutgoingPhoto; headline: string; signal?: AbortSignal },
): Promise<SentPhoto> {
  const words = mediaWordsOf(photo, headline);
  const media = await http.json(WpMediaSchema, `/wp/v2/media/${sent.mediaId}`, {
    method: 'POST',
    json: { title: words.title, caption: words.caption, alt_text: words.altText },
    signal,
  });
  return sentOf(media, photo.sha256, words);
}

export const sameWords = (sent: SentPhoto, photo: OutgoingPhoto, headline: string) => {
  const words = mediaWordsOf(photo, headline);
  return (
    sent.sha256 === photo.sha256 &&
    sent.caption === words.caption &&
    sent.altText === words.altText &&
    sent.title === words.title
  );
};

/**
 * After an upload whose answer was lost: the item it may have made, found by the file-name token
 * among this user's uploads and told apart from other drafts' by the marker in its description.
 */
export async function findUploadedPhoto(
  http: WordPressHttp,
  {
    photo,
    draftId,
    authorId,
    signal,
  }: {
    photo: OutgoingPhoto;
    draftId: string;
    authorId: number;
    signal?: AbortSignal;
  },
): Promise<SentPhoto | null> {
  const token = photoToken(photo.sha256);
  const found = await listAll(http, WpMediaSchema, '/wp/v2/media', {
    query: { search: token, author: authorId, context: 'edit', orderby: 'id', order: 'asc' },
    signal,
  });
  const marker = draftMarker(draftId);
  const ours = found.find(
    (m) => fileOf(m).includes(token) && (m.description?.raw ?? m.description?.rendered ?? '').includes(marker),
  );
  if (!ours) return null;
  // Its words are what WordPress holds, so an edited caption is noticed and updated next.
  return sentOf(ours, photo.sha256, {
    caption: ours.caption?.raw ?? '',
    altText: ours.alt_text ?? '',
    title: ours.title?.raw ?? '',
  });
}

const fileOf = (media: WpMedia) => media.media_details?.file ?? media.source_url;

/** Which of these media items still exist (one request): a photo deleted in WordPress is uploaded again. */
export async function existingMediaIds(
  http: WordPressHttp,
  { ids, authorId, signal }: { ids: number[]; authorId: number; signal?: AbortSignal },
): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const found = await listAll(http, WpMediaSchema, '/wp/v2/media', {
    query: { include: ids, author: authorId, context: 'edit' },
    signal,
  });
  return new Set(found.map((m) => m.id));
}
