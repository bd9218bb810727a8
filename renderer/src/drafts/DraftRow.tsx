import { useTranslation } from 'react-i18next';
import type { DraftListItem } from '../../../shared/article/draft';
import { currentLanguage } from '../../i18n';
import { formatUpdated } from '../format/time';
import { hrefOf } from '../route';
import { StatusBadge } from './StatusBadge';

/** One draft in the list; a link, so it opens with a click, Enter, or in the browser's history. */
export function DraftRow({ draft }: { draft: DraftListItem }) {
  const { t } = useTranslation();
  const untitled = draft.headline.trim() === '';
  return (
    <li>
      <a className="draft-row" data-testid="draft-row" data-draft-id={draft.id} href={hrefOf({ screen: 'draft', id: draft.id })}>
        <span className="draft-text">
          <span className={untitled ? 'draft-title draft-title-untitled' : 'draft-title'} lang={untitled ? undefined : 'vi'}>
            {untitled ? t('drafts.untitled') : draft.headline}
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
          <StatusBadge status={draft.status} />
        </span>
      </a>
    </li>
  );
}
