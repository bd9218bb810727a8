import { useTranslation } from 'react-i18next';
import { reasonOf } from '../format/reason';
import { hrefOf } from '../route';
import { DraftEditor } from './DraftEditor';
import { useDraft } from './useDraft';
import './draft.css';

/** The editor screen for one draft: loads it, then hands it to the editor. */
export function DraftScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const { load, reload } = useDraft(id);

  if (load.status === 'ready') return <DraftEditor key={id} draft={load.draft} />;

  return (
    <main className="screen draft-screen">
      <nav className="draft-bar">
        <a className="back-link" href={hrefOf({ screen: 'drafts' })} data-testid="back">
          <span aria-hidden="true">←</span> {t('editor.back')}
        </a>
      </nav>
      {load.status === 'loading' ? (
        <p className="notice" role="status">
          {t('editor.loading')}
        </p>
      ) : (
        <div className="notice notice-error" role="alert">
          <p>{t('editor.loadFailed', { reason: reasonOf(load.error, t) })}</p>
          <button type="button" className="button" data-testid="reload-draft" onClick={reload}>
            {t('editor.retry')}
          </button>
        </div>
      )}
    </main>
  );
}
