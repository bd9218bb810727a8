import { useTranslation } from 'react-i18next';
import type { RevisionInfo } from '../../../shared/article/draft';
import { currentLanguage } from '../../i18n';
import { formatClock, formatDate, isSameDay } from '../format/time';

export interface RevisionItemProps {
  info: RevisionInfo;
  current: boolean;
  onOpen: (info: RevisionInfo) => void;
}

/** One saved version in the history list: "16:41:07 · Hôm nay", headline, word count. */
export function RevisionItem({ info, current, onOpen }: RevisionItemProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const savedAt = new Date(info.savedAt);
  const untitled = info.headline.trim() === '';
  return (
    <li>
      <button
        type="button"
        className="revision-item"
        data-testid="revision-item"
        data-revision={info.revision}
        onClick={() => onOpen(info)}
      >
        <span className="revision-when">
          <time dateTime={info.savedAt} className="revision-time">
            {formatClock(savedAt, language)}
          </time>
          <span className="revision-date">
            {isSameDay(savedAt, new Date()) ? t('history.today') : formatDate(savedAt, language)}
          </span>
          {current && <span className="revision-current">{t('history.current')}</span>}
        </span>
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
