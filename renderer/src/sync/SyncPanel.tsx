import { useTranslation } from 'react-i18next';
import type { DraftStatus } from '../../../shared/article/draft';
import type { SentRecord, Target } from '../../../shared/contract/sync';
import { useSidePanel } from '../draft/useSidePanel';
import { reasonOf } from '../format/reason';
import { JobItem } from './JobItem';
import { SendForm } from './SendForm';
import { useOutbox, useTargets } from './useOutbox';
import './sync.css';

export interface SyncPanelProps {
  draftId: string;
  status: DraftStatus;
  onClose: () => void;
}

const nameOf = (targets: readonly Target[] | null, id: string) => targets?.find((x) => x.id === id)?.name ?? id;
const changedFor = (sent: readonly SentRecord[], targetId: string) =>
  sent.some((record) => record.targetId === targetId && record.changedSinceSent);

/** Sending this draft: choose a target, send, and follow each send until it lands. */
export function SyncPanel({ draftId, status, onClose }: SyncPanelProps) {
  const { t } = useTranslation();
  const outbox = useOutbox(draftId);
  const { ref: drawerRef, onKeyDown: onDrawerKey } = useSidePanel(onClose);
  const { targets } = useTargets();
  const sent = outbox.status === 'ready' ? outbox.sent : [];

  return (
    <aside
      ref={drawerRef}
      onKeyDown={onDrawerKey}
      className="side-panel sync-panel"
      data-testid="sync-panel"
      aria-labelledby="sync-title"
    >
      <div className="side-panel-head">
        <h2 id="sync-title">{t('sync.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('sync.close')}
          data-testid="close-sync"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <SendForm draftId={draftId} finished={status === 'finished'} targets={targets} sent={sent} />
      <h3 className="sync-outbox-title">{t('sync.outbox')}</h3>
      {outbox.status === 'loading' && <p className="notice">{t('sync.loading')}</p>}
      {outbox.status === 'failed' && (
        <p className="notice notice-error">{t('sync.loadFailed', { reason: reasonOf(outbox.error, t) })}</p>
      )}
      {outbox.status === 'ready' && outbox.jobs.length === 0 && <p className="notice">{t('sync.empty')}</p>}
      {outbox.status === 'ready' && outbox.jobs.length > 0 && (
        <ol className="sync-jobs" data-testid="sync-jobs">
          {outbox.jobs.map((job, index) => (
            <JobItem
              key={job.id}
              job={job}
              targetName={nameOf(targets, job.targetId)}
              // Only the newest send to a target can be "changed since": older ones were superseded.
              changedSinceSent={
                changedFor(sent, job.targetId) && outbox.jobs.findIndex((j) => j.targetId === job.targetId) === index
              }
            />
          ))}
        </ol>
      )}
    </aside>
  );
}
