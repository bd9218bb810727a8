import { useCallback, useEffect, useState } from 'react';
import type { SentRecord, SyncJob, Target } from '../../../shared/contract/sync';
import { call } from '../api';

export type OutboxLoad =
  | { status: 'loading' }
  | { status: 'ready'; jobs: SyncJob[]; sent: SentRecord[] }
  | { status: 'failed'; error: unknown };

/** Puts a moved job in place (or at the top when new), newest first. */
export function mergeJob(jobs: readonly SyncJob[], job: SyncJob): SyncJob[] {
  const rest = jobs.filter((j) => j.id !== job.id);
  return [job, ...rest].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * The outbox — all of it, or one draft's — kept live from `sync.changed`. The sent records are
 * re-read when a job lands, since "sent" and "changed since sent" live there.
 */
export function useOutbox(draftId?: string): OutboxLoad {
  const [load, setLoad] = useState<OutboxLoad>({ status: 'loading' });

  const fetchOutbox = useCallback(() => {
    call(window.newsdesk.sync.list(draftId === undefined ? {} : { draftId })).then(
      ({ jobs, sent }) => setLoad({ status: 'ready', jobs, sent }),
      (error: unknown) => setLoad((previous) => (previous.status === 'ready' ? previous : { status: 'failed', error })),
    );
  }, [draftId]);

  useEffect(() => {
    fetchOutbox();
    const stopSync = window.newsdesk.sync.onChanged(({ job }) => {
      if (draftId !== undefined && job.draftId !== draftId) return;
      setLoad((previous) =>
        previous.status === 'ready' ? { ...previous, jobs: mergeJob(previous.jobs, job) } : previous,
      );
      if (job.state === 'sent' && draftId !== undefined) fetchOutbox();
    });
    // A save after a send makes it "changed since sent".
    const stopDrafts =
      draftId === undefined
        ? () => undefined
        : window.newsdesk.drafts.onChanged(({ draft }) => {
            if (draft.id === draftId) fetchOutbox();
          });
    return () => {
      stopSync();
      stopDrafts();
    };
  }, [draftId, fetchOutbox]);

  return load;
}

/** The configured targets, re-read when asked (after Settings changed them). */
export function useTargets(): { targets: Target[] | null; error: unknown; reload: () => void } {
  const [targets, setTargets] = useState<Target[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => {
    call(window.newsdesk.sync.targets({})).then(
      (answer) => {
        setTargets(answer.targets);
        setError(null);
      },
      (failure: unknown) => setError(failure),
    );
  }, []);
  useEffect(reload, [reload]);
  return { targets, error, reload };
}
