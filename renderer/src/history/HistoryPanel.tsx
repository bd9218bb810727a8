import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionInfo } from '../../../shared/article/draft';
import { reasonOf } from '../format/reason';
import { useSidePanel } from '../draft/useSidePanel';
import { RevisionItem } from './RevisionItem';
import { RevisionPreview, type RestoreFailure } from './RevisionPreview';
import { useHistory } from './useHistory';
import './history.css';

export interface HistoryPanelProps {
  id: string;
  onRestore: (revision: number) => Promise<RestoreFailure | null>;
  onClose: () => void;
}

/** Every kept version of the draft; open one to read it and, if wanted, restore it. */
export function HistoryPanel({ id, onRestore, onClose }: HistoryPanelProps) {
  const { t } = useTranslation();
  const load = useHistory(id);
  const { ref: drawerRef, onKeyDown: onDrawerKey } = useSidePanel(onClose);
  const [open, setOpen] = useState<RevisionInfo | null>(null);
  const newest = load.status === 'ready' ? load.revisions[0]?.revision : undefined;

  return (
    <aside
      ref={drawerRef}
      onKeyDown={onDrawerKey}
      className="side-panel history-panel"
      data-testid="history-panel"
      aria-labelledby="history-title"
    >
      <div className="side-panel-head">
        <h2 id="history-title">{t('history.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('history.close')}
          data-testid="close-history"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {open ? (
        <RevisionPreview
          id={id}
          info={open}
          current={open.revision === newest}
          onBack={() => setOpen(null)}
          onRestore={onRestore}
        />
      ) : (
        <>
          {load.status === 'loading' && <p className="notice">{t('history.loading')}</p>}
          {load.status === 'failed' && (
            <p className="notice notice-error">{t('history.loadFailed', { reason: reasonOf(load.error, t) })}</p>
          )}
          {load.status === 'ready' && load.revisions.length === 0 && <p className="notice">{t('history.empty')}</p>}
          {load.status === 'ready' && load.revisions.length > 0 && (
            <ol className="revision-list" data-testid="revision-list">
              {load.revisions.map((info) => (
                <RevisionItem key={info.revision} info={info} current={info.revision === newest} onOpen={setOpen} />
              ))}
            </ol>
          )}
        </>
      )}
    </aside>
  );
}
