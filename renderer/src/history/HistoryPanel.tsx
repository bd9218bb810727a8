import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionInfo } from '../../../shared/article/draft';
import { reasonOf } from '../format/reason';
import { useSidePanel } from '../draft/useSidePanel';
import { CompareView } from './CompareView';
import { NameVersion } from './NameVersion';
import { RevisionItem } from './RevisionItem';
import { RevisionPreview, type RestoreFailure } from './RevisionPreview';
import { useHistory } from './useHistory';
import './history.css';

export interface HistoryPanelProps {
  id: string;
  onRestore: (revision: number) => Promise<RestoreFailure | null>;
  /** Stores the text on screen now; false when it could not be stored. */
  onSaveNow: () => Promise<boolean>;
  onClose: () => void;
}

type View =
  | { kind: 'list' }
  | { kind: 'preview'; info: RevisionInfo }
  | { kind: 'compare'; versions: [RevisionInfo, RevisionInfo] };

/**
 * Every kept version of the draft: name the current one, open one to read it (and restore or
 * rename it), or tick two and compare them word by word.
 */
export function HistoryPanel({ id, onRestore, onSaveNow, onClose }: HistoryPanelProps) {
  const { t } = useTranslation();
  const load = useHistory(id);
  const { ref: drawerRef, onKeyDown: onDrawerKey } = useSidePanel(onClose);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [chosen, setChosen] = useState<number[]>([]);
  const revisions = load.status === 'ready' ? load.revisions : [];
  const newest = revisions[0]?.revision;
  const byRevision = new Map(revisions.map((info) => [info.revision, info]));
  // A chosen version that was replaced meanwhile (typing went on) is no longer offered.
  const stillChosen = chosen.filter((revision) => byRevision.has(revision));

  const choose = (info: RevisionInfo, on: boolean) =>
    setChosen((previous) =>
      on
        ? [...previous.filter((r) => byRevision.has(r)), info.revision].slice(-2)
        : previous.filter((r) => r !== info.revision),
    );
  const compareChosen = () => {
    const [a, b] = stillChosen.map((revision) => byRevision.get(revision)!);
    if (a && b) setView({ kind: 'compare', versions: [a, b] });
  };
  const compareWithCurrent = (info: RevisionInfo) => {
    const current = newest === undefined ? undefined : byRevision.get(newest);
    if (current) setView({ kind: 'compare', versions: [info, current] });
  };
  // The open version as the list knows it now (a rename shows at once).
  const previewed = view.kind === 'preview' ? (byRevision.get(view.info.revision) ?? view.info) : null;

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
      {previewed && (
        <RevisionPreview
          id={id}
          info={previewed}
          current={previewed.revision === newest}
          onBack={() => setView({ kind: 'list' })}
          onRestore={onRestore}
          onCompareWithCurrent={() => compareWithCurrent(previewed)}
        />
      )}
      {view.kind === 'compare' && (
        <CompareView
          id={id}
          versions={view.versions}
          currentRevision={newest}
          onBack={() => setView({ kind: 'list' })}
        />
      )}
      {view.kind === 'list' && (
        <>
          {load.status === 'loading' && <p className="notice">{t('history.loading')}</p>}
          {load.status === 'failed' && (
            <p className="notice notice-error">{t('history.loadFailed', { reason: reasonOf(load.error, t) })}</p>
          )}
          {load.status === 'ready' && revisions.length === 0 && <p className="notice">{t('history.empty')}</p>}
          {load.status === 'ready' && revisions.length > 0 && (
            <>
              <div className="history-tools">
                <NameVersion id={id} name={byRevision.get(newest!)?.name ?? null} saveFirst={onSaveNow} />
                <button
                  type="button"
                  className="button button-small"
                  data-testid="compare-versions"
                  disabled={stillChosen.length !== 2}
                  onClick={compareChosen}
                >
                  {t('history.compare.button', { count: stillChosen.length })}
                </button>
              </div>
              <p className="revision-hint">{t('history.compare.hint')}</p>
              <ol className="revision-list" data-testid="revision-list">
                {revisions.map((info) => (
                  <RevisionItem
                    key={info.revision}
                    info={info}
                    current={info.revision === newest}
                    restoredFromAt={
                      info.restoredFrom === null ? null : (byRevision.get(info.restoredFrom)?.savedAt ?? null)
                    }
                    chosen={stillChosen.includes(info.revision)}
                    canChoose={stillChosen.length < 2}
                    onChoose={choose}
                    onOpen={(opened) => setView({ kind: 'preview', info: opened })}
                  />
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </aside>
  );
}
