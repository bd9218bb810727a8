import path from 'node:path';
import type { Draft } from '../../../shared/article/draft';
import { SyncJobSchema, type SyncJob } from '../../../shared/contract/sync';
import { decodeDraft, encodeDraft } from '../drafts/envelope';
import {
  isTempName,
  KeyedQueue,
  syncDirectory,
  tempNameFor,
  writeFileAtomic,
  writeNewFile,
  type StoreFs,
} from '../storage';
import { decodeEnvelope, encodeEnvelope } from './envelope';
import { isSettled } from './job';

const JOB = 'job.nd';
const DRAFT = 'draft.nd';
const KIND = 'outbox-job';
const VERSION = 1;
const KEEP_SETTLED_MS = 30 * 24 * 3_600_000;

export interface OutboxOpenReport {
  jobs: number;
  /** Job folders whose file failed its checksum: moved to sync/damaged/, never half-read. */
  damaged: string[];
}

/**
 * The durable queue: one folder per job under `<data>/sync/outbox/<jobId>/`, holding the job's
 * state (`job.nd`, rewritten atomically at every step) and the exact draft revision that was
 * queued (`draft.nd`, the drafts store's own envelope, written once). A job appears whole or not
 * at all: its folder is built under a temp name and renamed into place.
 *
 * Why a copy of the draft and not a pointer to its revision: the store prunes revisions, and
 * the queued version must still be there after days offline.
 */
export class Outbox {
  private readonly dir: string;
  private readonly damagedDir: string;
  private readonly jobs = new Map<string, SyncJob>();
  private readonly writes = new KeyedQueue();

  constructor(
    syncDir: string,
    private readonly fs: StoreFs,
    private readonly fsync = true,
  ) {
    this.dir = path.join(syncDir, 'outbox');
    this.damagedDir = path.join(syncDir, 'damaged');
  }

  async open(now: Date): Promise<OutboxOpenReport> {
    await this.fs.mkdir(this.dir, { recursive: true });
    const report: OutboxOpenReport = { jobs: 0, damaged: [] };
    for (const name of await this.fs.readdir(this.dir)) {
      const folder = path.join(this.dir, name);
      // A job folder a crash left half-built was never queued: nobody was told it was.
      if (isTempName(name)) {
        await this.fs.rm(folder, { recursive: true, force: true });
        continue;
      }
      const opened = await this.fs
        .readFile(path.join(folder, JOB), 'utf8')
        .then((text) => decodeEnvelope(text, KIND, VERSION, SyncJobSchema))
        .catch(() => ({ ok: false as const, problem: 'damaged' as const }));
      if (!opened.ok) {
        if (opened.problem === 'damaged') {
          report.damaged.push(name);
          await this.fs.mkdir(this.damagedDir, { recursive: true });
          await this.fs.rename(folder, path.join(this.damagedDir, `${name}-${now.getTime()}`));
        }
        continue;
      }
      const job = opened.value;
      if (isSettled(job) && now.getTime() - Date.parse(job.updatedAt) > KEEP_SETTLED_MS) {
        await this.fs.rm(folder, { recursive: true, force: true });
        continue;
      }
      this.jobs.set(job.id, job);
    }
    report.jobs = this.jobs.size;
    return report;
  }

  list(): SyncJob[] {
    return [...this.jobs.values()];
  }

  get(id: string): SyncJob | undefined {
    return this.jobs.get(id);
  }

  /** Queues a job with the draft revision it sends; durable when this resolves. */
  async add(job: SyncJob, draft: Draft): Promise<void> {
    const final = path.join(this.dir, job.id);
    const temp = tempNameFor(final);
    const options = { fs: this.fs, fsync: this.fsync };
    try {
      await this.fs.mkdir(temp);
      await writeNewFile(path.join(temp, DRAFT), encodeDraft(draft), options);
      await writeNewFile(path.join(temp, JOB), encodeEnvelope(KIND, VERSION, job), options);
      if (this.fsync) await syncDirectory(this.fs, temp);
      await this.fs.rename(temp, final);
    } catch (error) {
      await this.fs.rm(temp, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
    if (this.fsync) await syncDirectory(this.fs, this.dir);
    this.jobs.set(job.id, job);
  }

  /** Writes the job's new state (atomically); the in-memory copy follows only once it is on disk. */
  save(job: SyncJob): Promise<void> {
    return this.writes.run(job.id, async () => {
      const text = encodeEnvelope(KIND, VERSION, SyncJobSchema.parse(job));
      await writeFileAtomic(path.join(this.dir, job.id, JOB), text, { fs: this.fs, fsync: this.fsync });
      this.jobs.set(job.id, job);
    });
  }

  /**
   * A change only eyes need ("uploading photo 2/5"): kept in memory and announced, not written.
   * A crash forgets it and loses nothing (the job on disk is "sending" and resumes); writing it
   * would cost an fsync per photo on the path every send waits on.
   */
  show(job: SyncJob): Promise<void> {
    return this.writes.run(job.id, () => {
      this.jobs.set(job.id, job);
      return Promise.resolve();
    });
  }

  /** The draft exactly as it was queued. */
  async draftOf(jobId: string): Promise<Draft | null> {
    const text = await this.fs.readFile(path.join(this.dir, jobId, DRAFT), 'utf8').catch(() => null);
    if (text === null) return null;
    const decoded = decodeDraft(text);
    return decoded.ok ? decoded.draft : null;
  }

  /** Waits for the writes in flight (close, tests). */
  idle(): Promise<void> {
    return this.writes.idle();
  }
}
