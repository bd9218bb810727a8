import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftListItem } from '../../../shared/article/draft';
import { currentLanguage } from '../../i18n';
import { formatUpdated } from '../format/time';
import { hrefOf } from '../route';
import { SyncBadge } from '../sync/SyncBadge';
import { moveToTrash } from '../trash/trashToast';
import { StatusBadge } from './StatusBadge';

export interface DraftRowProps {
  draft: DraftListItem;
  onTrashed: (id: string) => void;
}

/** One draft in the list; a link, so it opens with a click, Enter, or in the browser's history. */
export function DraftRow({ draft, onTrashed }: DraftRowProps) {
  const { t } = useTranslation();
  const [trashing, setTrashing] = useState(false);
  const untitled = draft.headline.trim() === '';
  const title = untitled ? t('drafts.untitled') : draft.headline;

  const trash = async () => {
    setTrashing(true);
    if (await moveToTrash(draft)) onTrashed(draft.id);
    else setTrashing(false);
  };

  return (
    <li className="draft-item">
      <a
        className="draft-row"
        data-testid="draft-row"
        data-draft-id={draft.id}
        href={hrefOf({ screen: 'draft', id: draft.id })}
      >
        <span className="draft-text">
          <span
            className={untitled ? 'draft-title draft-title-untitled' : 'draft-title'}
            lang={untitled ? undefined : 'vi'}
          >
            {title}
          </span>
          {draft.excerpt !== '' && (
            <span className="draft-excerpt" lang="vi">
              {draft.excerpt}
            </span>
          )}
        </span>
        <span className="draft-meta">
          <time dateTime={draft.updatedAt}>
            {t('drafts.updated', { time: formatUpdated(draft.updatedAt, currentLanguage()) })}
          </time>
          {draft.recovered && (
            <span className="recovered-badge" data-testid="recovered-badge" title={t('drafts.recoveredHint')}>
              {t('drafts.recovered')}
            </span>
          )}
          <StatusBadge status={draft.status} />
          <SyncBadge draftId={draft.id} revision={draft.revision} />
        </span>
      </a>
      <button
        type="button"
        className="row-action"
        data-testid="trash-draft"
        aria-label={t('drafts.trashLabel', { headline: title })}
        title={t('drafts.trashLabel', { headline: title })}
        disabled={trashing}
        onClick={() => void trash()}
      >
        {t('drafts.trash')}
      </button>
    </li>
  );
}
