import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoRecord } from '../../../shared/article/photo';
import { PHOTO_DRAG_TYPE } from '../../editor/plugins/PhotosPlugin';
import { gpsStateOf, needsOf } from './renditions';

export interface PhotoTileProps {
  photo: PhotoRecord;
  /** Its place in the grid, handed back to the handlers (which stay the same from render to render). */
  index: number;
  thumbnail: string | undefined;
  selected: boolean;
  focused: boolean;
  open: boolean;
  onClick: (index: number, event: MouseEvent) => void;
  onKeyDown: (index: number, event: KeyboardEvent) => void;
  onFocus: (index: number) => void;
}

const NEED_BADGE = { caption: 'badge-needs-caption', credit: 'badge-needs-credit', alt: 'badge-needs-alt' } as const;

/**
 * One photo on the desk: thumbnail, name, what it still needs; draggable into the body. Memoised:
 * during a 200-photo import each arriving photo re-renders the desk, and only the tiles whose
 * props changed (the new one, a moved focus) render again — not all of them, beside a reporter's
 * typing.
 */
export const PhotoTile = memo(function PhotoTile({
  photo,
  index,
  thumbnail,
  selected,
  focused,
  open,
  onClick,
  onKeyDown,
  onFocus,
}: PhotoTileProps) {
  const { t } = useTranslation();
  return (
    <li
      role="option"
      className={open ? 'photo-tile photo-tile-open' : 'photo-tile'}
      data-testid="photo-tile"
      data-photo-id={photo.id}
      data-name={photo.name}
      aria-selected={selected}
      tabIndex={focused ? 0 : -1}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(PHOTO_DRAG_TYPE, JSON.stringify({ photoId: photo.id }));
        event.dataTransfer.effectAllowed = 'copy';
      }}
      onClick={(event) => onClick(index, event)}
      onKeyDown={(event) => onKeyDown(index, event)}
      onFocus={() => onFocus(index)}
    >
      <div className="photo-thumb">
        {thumbnail ? (
          <img src={thumbnail} alt={photo.altText} loading="lazy" decoding="async" draggable={false} />
        ) : null}
      </div>
      <div className="photo-tile-name" title={photo.name}>
        {photo.name}
      </div>
      <div className="photo-badges">
        {needsOf(photo).map((need) => (
          <span key={need} className="badge badge-need" data-testid={NEED_BADGE[need]}>
            {t(`photos.badges.${need}`)}
          </span>
        ))}
        {gpsStateOf(photo) === 'removed' && (
          <span className="badge badge-gps" data-testid="badge-gps-removed" title={t('photos.badges.gpsHint')}>
            {t('photos.badges.gps')}
          </span>
        )}
        {gpsStateOf(photo) === 'kept' && (
          <span className="badge badge-gps-kept" data-testid="badge-gps-kept" title={t('photos.badges.gpsKeptHint')}>
            {t('photos.badges.gpsKept')}
          </span>
        )}
      </div>
    </li>
  );
});
