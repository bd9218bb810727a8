import { useCallback, useMemo } from 'react';
import type { Article } from '../../../shared/article/article';
import type { PhotoRecord } from '../../../shared/article/photo';
import type { CaptionedPhotoPayload } from '../../editor/nodes/CaptionedPhotoNode';
import { placementOf } from '../photos/renditions';
import type { UnplacedPhotos } from './FinishLine';

/**
 * The desk's photos the story does not use yet, for the open checklist (read again whenever it
 * is rechecked), and placing them as the desk's "Place in the story" does.
 */
export function useUnplacedPhotos(
  checking: { open: boolean; items: unknown },
  desk: readonly PhotoRecord[],
  article: () => Article,
  placeOne: (payload: CaptionedPhotoPayload) => void,
): UnplacedPhotos {
  const { open, items } = checking;
  const photos = useMemo(() => {
    // `items` changes with every recheck, i.e. after every edit the checklist follows.
    if (!open || items === null) return [];
    const placed = new Set(article().photos.map((photo) => photo.photoId));
    return desk.filter((photo) => !placed.has(photo.id));
  }, [open, items, desk, article]);
  const place = useCallback(
    (records: readonly PhotoRecord[]) => records.forEach((record) => placeOne(placementOf(record))),
    [placeOne],
  );
  return useMemo(() => ({ photos, place }), [photos, place]);
}
