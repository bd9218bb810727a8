import type { ImportProgress, PhotoImportResult, PhotoRecord } from '../../../../shared/article/photo';
import type { DevelopedPhoto } from '../develop';
import { photoErrors } from '../errors';
import type { PhotoOptions } from '../options';
import type { ImportBatchJob, ImportBatchOptions, PhotoJobRunner } from './PhotoJobRunner';
import { developedFrom, FromWorkerSchema, type FromWorker, type ToWorker } from './protocol';

/** One worker process as the pool sees it, whichever host started it. */
export interface WorkerChannel {
  post(message: ToWorker): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Once, when the process has ended for any reason. */
  onExit(listener: (code: number | null) => void): void;
  /** Ends the process at once (the pool uses it only when a worker misbehaves). */
  kill(): void;
}

/** Starts a worker process: child_process.fork (forkLauncher) or Electron's utilityProcess. */
export type WorkerLauncher = () => WorkerChannel;

export interface PhotoWorkerPoolOptions {
  launch: WorkerLauncher;
  /** Whether the worker fsyncs what it writes (tests on tmpfs turn it off). */
  fsync?: boolean;
  /**
   * How long an idle worker waits for the next job before it ends. Short: a batch's memory goes
   * back when the process ends; long enough that a refresh right after an import reuses it.
   */
  idleMs?: number;
}

type Pending = { worker: Worker } & (
  | {
      kind: 'import';
      job: ImportBatchJob;
      reported: Map<number, PhotoImportResult>;
      progress: ImportProgress;
      onProgress?: ImportBatchOptions['onProgress'];
      resolve: (results: PhotoImportResult[]) => void;
    }
  | { kind: 'redevelop'; resolve: (developed: DevelopedPhoto) => void; reject: (error: Error) => void }
);

interface Worker {
  channel: WorkerChannel;
  stopping: boolean;
}

/**
 * Runs photo jobs in a separate process, started on the first job and ended when no job has come
 * for `idleMs`. A worker that dies mid-batch fails the photos it had not finished with a clear
 * 'interrupted' error (the files to import stay where they are; a retry starts a new worker);
 * photos it finished stay imported.
 */
export class PhotoWorkerPool implements PhotoJobRunner {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextJobId = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private exited: Promise<void> = Promise.resolve();

  constructor(private readonly options: PhotoWorkerPoolOptions) {}

  importBatch(job: ImportBatchJob, { signal, onProgress }: ImportBatchOptions = {}): Promise<PhotoImportResult[]> {
    return new Promise((resolve) => {
      const jobId = this.nextJobId++;
      const progress = { done: 0, total: job.items.length, failed: 0 };
      const worker = this.workerNow();
      this.pending.set(jobId, { worker, kind: 'import', job, reported: new Map(), progress, onProgress, resolve });
      const { items, draftDir, settings } = job;
      this.send(worker, { type: 'import', jobId, draftDir, items, settings, fsync: this.options.fsync ?? true });
      const cancel = () => worker.channel.post({ type: 'cancel', jobId });
      if (signal?.aborted) cancel();
      else signal?.addEventListener('abort', cancel, { once: true });
    });
  }

  redevelop(draftDir: string, record: PhotoRecord, settings: PhotoOptions): Promise<DevelopedPhoto> {
    return new Promise((resolve, reject) => {
      const jobId = this.nextJobId++;
      const worker = this.workerNow();
      this.pending.set(jobId, { worker, kind: 'redevelop', resolve, reject });
      this.send(worker, { type: 'redevelop', jobId, draftDir, record, settings });
    });
  }

  /** Jobs in flight finish (or fail with the worker); then the worker is asked to end. */
  async close(): Promise<void> {
    while (this.pending.size > 0) await this.settled();
    this.stopWorker();
    await this.exited;
  }

  /** Resolves when the current worker process has ended (at once if none runs). */
  whenExited(): Promise<void> {
    return this.exited;
  }

  private settledWaiters: (() => void)[] = [];
  private settled(): Promise<void> {
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  private send(worker: Worker, message: ToWorker): void {
    clearTimeout(this.idleTimer);
    worker.channel.post(message);
  }

  private workerNow(): Worker {
    if (this.worker && !this.worker.stopping) return this.worker;
    const channel = this.options.launch();
    const worker: Worker = { channel, stopping: false };
    this.worker = worker;
    this.exited = new Promise((resolve) =>
      channel.onExit(() => {
        if (this.worker === worker) this.worker = null;
        this.failJobsOf(worker);
        resolve();
      }),
    );
    channel.onMessage((raw) => this.receive(worker, raw));
    return worker;
  }

  private receive(worker: Worker, raw: unknown): void {
    const parsed = FromWorkerSchema.safeParse(raw);
    if (!parsed.success) {
      // A worker that speaks another protocol cannot be trusted with the rest of the batch.
      worker.channel.kill();
      return;
    }
    this.handle(parsed.data);
  }

  private handle(message: FromWorker): void {
    const job = this.pending.get(message.jobId);
    if (!job) return;
    if (message.type === 'progress' && job.kind === 'import') {
      const index = job.job.items.findIndex(
        (item, i) => item.path === message.progress.result.source && !job.reported.has(i),
      );
      if (index >= 0) job.reported.set(index, message.progress.result);
      job.progress = { done: message.progress.done, total: message.progress.total, failed: message.progress.failed };
      job.onProgress?.(message.progress);
      return;
    }
    this.pending.delete(message.jobId);
    if (message.type === 'imported' && job.kind === 'import') job.resolve(message.results);
    else if (message.type === 'developed' && job.kind === 'redevelop') job.resolve(developedFrom(message.developed));
    else if (message.type === 'failed' && job.kind === 'redevelop') job.reject(workerError(message.error));
    else if (job.kind === 'import') job.resolve(this.interruptedResults(job));
    else job.reject(new Error(`the photo worker answered a ${message.type} to a redevelop job`));
    this.afterJob();
  }

  /** The worker ended with jobs in flight: each photo it had not finished fails on its own. */
  private failJobsOf(worker: Worker): void {
    let failedAny = false;
    for (const [jobId, job] of this.pending) {
      if (job.worker !== worker) continue;
      failedAny = true;
      this.pending.delete(jobId);
      if (job.kind === 'import') job.resolve(this.interruptedResults(job));
      else job.reject(photoErrors.interrupted('photo'));
    }
    if (failedAny) this.afterJob();
  }

  private interruptedResults(job: Extract<Pending, { kind: 'import' }>): PhotoImportResult[] {
    let { done, failed } = job.progress;
    return job.job.items.map((item, index) => {
      const reported = job.reported.get(index);
      if (reported) return reported;
      const result: PhotoImportResult = {
        ok: false,
        source: item.path,
        error: photoErrors.interrupted(item.name).toResultError(),
      };
      done += 1;
      failed += 1;
      job.onProgress?.({ done, total: job.job.items.length, failed, result });
      return result;
    });
  }

  private afterJob(): void {
    if (this.pending.size > 0) return;
    for (const wake of this.settledWaiters.splice(0)) wake();
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.stopWorker(), this.options.idleMs ?? 1500);
    this.idleTimer.unref();
  }

  private stopWorker(): void {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    if (!worker || worker.stopping) return;
    worker.stopping = true;
    this.worker = null;
    worker.channel.post({ type: 'stop' });
  }
}

/** A redevelop that failed in the worker, as the refresh logs it. */
function workerError(error: { name: string; message: string; code?: string }): Error {
  return Object.assign(new Error(error.message), { name: error.name, code: error.code });
}
