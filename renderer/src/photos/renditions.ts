import type { PhotoRecord, Rendition } from '../../../shared/article/photo';
import type { CaptionedPhotoPayload } from '../../editor/nodes/CaptionedPhotoNode';

/** The widest rendition no wider than `width`, else the narrowest there is. */
export function renditionFor(record: Pick<PhotoRecord, 'renditions'>, width: number): Rendition | undefined {
  const byWidth = [...record.renditions].sort((a, b) => a.width - b.width);
  const fitting = byWidth.filter((r) => r.width <= width);
  return fitting.at(-1) ?? byWidth[0];
}

export const THUMBNAIL_WIDTH = 320;
export const BODY_WIDTH = 1280;

/** What the body's captioned photo copies from the record when it is placed. */
export function placementOf(record: PhotoRecord): CaptionedPhotoPayload {
  return {
    photoId: record.id,
    src: renditionFor(record, BODY_WIDTH)?.file,
    caption: record.caption,
    credit: record.credit,
    altText: record.altText,
    width: record.width,
    height: record.height,
    // The photo's own words: the placed copy follows the desk (one caption per photo).
    ownWords: false,
  };
}

export type PhotoNeed = 'caption' | 'credit' | 'alt';

/** What a photo still lacks before it can run. */
export function needsOf(record: PhotoRecord): PhotoNeed[] {
  const needs: PhotoNeed[] = [];
  if (record.caption.trim() === '') needs.push('caption');
  if (record.credit.trim() === '') needs.push('credit');
  if (record.altText.trim() === '') needs.push('alt');
  return needs;
}

/**
 * What the published copies do with the place a photo was taken, as the desk chose it: the
 * files follow the choice about a second later. Undefined when the original had no location.
 */
export function gpsStateOf(
  record: Pick<PhotoRecord, 'metadata' | 'keepGps' | 'stripped'>,
): 'kept' | 'removed' | undefined {
  if (record.metadata.hasGps) return record.keepGps ? 'kept' : 'removed';
  // GPS tags without a position: removed, and there is nothing one could keep.
  return record.stripped.includes('gps') ? 'removed' : undefined;
}
