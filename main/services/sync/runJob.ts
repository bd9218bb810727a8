import type { Draft } from '../../../shared/article/draft';
import type { SyncJob, Target } from '../../../shared/contract/sync';
import type { HouseStyle } from '../../../shared/format/houseStyle';
import type { Clock } from '../clock';
import { adapterFor, type Adapters, type SendContext } from './adapter';
import { SyncError, syncError } from './failure';
import type { JobEvent } from './job';
import type { Outbox } from './Outbox';
import type { SecretStore } from './SecretStore';
import type { SendRecords } from './SendRecords';
import { storyOf, type DraftPhotos } from './story';
import type { Targets } from './Targets';
import type { TryOutcome } from './SyncWorker';

export interface RunDeps {
  outbox: Outbox;
  records: SendRecords;
  targets: Targets;
  secrets: SecretStore;
  adapters: Adapters;
  clock: Clock;
  photosOf(draftId: string): Promise<DraftPhotos>;
  houseStyle(): HouseStyle;
  /** Moves a job (persisted and announced), serialised per job; throws TransitionRefused. */
  commit(jobId: string, event: JobEvent): Promise<SyncJob>;
  /** Errors that are bugs, never secrets: the app log. */
  log(message: string, error: unknown): void;
}

/** Everything an adapter needs for one job, or the failure that stops it before any request. */
export async function contextFor(deps: RunDeps, job: SyncJob, signal: AbortSignal): Promise<SendContext<Target>> {
  const target = deps.targets.get(job.targetId);
  const adapter = target && adapterFor(deps.adapters, target.kind);
  if (!target || !adapter) throw syncError('target_missing', 'permanent');
  const secret = adapter.needsSecret(target as never) ? await deps.secrets.get(target.id) : null;
  if (adapter.needsSecret(target as never) && !secret) throw syncError('secret_missing', 'permanent');
  const draft: Draft | null = await deps.outbox.draftOf(job.id);
  if (!draft) throw syncError('draft_missing', 'permanent');
  const photos = await deps.photosOf(job.draftId).catch(() => {
    throw syncError('draft_missing', 'permanent');
  });
  const story = storyOf(draft, photos, deps.houseStyle());
  const record = await deps.records.get(job.draftId, job.targetId);
  const now = () => deps.clock.now();
  return {
    job,
    target,
    story,
    secret,
    record,
    journal: deps.records.journal(job.draftId, job.targetId, record, now),
    overwrite: job.overwrite,
    // Progress is for eyes: a failed write of it must not fail the send.
    progress: (progress) => void deps.commit(job.id, { type: 'progress', progress }).catch(() => undefined),
    signal,
    now,
  };
}

/**
 * One try of one job: start → the adapter's send → sent, or the failure's next state. Never
 * rejects: whatever happens ends as the job's state on disk. A cancel or a stop (the signal)
 * leaves the state to whoever aborted: a stopped job stays "sending" and resumes at next start.
 */
export async function runJob(deps: RunDeps, queued: SyncJob, signal: AbortSignal): Promise<TryOutcome> {
  let job: SyncJob;
  try {
    job = await deps.commit(queued.id, { type: 'start' });
  } catch {
    return null; // cancelled between the worker's look and now
  }
  try {
    const context = await contextFor(deps, job, signal);
    const adapter = adapterFor(deps.adapters, context.target.kind)!;
    const result = await adapter.send(context as never);
    if (signal.aborted) return null;
    await deps.records.markSent(job.draftId, job.targetId, {
      revision: job.revision,
      at: deps.clock.now(),
      remote: result.remote,
      baseline: result.baseline,
    });
    await deps.commit(job.id, { type: 'sent', remote: result.remote });
    return { sent: true };
  } catch (error) {
    if (signal.aborted) return null;
    const failure = error instanceof SyncError ? error : syncError('internal', 'permanent');
    if (!(error instanceof SyncError)) deps.log(`sync: job ${job.id} to ${job.targetId} failed`, error);
    try {
      const next = await deps.commit(job.id, {
        type: 'failed',
        failure: failure.failure,
        kind: failure.kind,
        retryAfterMs: failure.retryAfterMs,
      });
      return { sent: false, offline: failure.failure.code === 'offline', nextAttemptAt: next.nextAttemptAt };
    } catch (commitError) {
      // The disk refused the failure itself: the job stays "sending" and is tried again at next start.
      deps.log(`sync: job ${job.id} could not be saved`, commitError);
      return null;
    }
  }
}
