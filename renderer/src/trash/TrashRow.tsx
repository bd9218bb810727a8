import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashedDraft } from '../../../shared/article/draft';
import { currentLanguage } from '../../i18n';
import { formatDate, formatMoment } from '../format/time';

export interface TrashRowProps {
  draft: TrashedDraft;
  onRestore: (draft: TrashedDraft) => Promise<void>;
}

/** One deleted draft: what it was, when it was deleted, when it goes for good, and Restore. */
export function TrashRow({ draft, onRestore }: TrashRowProps) {
  const { t } = useTranslation();
  const [restoring, setRestoring] = useState(false);
  const language = currentLanguage();
  const untitled = draft.headline.trim() === '';

  const restore = async () => {
    setRestoring(true);
    await onRestore(draft);
    setRestoring(false);
  };

  return (
    <li className="trash-row" data-testid="trash-row" data-draft-id={draft.id}>
      <span className="draft-text">
        <span
          className={untitled ? 'draft-title draft-title-untitled' : 'draft-title'}
          lang={untitled ? undefined : 'vi'}
        >
          {untitled ? t('drafts.untitled') : draft.headline}
        </span>
        <span className="trash-dates">
          <time dateTime={draft.trashedAt}>
            {t('trash.trashedAt', { when: formatMoment(draft.trashedAt, language, t) })}
          </time>
          <span aria-hidden="true"> · </span>
          <time dateTime={draft.purgeAfter} data-testid="purge-after">
            {t('trash.purgeAfter', { date: formatDate(new Date(draft.purgeAfter), language) })}
          </time>
        </span>
      </span>
      <button
        type="button"
        className="button"
        data-testid="restore-draft"
        disabled={restoring}
        onClick={() => void restore()}
      >
        {restoring ? t('trash.restoring') : t('trash.restore')}
      </button>
    </li>
  );
}
