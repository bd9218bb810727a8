import type { SyncJob } from '../../../shared/contract/sync';
import type { Clock } from '../clock';
import type { Outbox } from './Outbox';
import { isDue } from './job';

/** setTimeout in the app; a test's own when time matters. */
export interface Timer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}
export const systemTimer: Timer = {
  set: (callback, ms) => setTimeout(callback, Math.min(ms, 2 ** 31 - 1)),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** How one try of a job ended, as the worker needs to know it. */
export type TryOutcome = { sent: true } | { sent: false; offline: boolean; nextAttemptAt: string | null } | null;

export interface SyncWorkerDeps {
  outbox: Outbox;
  clock: Clock;
  timer: Timer;
  /** Jobs sending at once (photos are big; two keep a 3G link busy without starving the editor). */
  concurrency: number;
  /** One try of one job; resolves (never rejects) once the job's new state is on disk. null: cancelled or stopped. */
  run(job: SyncJob, signal: AbortSignal): Promise<TryOutcome>;
  /** Moves jobs that waited on a target that is reachable again (waiting → queued). */
  resumeTarget(targetId: string, jobIds: string[]): Promise<void>;
}

const keyOf = (job: SyncJob) => `${job.draftId}\n${job.targetId}`;

/**
 * Starts due jobs, at most `concurrency` at once and one per draft and target, in the order
 * they were queued. A target that answered "offline" is paused: its other jobs do not start (no
 * point burning their tries) until the failed job's own retry time, when that job goes alone as
 * a probe; when the probe gets through, every job waiting on that target is due again at once.
 * The schedule lives in the jobs' files (nextAttemptAt), so nothing here must survive a restart.
 */
export class SyncWorker {
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void>; key: string }>();
  /** Target id → epoch ms before which none of its jobs start. */
  private readonly paused = new Map<string, number>();
  private readonly probing = new Set<string>();
  private wake: unknown = null;
  private stopped = true;
  private settledWaiters: { deadline: number; resolve: () => void }[] = [];

  constructor(private readonly deps: SyncWorkerDeps) {}

  start(): void {
    this.stopped = false;
    this.kick();
  }

  /** Look at the outbox again now (a job was queued, retried, resolved). */
  kick(): void {
    if (this.stopped) return;
    if (this.wake !== null) this.deps.timer.clear(this.wake);
    this.wake = this.deps.timer.set(() => this.pass(), 0);
  }

  /** The network is back (the app heard so): paused targets are tried again now. */
  online(): void {
    for (const target of this.paused.keys()) this.paused.set(target, 0);
    this.kick();
  }

  /** Stops a job in flight (the reporter cancelled it). */
  abort(jobId: string): void {
    this.running.get(jobId)?.controller.abort();
  }

  /** Stops everything in flight; those jobs stay "sending" on disk and resume at the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.wake !== null) this.deps.timer.clear(this.wake);
    this.wake = null;
    for (const { controller } of this.running.values()) controller.abort();
    await Promise.all([...this.running.values()].map((r) => r.done));
  }

  /** Resolves once nothing runs and nothing becomes due before `deadline` (the command line's drain). */
  whenSettled(deadline: Date): Promise<void> {
    return new Promise((resolve) => {
      this.settledWaiters.push({ deadline: deadline.getTime(), resolve });
      this.kick();
    });
  }

  get pausedTargets(): string[] {
    return [...this.paused.keys()];
  }

  private pass(): void {
    this.wake = null;
    if (this.stopped) return;
    const now = this.deps.clock.now();
    const jobs = this.deps.outbox.list().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const busy = new Set([...this.running.values()].map((r) => r.key));
    for (const job of jobs) {
      if (this.running.size >= this.deps.concurrency) break;
      if (this.running.has(job.id) || busy.has(keyOf(job)) || !isDue(job, now)) continue;
      const pausedUntil = this.paused.get(job.targetId);
      if (pausedUntil !== undefined) {
        if (pausedUntil > now.getTime() || this.probing.has(job.targetId)) continue;
        this.probing.add(job.targetId);
      }
      busy.add(keyOf(job));
      this.launch(job);
    }
    this.scheduleWake(jobs, now);
    this.resolveSettled(jobs, now);
  }

  private launch(job: SyncJob): void {
    const controller = new AbortController();
    const done = this.deps
      .run(job, controller.signal)
      .then((outcome) => this.after(job, outcome))
      .catch(() => undefined)
      .finally(() => {
        this.running.delete(job.id);
        this.kick();
      });
    this.running.set(job.id, { controller, done, key: keyOf(job) });
  }

  private async after(job: SyncJob, outcome: TryOutcome): Promise<void> {
    const wasProbe = this.probing.delete(job.targetId);
    if (outcome === null) return;
    if (!outcome.sent && outcome.offline) {
      const until = outcome.nextAttemptAt ? Date.parse(outcome.nextAttemptAt) : this.deps.clock.now().getTime();
      this.paused.set(job.targetId, until);
      return;
    }
    // Reached the target (sent or an answer of any kind): it is online.
    if (this.paused.delete(job.targetId) || wasProbe) {
      const waiting = this.deps.outbox
        .list()
        .filter((j) => j.targetId === job.targetId && j.state === 'waiting' && j.failure?.code === 'offline');
      await this.deps.resumeTarget(
        job.targetId,
        waiting.map((j) => j.id),
      );
    }
  }

  /** Sleeps until the next retry time or paused target's probe. */
  private scheduleWake(jobs: SyncJob[], now: Date): void {
    const times = [
      ...jobs.filter((j) => j.state === 'waiting' && j.nextAttemptAt).map((j) => Date.parse(j.nextAttemptAt!)),
      ...[...this.paused.values()],
    ].filter((t) => t > now.getTime());
    if (times.length === 0 || this.wake !== null) return;
    this.wake = this.deps.timer.set(() => this.pass(), Math.min(...times) - now.getTime());
  }

  private resolveSettled(jobs: SyncJob[], now: Date): void {
    if (this.settledWaiters.length === 0) return;
    const starts = jobs.flatMap((j) => {
      const pausedUntil = this.paused.get(j.targetId) ?? 0;
      if (j.state === 'queued' || j.state === 'sending') return [Math.max(now.getTime(), pausedUntil)];
      if (j.state === 'waiting' && j.nextAttemptAt) return [Math.max(Date.parse(j.nextAttemptAt), pausedUntil)];
      return [];
    });
    const nextStart = Math.min(Infinity, ...starts);
    this.settledWaiters = this.settledWaiters.filter((waiter) => {
      if (this.running.size > 0 || nextStart <= waiter.deadline) return true;
      waiter.resolve();
      return false;
    });
  }
}
