import { startTransition, useEffect, useState } from 'react';
import type { PhotoRecord } from '../../../shared/article/photo';
import { call } from '../api';
import { createBatcher } from './batcher';

/** How often photos arriving from an import are put on the desk. */
export const PHOTO_BATCH_MS = 250;

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
    // Arrivals are applied a few times a second, as a transition: during an import a photo comes
    // every few hundred ms, and React renders the desk for them in slices that give way to typing.
    const arrivals = createBatcher<PhotoRecord>(PHOTO_BATCH_MS, (changed) =>
      startTransition(() => setPhotos((current) => mergePhotos(current, changed))),
    );
    const off = window.newsdesk.photos.onChanged((event) => {
      if (event.draftId === draftId) arrivals.add(event.photo);
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
      arrivals.cancel();
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
