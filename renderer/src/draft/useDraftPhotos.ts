import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { CaptionedPhoto } from '../../../shared/article/lexical';
import type { PhotoRecord } from '../../../shared/article/photo';
import { sameWords, type PhotoWords } from '../../../shared/article/photoWords';
import type { CaptionedPhotoPayload } from '../../editor/nodes/CaptionedPhotoNode';
import { renditionUrl } from '../../editor/photoMedia';
import { INSERT_CAPTIONED_PHOTO_COMMAND } from '../../editor/plugins/PhotosPlugin';
import { call } from '../api';
import { placementOf } from '../photos/renditions';
import { useMediaBase, usePhotos } from '../photos/usePhotos';

/** How long typing in a placed photo pauses before the photo record stores it (as the desk does). */
const STORE_AFTER_MS = 600;

/**
 * Words typed in the body for a photo, not yet stored in its record. They lie over the records the
 * desk and the body see, so a store answer or a photos.changed event carrying older words never
 * takes the reporter's newer ones back.
 */
function useTypedWords(draftId: string, applied: (records: PhotoRecord[]) => void) {
  const [typed, setTyped] = useState<ReadonlyMap<string, PhotoWords>>(new Map());
  const timers = useRef(new Map<string, number>());
  const latest = useRef(new Map<string, PhotoWords>());
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => window.clearTimeout(timer));
  }, []);

  const store = useCallback(
    async (photoId: string) => {
      const words = latest.current.get(photoId);
      if (!words) return;
      try {
        const { photo } = await call(window.newsdesk.photos.update({ draftId, photoId, ...words }));
        applied([photo]);
      } catch (error) {
        // The words stay over the record (and in the body's copy); the next edit tries again.
        console.warn('[newsdesk] photo words not stored', error);
        return;
      }
      if (latest.current.get(photoId) !== words) return;
      latest.current.delete(photoId);
      setTyped((current) => {
        const next = new Map(current);
        next.delete(photoId);
        return next;
      });
    },
    [draftId, applied],
  );

  const share = useCallback(
    (photoId: string, words: PhotoWords) => {
      latest.current.set(photoId, words);
      setTyped((current) => new Map(current).set(photoId, words));
      window.clearTimeout(timers.current.get(photoId));
      timers.current.set(
        photoId,
        window.setTimeout(() => void store(photoId), STORE_AFTER_MS),
      );
    },
    [store],
  );
  return { typed, share };
}

/** The photo desk beside an open draft: its records, where their files are, and placing one in the body. */
export function useDraftPhotos(draftId: string, editorRef: RefObject<LexicalEditor | null>) {
  const [open, setOpen] = useState(false);
  const stored = usePhotos(draftId);
  const { typed, share } = useTypedWords(draftId, stored.applied);
  const photos = useMemo(
    () =>
      typed.size === 0
        ? stored.photos
        : stored.photos.map((p) => {
            const words = typed.get(p.id);
            return words && !sameWords(p, words) ? { ...p, ...words } : p;
          }),
    [stored.photos, typed],
  );
  const desk = useMemo(() => ({ ...stored, photos }), [stored, photos]);
  const mediaBase = useMediaBase();
  const media = useMemo(() => (mediaBase === null ? null : { mediaBase, draftId }), [mediaBase, draftId]);
  // The editor's drop handler and the article read the newest records from here.
  const photosRef = useRef(photos);
  useEffect(() => {
    photosRef.current = photos;
  }, [photos]);
  const lookup = useCallback((photoId: string) => {
    const record = photosRef.current.find((p) => p.id === photoId);
    return record ? placementOf(record) : undefined;
  }, []);
  const records = useCallback(() => photosRef.current, []);
  const place = useCallback(
    (payload: CaptionedPhotoPayload) => editorRef.current?.dispatchCommand(INSERT_CAPTIONED_PHOTO_COMMAND, payload),
    [editorRef],
  );
  const photoSrc = useCallback((photo: CaptionedPhoto) => renditionUrl(media, photo.src ?? undefined) ?? null, [media]);
  /** What the body's shared photos follow: null until the desk has loaded them. */
  const bodyRecords = stored.load.status === 'ready' ? photos : null;
  return { open, setOpen, desk, media, lookup, records, bodyRecords, share, place, photoSrc };
}
