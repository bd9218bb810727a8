import { useTranslation } from 'react-i18next';
import type { PhotoRecord } from '../../../shared/article/photo';
import type { FinishItem, FinishTarget } from '../../../shared/templates';
import { problemText } from './problemText';

/** The desk's photos the story does not use yet, and placing some of them with one click. */
export interface UnplacedPhotos {
  photos: readonly PhotoRecord[];
  place: (photos: readonly PhotoRecord[]) => void;
}

/** How many photos the story still lacks, when the line is about too few (or none). */
function photosLacking(item: FinishItem): number {
  const { problem } = item;
  if (problem.block !== 'photos') return 0;
  if (problem.code === 'required') return 1;
  if (problem.code === 'too_few') return problem.limit - problem.actual;
  return 0;
}

export interface FinishLineProps {
  item: FinishItem;
  onJump: (target: FinishTarget) => void;
  unplaced: UnplacedPhotos;
  readOnly?: boolean;
}

/**
 * One checklist line: a button to the place it is fixed. "Photos: 0, at least 1" while the desk
 * holds a photo the story does not use says so instead, with one click to place it.
 */
export function FinishLine({ item, onJump, unplaced, readOnly }: FinishLineProps) {
  const { t } = useTranslation();
  const lacking = photosLacking(item);
  const waiting = lacking > 0 ? unplaced.photos : [];
  const toPlace = waiting.slice(0, lacking);
  const { problem } = item;
  const actual = problem.code === 'too_few' ? problem.actual : 0;
  const text =
    waiting.length > 0
      ? t('finish.problems.photos_unplaced', { actual, limit: actual + lacking, count: waiting.length })
      : problemText(item, t);
  return (
    <li
      className={`finish-item finish-${item.severity}`}
      data-testid="finish-item"
      data-severity={item.severity}
      data-key={item.key}
    >
      <button
        type="button"
        className="finish-jump"
        onClick={() => onJump(item.target)}
        title={t('finish.goTo', { problem: text })}
      >
        <span className="finish-badge">{t(`finish.${item.severity}`)}</span>
        <span className="finish-text">{text}</span>
      </button>
      {toPlace.length > 0 && (
        <button
          type="button"
          className="button button-small finish-place"
          data-testid="finish-place-photos"
          disabled={readOnly}
          onClick={() => unplaced.place(toPlace)}
        >
          {t('finish.placePhotos', { count: toPlace.length })}
        </button>
      )}
    </li>
  );
}
