import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Draft } from '../../../shared/article/draft';
import type { SecretKept, SentRecord, SyncJob, Target, TargetCheck } from '../../../shared/contract/sync';
import type { HouseStyle } from '../../../shared/format/houseStyle';
import type { Clock } from '../clock';
import { ServiceError } from '../errors';
import type { EventBus } from '../events';
import { KeyedQueue, type StoreFs } from '../storage';
import { adapterFor, type Adapters } from './adapter';
import type { BackoffPolicy, Random } from './backoff';
import { SyncError } from './failure';
import { newJob, transition, TransitionRefused, type JobEvent } from './job';
import { Outbox, type OutboxOpenReport } from './Outbox';
import { contextFor, runJob, type RunDeps } from './runJob';
import type { SecretStore } from './SecretStore';
import { SendRecords } from './SendRecords';
import type { DraftPhotos } from './story';
import { SyncWorker, systemTimer, type Timer } from './SyncWorker';
import { Targets } from './Targets';

export interface SyncServiceDeps {
  dataDir: string;
  fs: StoreFs;
  clock: Clock;
  bus: EventBus;
  secrets: SecretStore;
  adapters: Adapters;
  /** The draft as the store has it now (to check it is finished, and for "changed since sent"). */
  draftOf(draftId: string): Promise<Draft>;
  photosOf(draftId: string): Promise<DraftPhotos>;
  houseStyle(): HouseStyle;
  random?: Random;
  timer?: Timer;
  concurrency?: number;
  backoff?: BackoffPolicy;
  fsync?: boolean;
  log?(message: string, error: unknown): void;
}

/**
 * The outbox and what it sends: queue a finished revision for a target, list, retry, cancel,
 * resolve a conflict, manage targets. Sending itself runs in the SyncWorker, one try at a time
 * through runJob; every state change is written to disk before `sync.changed` announces it.
 */
export class SyncService {
  readonly outbox: Outbox;
  readonly records: SendRecords;
  readonly targets: Targets;
  readonly worker: SyncWorker;
  private readonly perJob = new KeyedQueue();
  private readonly run: RunDeps;

  constructor(private readonly deps: SyncServiceDeps) {
    const syncDir = path.join(deps.dataDir, 'sync');
    this.outbox = new Outbox(syncDir, deps.fs, deps.fsync);
    this.records = new SendRecords(syncDir, deps.fs, deps.fsync);
    this.targets = new Targets(syncDir, deps.fs, deps.fsync);
    this.run = {
      outbox: this.outbox,
      records: this.records,
      targets: this.targets,
      secrets: deps.secrets,
      adapters: deps.adapters,
      clock: deps.clock,
      photosOf: deps.photosOf,
      houseStyle: deps.houseStyle,
      commit: (jobId, event) => this.commit(jobId, event),
      log: deps.log ?? (() => undefined),
    };
    this.worker = new SyncWorker({
      outbox: this.outbox,
      clock: deps.clock,
      timer: deps.timer ?? systemTimer,
      concurrency: deps.concurrency ?? 2,
      run: (job, signal) => runJob(this.run, job, signal),
      resumeTarget: async (_target, jobIds) => {
        for (const id of jobIds) await this.commit(id, { type: 'retry' }).catch(() => undefined);
      },
    });
  }

  /** Reads the outbox (jobs cut by a crash are "sending" and resume) and starts the worker. */
  async open(): Promise<OutboxOpenReport> {
    await this.targets.open();
    const report = await this.outbox.open(this.deps.clock.now());
    this.worker.start();
    return report;
  }

  async close(): Promise<void> {
    await this.worker.stop();
    await this.perJob.idle();
    await this.outbox.idle();
  }

  /** Moves a job: persisted, then announced. One change at a time per job. */
  private commit(jobId: string, event: JobEvent): Promise<SyncJob> {
    return this.perJob.run(jobId, async () => {
      const job = this.outbox.get(jobId);
      if (!job) throw new ServiceError('not_found', `No job ${jobId} in the outbox`);
      const next = transition(job, event, this.deps.clock.now(), this.deps.random ?? Math.random, this.deps.backoff);
      if (event.type === 'progress') await this.outbox.show(next);
      else await this.outbox.save(next);
      this.deps.bus.publish('sync.changed', { job: next });
      return next;
    });
  }

  /** A user's action on a job; a move the job cannot make is answered as a conflict, in words. */
  private async act(jobId: string, event: JobEvent): Promise<SyncJob> {
    try {
      return await this.commit(jobId, event);
    } catch (error) {
      if (error instanceof TransitionRefused) {
        throw new ServiceError('conflict', `This send is ${error.from} and cannot be changed that way now`);
      }
      throw error;
    }
  }

  /** Queues the draft's current revision; it must be finished. An older unsent job for the same target is replaced. */
  async send(draftId: string, targetId: string): Promise<SyncJob> {
    const target = this.targets.get(targetId);
    if (!target) throw new ServiceError('not_found', `No target ${targetId}`);
    const draft = await this.deps.draftOf(draftId);
    if (draft.status !== 'finished') {
      throw new ServiceError('not_ready', 'Only a finished story can be sent: finish it first (its checklist).');
    }
    for (const older of this.outbox.list()) {
      if (older.draftId !== draftId || older.targetId !== targetId) continue;
      if (['queued', 'waiting', 'failed', 'conflict'].includes(older.state)) {
        await this.commit(older.id, { type: 'cancel' }).catch(() => undefined);
      }
    }
    const job = newJob(
      { id: randomUUID(), draftId, targetId, revision: draft.revision, headline: draft.headline },
      this.deps.clock.now(),
    );
    await this.outbox.add(job, draft);
    this.deps.bus.publish('sync.changed', { job });
    this.worker.kick();
    return job;
  }

  /** Newest first; one draft's when asked. */
  list(draftId?: string): SyncJob[] {
    return (
      this.outbox
        .list()
        .filter((job) => draftId === undefined || job.draftId === draftId)
        // Queued in the same millisecond: the one queued later (later in the map) first.
        .reverse()
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    );
  }

  /** What was sent where for one draft, and whether it changed since. */
  async sent(draftId: string): Promise<SentRecord[]> {
    const revision = await this.deps
      .draftOf(draftId)
      .then((d) => d.revision)
      .catch(() => null);
    const records = await this.records.all(draftId);
    return Object.entries(records).flatMap(([targetId, record]) =>
      record.revision === null || record.sentAt === null
        ? []
        : [
            {
              draftId,
              targetId,
              revision: record.revision,
              sentAt: record.sentAt,
              remote: record.remote,
              changedSinceSent: revision !== null && revision > record.revision,
            },
          ],
    );
  }

  async retry(jobId: string): Promise<SyncJob> {
    const job = await this.act(jobId, { type: 'retry' });
    this.worker.kick();
    return job;
  }

  async cancel(jobId: string): Promise<SyncJob> {
    const job = await this.act(jobId, { type: 'cancel' });
    this.worker.abort(jobId);
    return job;
  }

  async resolveConflict(jobId: string, choice: 'overwrite' | 'keepRemote' | 'cancel'): Promise<SyncJob> {
    const job = this.outbox.get(jobId);
    if (!job) throw new ServiceError('not_found', `No job ${jobId} in the outbox`);
    if (choice === 'keepRemote' && job.state === 'conflict') await this.keepRemote(job);
    const next = await this.act(jobId, { type: 'resolve', choice });
    this.worker.kick();
    return next;
  }

  /** Fetches the target's version, keeps it beside the draft, and takes it as the new baseline. */
  private async keepRemote(job: SyncJob): Promise<void> {
    try {
      const context = await contextFor(this.run, job, AbortSignal.timeout(60_000));
      const adapter = adapterFor(this.deps.adapters, context.target.kind);
      if (!adapter?.fetchRemote) return;
      const { copy, baseline } = await adapter.fetchRemote(context as never);
      await this.records.update(job.draftId, job.targetId, (record) => ({ ...record, keptRemote: copy, baseline }));
    } catch (error) {
      if (error instanceof SyncError) {
        throw new ServiceError(
          'conflict',
          `The target's version could not be fetched (${error.failure.code}); try again`,
        );
      }
      throw error;
    }
  }

  listTargets(): Target[] {
    return this.targets.list();
  }

  saveTarget(target: Target): Promise<Target> {
    return this.targets.save(target);
  }

  async removeTarget(targetId: string): Promise<void> {
    await this.targets.remove(targetId);
    await this.deps.secrets.delete(targetId);
  }

  /** Whether the password was remembered on this computer, and why not; it serves this session either way. */
  async setSecret(targetId: string, secret: string, acceptPlainText: boolean): Promise<SecretKept> {
    if (!this.targets.get(targetId)) throw new ServiceError('not_found', `No target ${targetId}`);
    const kept = await this.deps.secrets.set(targetId, secret, { acceptPlainText });
    // Jobs that waited for the password can go now.
    for (const job of this.outbox.list()) {
      if (job.targetId === targetId && job.state === 'failed' && job.failure?.code === 'secret_missing') {
        await this.commit(job.id, { type: 'retry' }).catch(() => undefined);
      }
    }
    this.worker.kick();
    return kept;
  }

  async testTarget(targetId: string): Promise<TargetCheck[]> {
    const target = this.targets.get(targetId);
    const adapter = target && adapterFor(this.deps.adapters, target.kind);
    if (!target || !adapter) throw new ServiceError('not_found', `No target ${targetId}`);
    const secret = await this.deps.secrets.get(targetId);
    return adapter.test({ target: target as never, secret, signal: AbortSignal.timeout(30_000) });
  }

  /** The command line: send what is due, wait for retries due before `deadline`, then stop. */
  async drain(deadline: Date): Promise<SyncJob[]> {
    await this.worker.whenSettled(deadline);
    return this.list();
  }
}
