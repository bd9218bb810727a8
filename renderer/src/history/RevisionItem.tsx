import { useTranslation } from 'react-i18next';
import type { RevisionInfo } from '../../../shared/article/draft';
import { currentLanguage } from '../../i18n';
import { formatClock, formatDate, isSameDay } from '../format/time';

export interface RevisionItemProps {
  info: RevisionInfo;
  current: boolean;
  /** When the version a restore brought back was saved, if it is still listed. */
  restoredFromAt: string | null;
  /** Ticked for the compare view; `canChoose` is false once two others are ticked. */
  chosen: boolean;
  canChoose: boolean;
  onChoose: (info: RevisionInfo, chosen: boolean) => void;
  onOpen: (info: RevisionInfo) => void;
}

/**
 * One saved version in the history list: its name first when it has one (named versions stand
 * out: "Gửi ban biên tập"), then "16:41:07 · Hôm nay", what kind of version it is, the headline
 * and the word count; a box to choose it for comparing.
 */
export function RevisionItem({
  info,
  current,
  restoredFromAt,
  chosen,
  canChoose,
  onChoose,
  onOpen,
}: RevisionItemProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const savedAt = new Date(info.savedAt);
  const clock = formatClock(savedAt, language);
  const untitled = info.headline.trim() === '';
  const restoredFrom = restoredFromAt ? formatClock(new Date(restoredFromAt), language) : null;
  return (
    <li className={info.name === null ? 'revision-row' : 'revision-row revision-named'} data-testid="revision-row">
      <label className="revision-choose">
        <input
          type="checkbox"
          checked={chosen}
          disabled={!chosen && !canChoose}
          data-testid="compare-choose"
          onChange={(event) => onChoose(info, event.target.checked)}
        />
        <span className="visually-hidden">{t('history.compare.choose', { time: info.name ?? clock })}</span>
      </label>
      <button
        type="button"
        className="revision-item"
        data-testid="revision-item"
        data-revision={info.revision}
        onClick={() => onOpen(info)}
      >
        {info.name !== null && (
          <span className="revision-name" data-testid="revision-name">
            {info.name}
          </span>
        )}
        <span className="revision-when">
          <time dateTime={info.savedAt} className="revision-time">
            {clock}
          </time>
          <span className="revision-date">
            {isSameDay(savedAt, new Date()) ? t('history.today') : formatDate(savedAt, language)}
          </span>
          {current && <span className="revision-current">{t('history.current')}</span>}
        </span>
        {(info.finished || info.restoredFrom !== null) && (
          <span className="revision-kind" data-testid="revision-kind">
            {info.finished
              ? t('history.kind.finished')
              : restoredFrom
                ? t('history.kind.restoredFrom', { time: restoredFrom })
                : t('history.kind.restored')}
          </span>
        )}
        <span
          className={untitled ? 'revision-headline revision-untitled' : 'revision-headline'}
          lang={untitled ? undefined : 'vi'}
        >
          {untitled ? t('drafts.untitled') : info.headline}
        </span>
        <span className="revision-words" data-testid="revision-words">
          {t('history.words', { count: info.words })}
        </span>
      </button>
    </li>
  );
}
