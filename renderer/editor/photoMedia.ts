import { createContext, useContext } from 'react';

/** Where the open draft's renditions are served from; set by the draft screen. */
export interface PhotoMedia {
  mediaBase: string;
  draftId: string;
}

export const PhotoMediaContext = createContext<PhotoMedia | null>(null);

export function usePhotoMedia(): PhotoMedia | null {
  return useContext(PhotoMediaContext);
}

/** A rendition's URL: `${mediaBase}${draftId}/photos/${file}` (a web address is used as is). */
export function renditionUrl(media: PhotoMedia | null, file: string | undefined): string | undefined {
  if (!file) return undefined;
  if (/^https?:\/\//i.test(file)) return file;
  return media ? `${media.mediaBase}${media.draftId}/photos/${file}` : undefined;
}
