import { useTranslation } from 'react-i18next';
import { jobStateText, latestJobOf } from './words';
import { useAllJobs } from './outboxStore';
import './sync.css';

export interface SyncBadgeProps {
  draftId: string;
  /** The draft's revision now: later than the one sent means "changed since sent". */
  revision: number;
}

/** Where the draft's newest send stands, beside its status in the drafts list; nothing if never sent. */
export function SyncBadge({ draftId, revision }: SyncBadgeProps) {
  const { t } = useTranslation();
  const job = latestJobOf(useAllJobs(), draftId);
  if (!job) return null;
  const changed = job.state === 'sent' && revision > job.revision;
  const state = changed ? 'changed' : job.state;
  return (
    <span className={`sync-pill sync-pill-${state}`} data-testid="sync-badge" data-state={state}>
      {changed ? t('sync.changedSinceSent') : jobStateText(job, t)}
    </span>
  );
}
