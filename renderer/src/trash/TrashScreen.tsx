import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashedDraft } from '../../../shared/article/draft';
import { call } from '../api';
import { reasonOf } from '../format/reason';
import { hrefOf } from '../route';
import { forgetTrashToastOf } from './trashToast';
import { TrashRow } from './TrashRow';
import { useTrash } from './useTrash';
import '../draft/draft.css';
import '../drafts/drafts.css';
import './trash.css';

type Outcome = { ok: true; id: string; headline: string } | { ok: false; headline: string; error: unknown };

/** Deleted drafts, newest deletion first, each with Restore. */
export function TrashScreen() {
  const { t } = useTranslation();
  const { load, reload, forget } = useTrash();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const restore = async (draft: TrashedDraft) => {
    const headline = draft.headline.trim() || t('drafts.untitled');
    try {
      await call(window.newsdesk.drafts.restoreFromTrash({ id: draft.id }));
      forget(draft.id);
      forgetTrashToastOf(draft.id);
      setOutcome({ ok: true, id: draft.id, headline });
    } catch (error) {
      setOutcome({ ok: false, headline, error });
    }
  };

  return (
    <main className="screen trash-screen" data-testid="trash-screen">
      <nav className="draft-bar">
        <a className="back-link" href={hrefOf({ screen: 'drafts' })} data-testid="back">
          <span aria-hidden="true">←</span> {t('editor.back')}
        </a>
      </nav>
      <div className="screen-head">
        <h1>{t('trash.title')}</h1>
      </div>
      <p className="notice trash-intro">{t('trash.intro')}</p>
      {outcome?.ok === true && (
        <p className="notice notice-ok" role="status" data-testid="restore-result">
          {t('trash.restored', { headline: outcome.headline })}{' '}
          <a href={hrefOf({ screen: 'draft', id: outcome.id })}>{t('trash.open')}</a>
        </p>
      )}
      {outcome?.ok === false && (
        <p className="notice notice-error" role="alert" data-testid="restore-result">
          {t('trash.restoreFailed', { headline: outcome.headline, reason: reasonOf(outcome.error, t) })}
        </p>
      )}
      {load.status === 'loading' && (
        <p className="notice" role="status">
          {t('trash.loading')}
        </p>
      )}
      {load.status === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p>{t('trash.loadFailed', { reason: reasonOf(load.error, t) })}</p>
          <button type="button" className="button" data-testid="reload-trash" onClick={reload}>
            {t('drafts.retry')}
          </button>
        </div>
      )}
      {load.status === 'ready' && load.drafts.length === 0 && <p className="notice empty">{t('trash.empty')}</p>}
      {load.status === 'ready' && load.drafts.length > 0 && (
        <ul className="draft-list trash-list" data-testid="trash-list">
          {load.drafts.map((draft) => (
            <TrashRow key={draft.id} draft={draft} onRestore={restore} />
          ))}
        </ul>
      )}
    </main>
  );
}
