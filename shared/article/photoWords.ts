import type { CaptionedPhoto } from './lexical';
import type { PhotoRecord } from './photo';

/**
 * One caption, credit and alt text per photo: the photo record's (edited at the desk or in the
 * body, the same words everywhere). A placed photo carries a copy, kept in step by the editor so
 * a draft read without its records (search, a revision) still says the right thing; a use may
 * keep its own words only by an explicit choice ("Use a different caption here").
 */
export type PhotoWords = Pick<PhotoRecord, 'caption' | 'credit' | 'altText'>;
export type PhotoWordsRecord = Pick<PhotoRecord, 'id'> & PhotoWords;

export const PHOTO_WORD_FIELDS = ['caption', 'credit', 'altText'] as const;

export const sameWords = (a: PhotoWords, b: PhotoWords): boolean =>
  a.caption === b.caption && a.credit === b.credit && a.altText === b.altText;

/**
 * Whether a placed photo keeps its own words. Chosen, when the node says so; for a node saved
 * before one caption per photo, only if its words differ from the record's (nothing of the
 * reporter's is lost, and a copy that never changed follows the desk from now on). A photo
 * whose record is gone keeps what it has.
 */
export function keepsOwnWords(photo: PhotoWords & { ownWords?: boolean }, record: PhotoWords | undefined): boolean {
  if (!record) return true;
  return photo.ownWords ?? !sameWords(photo, record);
}

/** The words a placed photo shows and exports: its record's, unless it keeps its own. */
export function resolvePhotoWords<P extends CaptionedPhoto>(photo: P, records: ReadonlyMap<string, PhotoWords>): P {
  const record = records.get(photo.photoId);
  if (!record || keepsOwnWords(photo, record)) return photo;
  return { ...photo, caption: record.caption, credit: record.credit, altText: record.altText, ownWords: false };
}

export const recordsById = (records: readonly PhotoWordsRecord[]): ReadonlyMap<string, PhotoWords> =>
  new Map(records.map((r) => [r.id, r]));
