import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reasonOf } from '../format/reason';
import { hrefOf } from '../route';
import { DraftEditor } from './DraftEditor';
import type { DraftActionsDeps } from './useDraftActions';
import { useDraft } from './useDraft';
import './draft.css';

/** The editor screen for one draft: loads it, then hands it to the editor. */
export function DraftScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const { load, reload, replace, clearRecovery } = useDraft(id);
  // Here, not in the editor: the panel stays open when a restore rebuilds the editor.
  const [historyOpen, setHistoryOpen] = useState(false);
  const toggleHistory = useCallback(() => setHistoryOpen((open) => !open), []);
  const onReplaced = useCallback<DraftActionsDeps['onReplaced']>(
    (loaded) => (loaded ? replace(loaded) : reload()),
    [replace, reload],
  );

  if (load.status === 'ready') {
    return (
      // A new generation (restored text) is a new editor: Lexical reads its content once.
      <DraftEditor
        key={`${id}:${load.generation}`}
        draft={load.draft}
        recovery={load.recovery}
        historyOpen={historyOpen}
        onToggleHistory={toggleHistory}
        onReplaced={onReplaced}
        onRecoveryDismissed={clearRecovery}
      />
    );
  }

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
