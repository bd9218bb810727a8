import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { reasonOf } from '../format/reason';
import { navigate } from '../route';
import { DraftRow } from './DraftRow';
import { useDrafts } from './useDrafts';
import './drafts.css';

/** The desk's front page: every draft, newest first, and the button that starts a new one. */
export function DraftsScreen() {
  const { t } = useTranslation();
  const { load, reload } = useDrafts();
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
      <div className="screen-head">
        <h1>{t('drafts.title')}</h1>
        <button type="button" className="button button-primary" data-testid="new-draft" disabled={creating} onClick={() => void createDraft()}>
          {creating ? t('drafts.creating') : t('drafts.new')}
        </button>
      </div>
      {createError !== null && (
        <p className="notice notice-error" role="alert">
          {t('drafts.createFailed', { reason: reasonOf(createError, t) })}
        </p>
      )}
      {load.status === 'loading' && (
        <p className="notice" role="status">
          {t('drafts.loading')}
        </p>
      )}
      {load.status === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p>{t('drafts.loadFailed', { reason: reasonOf(load.error, t) })}</p>
          <button type="button" className="button" data-testid="reload-drafts" onClick={reload}>
            {t('drafts.retry')}
          </button>
        </div>
      )}
      {load.status === 'ready' && load.drafts.length === 0 && <p className="notice empty">{t('drafts.empty')}</p>}
      {load.status === 'ready' && load.drafts.length > 0 && (
        <ul className="draft-list" data-testid="draft-list">
          {load.drafts.map((draft) => (
            <DraftRow key={draft.id} draft={draft} />
          ))}
        </ul>
      )}
    </main>
  );
}
