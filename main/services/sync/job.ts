import type { RemoteRef, SyncFailure, SyncJob, SyncJobState, SyncProgress } from '../../../shared/contract/sync';
import { backoffDelay, type BackoffPolicy, type Random } from './backoff';
import type { FailureKind } from './failure';

/*
 * A job's life, pure: `transition(job, event, now, random)` gives the next job or refuses.
 *
 *   queued ──start──▶ sending ──sent──▶ sent
 *     ▲                 │ │ └─failed(permanent)──▶ failed ──retry──▶ queued
 *     │                 │ └──failed(conflict)────▶ conflict ──resolve──▶ queued (overwrite) | cancelled
 *     └──────retry──── waiting ◀──failed(transient | unknownOutcome), nextAttemptAt = now + backoff
 *   waiting ──start──▶ sending;  sending ──start──▶ sending (a try cut by a crash, resumed)
 *   any but sent ──cancel──▶ cancelled
 */

export type JobEvent =
  | { type: 'start' }
  | { type: 'progress'; progress: SyncProgress }
  | { type: 'sent'; remote: RemoteRef }
  | { type: 'failed'; failure: SyncFailure; kind: FailureKind; retryAfterMs?: number | null }
  | { type: 'retry' }
  | { type: 'cancel' }
  | { type: 'resolve'; choice: 'overwrite' | 'keepRemote' | 'cancel' };

/** A transition the table does not allow (retrying a sent job): the caller says "not now". */
export class TransitionRefused extends Error {
  constructor(
    readonly from: SyncJobState,
    readonly event: JobEvent['type'],
  ) {
    super(`A ${from} job cannot take "${event}"`);
    this.name = 'TransitionRefused';
  }
}

/** Where each event may come from. */
const ALLOWED: Record<JobEvent['type'], readonly SyncJobState[]> = {
  start: ['queued', 'waiting', 'sending'],
  progress: ['sending'],
  sent: ['sending'],
  failed: ['sending'],
  retry: ['waiting', 'failed'],
  cancel: ['queued', 'sending', 'waiting', 'failed', 'conflict'],
  resolve: ['conflict'],
};

export function transition(job: SyncJob, event: JobEvent, now: Date, random: Random, policy?: BackoffPolicy): SyncJob {
  if (!ALLOWED[event.type].includes(job.state)) throw new TransitionRefused(job.state, event.type);
  const at = now.toISOString();
  const next = (changes: Partial<SyncJob>): SyncJob => ({ ...job, ...changes, updatedAt: at });
  switch (event.type) {
    case 'start':
      return next({ state: 'sending', attempts: job.attempts + 1, nextAttemptAt: null, progress: null });
    case 'progress':
      return next({ progress: event.progress });
    case 'sent':
      return next({ state: 'sent', remote: event.remote, failure: null, progress: null, overwrite: false });
    case 'failed': {
      const base = { failure: event.failure, progress: null };
      if (event.kind === 'permanent') return next({ ...base, state: 'failed' });
      if (event.kind === 'conflict') return next({ ...base, state: 'conflict', overwrite: false });
      const delay = backoffDelay(Math.max(1, job.attempts), random, event.retryAfterMs ?? null, policy);
      return next({ ...base, state: 'waiting', nextAttemptAt: new Date(now.getTime() + delay).toISOString() });
    }
    case 'retry':
      return next({ state: 'queued', nextAttemptAt: null });
    case 'cancel':
      return next({ state: 'cancelled', nextAttemptAt: null, progress: null });
    case 'resolve':
      if (event.choice === 'overwrite') return next({ state: 'queued', overwrite: true, nextAttemptAt: null });
      return next({ state: 'cancelled', keptRemote: event.choice === 'keepRemote' });
  }
}

/** Whether the worker may start this job now. */
export function isDue(job: SyncJob, now: Date): boolean {
  if (job.state === 'queued' || job.state === 'sending') return true;
  return job.state === 'waiting' && job.nextAttemptAt !== null && Date.parse(job.nextAttemptAt) <= now.getTime();
}

/** Done for good: nothing will move it by itself or by Retry. */
export const isSettled = (job: SyncJob) => job.state === 'sent' || job.state === 'cancelled';

/** A new job for one finished revision of a draft. */
export function newJob(
  fields: Pick<SyncJob, 'id' | 'draftId' | 'targetId' | 'revision' | 'headline'>,
  now: Date,
): SyncJob {
  const at = now.toISOString();
  return {
    ...fields,
    state: 'queued',
    createdAt: at,
    updatedAt: at,
    attempts: 0,
    nextAttemptAt: null,
    progress: null,
    failure: null,
    remote: null,
    overwrite: false,
    keptRemote: false,
  };
}
