import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { reasonOf } from '../format/reason';
import { hrefOf, navigate } from '../route';
import { StoreReport } from '../store-report/StoreReport';
import { DraftFilters } from './DraftFilters';
import { DraftListView } from './DraftListView';
import { isDefault, useListParams } from './listParams';
import { useDebounced } from './useDebounced';
import { useDraftList } from './useDraftList';
import './drafts.css';

/** The desk's front page: every draft, searchable, newest first, and the button that starts a new one. */
export function DraftsScreen() {
  const { t } = useTranslation();
  const [params, setParams] = useListParams();
  // The box answers every keystroke; the store is asked once typing pauses.
  const query = useDebounced(params.query, 150);
  const asked = useMemo(() => (query === params.query ? params : { ...params, query }), [params, query]);
  const list = useDraftList(asked);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<unknown>(null);

  const createDraft = async () => {
    setCreating(true);
    setCreateError(null);
    try {
      const { draft } = await call(window.newsdesk.drafts.create({}));
      navigate({ screen: 'draft', id: draft.id });
    } catch (error) {
      setCreateError(error);
      setCreating(false);
    }
  };

  return (
    <main className="screen drafts-screen">
      <StoreReport />
      <div className="screen-head">
        <h1>{t('drafts.title')}</h1>
        <div className="screen-actions">
          <a className="button" href={hrefOf({ screen: 'trash' })} data-testid="open-trash">
            {t('drafts.openTrash')}
          </a>
          <button type="button" className="button button-primary" data-testid="new-draft" disabled={creating} onClick={() => void createDraft()}>
            {creating ? t('drafts.creating') : t('drafts.new')}
          </button>
        </div>
      </div>
      {createError !== null && (
        <p className="notice notice-error" role="alert">
          {t('drafts.createFailed', { reason: reasonOf(createError, t) })}
        </p>
      )}
      <DraftFilters params={params} facets={list.facets} onChange={setParams} />
      <DraftListView list={list} filtered={!isDefault(asked)} query={query.trim()} onClear={() => setParams(null)} />
    </main>
  );
}
