import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { CaptionedPhoto } from '../../../shared/article/lexical';
import type { CaptionedPhotoPayload } from '../../editor/nodes/CaptionedPhotoNode';
import { renditionUrl } from '../../editor/photoMedia';
import { INSERT_CAPTIONED_PHOTO_COMMAND } from '../../editor/plugins/PhotosPlugin';
import { placementOf } from '../photos/renditions';
import { useMediaBase, usePhotos } from '../photos/usePhotos';

/** The photo desk beside an open draft: its records, where their files are, and placing one in the body. */
export function useDraftPhotos(draftId: string, editorRef: RefObject<LexicalEditor | null>) {
  const [open, setOpen] = useState(false);
  const desk = usePhotos(draftId);
  const mediaBase = useMediaBase();
  const media = useMemo(() => (mediaBase === null ? null : { mediaBase, draftId }), [mediaBase, draftId]);
  // The editor's drop handler keeps the lookup it was given; it reads the newest records from here.
  const photosRef = useRef(desk.photos);
  useEffect(() => {
    photosRef.current = desk.photos;
  }, [desk.photos]);
  const lookup = useCallback((photoId: string) => {
    const record = photosRef.current.find((p) => p.id === photoId);
    return record ? placementOf(record) : undefined;
  }, []);
  const place = useCallback(
    (payload: CaptionedPhotoPayload) => editorRef.current?.dispatchCommand(INSERT_CAPTIONED_PHOTO_COMMAND, payload),
    [editorRef],
  );
  const photoSrc = useCallback((photo: CaptionedPhoto) => renditionUrl(media, photo.src ?? undefined) ?? null, [media]);
  return { open, setOpen, desk, media, lookup, place, photoSrc };
}
