import { startTransition, useEffect, useState } from 'react';
import type { PhotoRecord } from '../../../shared/article/photo';
import { call } from '../api';

export type PhotosLoad = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready' };

/** Replaces records by id, keeps the rest, appends new ones (oldest import first). */
export function mergePhotos(current: readonly PhotoRecord[], changed: readonly PhotoRecord[]): PhotoRecord[] {
  const next = [...current];
  for (const photo of changed) {
    const at = next.findIndex((p) => p.id === photo.id);
    if (at === -1) next.push(photo);
    else next[at] = photo;
  }
  return next;
}

/** The draft's photos, kept live by photos.changed. */
export function usePhotos(draftId: string) {
  const [photos, setPhotos] = useState<PhotoRecord[]>([]);
  const [load, setLoad] = useState<PhotosLoad>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    const off = window.newsdesk.photos.onChanged((event) => {
      // A transition: during an import a photo arrives every few hundred ms, and React renders the
      // desk for it in slices that give way to the reporter's keystrokes.
      if (event.draftId === draftId) startTransition(() => setPhotos((current) => mergePhotos(current, [event.photo])));
    });
    call(window.newsdesk.photos.list({ draftId }))
      .then((result) => {
        if (!live) return;
        setPhotos((current) => mergePhotos(result.photos, current));
        setLoad({ status: 'ready' });
      })
      .catch((error: unknown) => live && setLoad({ status: 'failed', error }));
    return () => {
      live = false;
      off();
    };
  }, [draftId]);

  const applied = (changed: readonly PhotoRecord[]) => setPhotos((current) => mergePhotos(current, changed));
  return { photos, load, applied };
}

let mediaBase: Promise<string> | undefined;

/** Where renditions are served from (asked once per window). */
export function useMediaBase(): string | null {
  const [base, setBase] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    mediaBase ??= call(window.newsdesk.app.info({})).then((info) => info.mediaBase);
    mediaBase
      .then((value) => live && setBase(value))
      .catch((error: unknown) => {
        mediaBase = undefined;
        console.warn('[newsdesk] app.info failed', error);
      });
    return () => {
      live = false;
    };
  }, []);
  return base;
}
