import { useTranslation } from 'react-i18next';
import { reasonOf } from '../format/reason';
import { DraftRow } from './DraftRow';
import type { DraftList } from './useDraftList';

export interface DraftListViewProps {
  list: DraftList;
  /** A search or filter is applied: an empty answer means "no results", not "no drafts". */
  filtered: boolean;
  query: string;
  onClear: () => void;
}

/** The rows, or why there are none: loading, failed, no drafts yet, nothing matches. */
export function DraftListView({ list, filtered, query, onClear }: DraftListViewProps) {
  const { t } = useTranslation();
  const { load } = list;

  if (load.status === 'loading') {
    return (
      <p className="notice" role="status">
        {t('drafts.loading')}
      </p>
    );
  }
  if (load.status === 'failed') {
    return (
      <div className="notice notice-error" role="alert">
        <p>{t('drafts.loadFailed', { reason: reasonOf(load.error, t) })}</p>
        <button type="button" className="button" data-testid="reload-drafts" onClick={list.reload}>
          {t('drafts.retry')}
        </button>
      </div>
    );
  }
  if (load.drafts.length === 0 && !filtered) return <p className="notice empty">{t('drafts.empty')}</p>;
  if (load.drafts.length === 0) {
    return (
      <div className="notice empty" data-testid="no-results" role="status">
        <p>{query ? t('drafts.noResultsQuery', { query }) : t('drafts.noResults')}</p>
        <button type="button" className="button" data-testid="clear-filters" onClick={onClear}>
          {t('drafts.clearFilters')}
        </button>
      </div>
    );
  }
  return (
    <>
      {filtered && (
        <p className="list-count" role="status" data-testid="result-count">
          {t('drafts.results', { count: load.total })}
        </p>
      )}
      <ul className="draft-list" data-testid="draft-list">
        {load.drafts.map((draft) => (
          <DraftRow key={draft.id} draft={draft} onTrashed={list.remove} />
        ))}
      </ul>
      {load.drafts.length < load.total && (
        <button type="button" className="button load-more" data-testid="load-more" onClick={list.loadMore}>
          {t('drafts.loadMore', { shown: load.drafts.length, total: load.total })}
        </button>
      )}
    </>
  );
}
