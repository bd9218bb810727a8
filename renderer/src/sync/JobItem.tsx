import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncJob } from '../../../shared/contract/sync';
import { currentLanguage } from '../../i18n';
import { call } from '../api';
import { formatTime } from '../format/time';
import { reasonOf } from '../format/reason';
import { failureText, jobStateText, webLink } from './words';

type Choice = 'overwrite' | 'keepRemote' | 'cancel';

export interface JobItemProps {
  job: SyncJob;
  /** The target's name as Settings calls it (the id when it was removed). */
  targetName: string;
  /** The draft was saved after this send landed. */
  changedSinceSent: boolean;
  /** The outbox of every draft shows each story's headline. */
  showHeadline?: boolean;
}

/** One send in the outbox: where it stands, why not yet, and what the reporter can do about it. */
export function JobItem({ job, targetName, changedSinceSent, showHeadline }: JobItemProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const link = job.state === 'sent' ? webLink(job.remote?.url) : null;

  const act = (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    action().then(
      () => setBusy(false),
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };
  const retry = () => act(() => call(window.newsdesk.sync.retry({ jobId: job.id })));
  const cancel = () => act(() => call(window.newsdesk.sync.cancel({ jobId: job.id })));
  const resolve = (choice: Choice) => act(() => call(window.newsdesk.sync.resolveConflict({ jobId: job.id, choice })));
  const canRetry = job.state === 'failed' || job.state === 'waiting';
  // A send can be stopped until it has landed (job.ts: any state but sent → cancelled).
  const canCancel = job.state !== 'sent' && job.state !== 'cancelled';

  return (
    <li className={`sync-job sync-job-${job.state}`} data-testid="sync-job" data-state={job.state} data-job-id={job.id}>
      <div className="sync-job-head">
        <span className={`sync-pill sync-pill-${job.state}`} data-testid="sync-state">
          {jobStateText(job, t)}
        </span>
        <span className="sync-job-target">{targetName}</span>
        {changedSinceSent && job.state === 'sent' && (
          <span className="sync-pill sync-pill-changed" data-testid="sync-changed">
            {t('sync.changedSinceSent')}
          </span>
        )}
      </div>
      {showHeadline && (
        <p className="sync-job-headline" lang="vi">
          {job.headline}
        </p>
      )}
      {job.state === 'sent' && job.remote && (
        <p className="sync-job-remote" data-testid="sync-remote">
          {t('sync.remoteId', { id: job.remote.id })}
          {link && (
            <>
              {' · '}
              {/* window.open from a _blank link goes to the system browser (main/app externalLinks). */}
              <a href={link} target="_blank" rel="noopener noreferrer" data-testid="sync-link">
                {t('sync.openLink')}
              </a>
            </>
          )}
        </p>
      )}
      {job.failure && job.state !== 'sent' && job.state !== 'cancelled' && (
        <p
          className={job.state === 'waiting' ? 'sync-job-why' : 'sync-job-why sync-job-why-bad'}
          data-testid="sync-failure"
          data-code={job.failure.code}
          role={job.state === 'failed' ? 'alert' : undefined}
        >
          {job.state === 'conflict' ? t('sync.conflict.title') : failureText(job.failure, t)}
        </p>
      )}
      {job.state === 'waiting' && job.nextAttemptAt && (
        <p className="sync-job-when">
          {t('sync.nextTry', { time: formatTime(new Date(job.nextAttemptAt), currentLanguage()) })}
        </p>
      )}
      {job.keptRemote && <p className="sync-job-when">{t('sync.keptRemote')}</p>}
      {job.state === 'conflict' ? (
        <div className="sync-job-actions sync-conflict" data-testid="sync-conflict">
          <button type="button" className="button button-small" disabled={busy} onClick={() => resolve('overwrite')}>
            {t('sync.conflict.overwrite')}
          </button>
          <button type="button" className="button button-small" disabled={busy} onClick={() => resolve('keepRemote')}>
            {t('sync.conflict.keepRemote')}
          </button>
          <button type="button" className="button button-small" disabled={busy} onClick={() => resolve('cancel')}>
            {t('sync.conflict.cancel')}
          </button>
        </div>
      ) : (
        (canRetry || canCancel) && (
          <div className="sync-job-actions">
            {canRetry && (
              <button
                type="button"
                className="button button-small"
                data-testid="sync-retry"
                disabled={busy}
                onClick={retry}
              >
                {t('sync.retry')}
              </button>
            )}
            {canCancel && (
              <button
                type="button"
                className="button button-small"
                data-testid="sync-cancel"
                disabled={busy}
                onClick={cancel}
              >
                {t('sync.cancel')}
              </button>
            )}
          </div>
        )
      )}
      {error !== null && (
        <p className="notice notice-error" role="alert">
          {t('sync.actionFailed', { reason: reasonOf(error, t) })}
        </p>
      )}
    </li>
  );
}
