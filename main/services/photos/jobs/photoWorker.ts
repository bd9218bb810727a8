import { systemClock } from '../../clock';
import { realFs } from '../../storage';
import { PhotoFolder } from '../PhotoFolder';
import { PhotosService } from '../PhotosService';
import { redevelop } from '../refresh';
import { ToWorkerSchema, type FromWorker, type ToWorker } from './protocol';

/**
 * The photo worker's side: runs the jobs the main process sends, on the same PhotosService code
 * the main process would run in-process (so the files are the same), and answers each job once.
 * One service for the worker's life: the same photo in two batches is still stored once.
 */
export function createPhotoWorker(send: (message: FromWorker) => void, onStop: () => void) {
  const services = new Map<boolean, PhotosService>();
  const serviceFor = (fsync: boolean) => {
    let service = services.get(fsync);
    if (!service) services.set(fsync, (service = new PhotosService({ clock: systemClock, fsync })));
    return service;
  };
  const running = new Map<number, AbortController>();

  const failed = (jobId: number, error: unknown): FromWorker => ({
    type: 'failed',
    jobId,
    error:
      error instanceof Error
        ? { name: error.name, message: error.message, code: (error as { code?: unknown }).code?.toString() }
        : { name: 'Error', message: String(error) },
  });

  async function run(message: Exclude<ToWorker, { type: 'cancel' | 'stop' }>): Promise<FromWorker> {
    const { jobId } = message;
    if (message.type === 'redevelop') {
      const folder = new PhotoFolder(message.draftDir, realFs, false);
      const developed = await redevelop(realFs, folder, message.record, message.settings);
      return { type: 'developed', jobId, developed };
    }
    const controller = new AbortController();
    running.set(jobId, controller);
    try {
      const results = await serviceFor(message.fsync).importInto(message.draftDir, message.items, {
        signal: controller.signal,
        overrides: message.settings,
        onProgress: (progress) => send({ type: 'progress', jobId, progress }),
      });
      return { type: 'imported', jobId, results };
    } finally {
      running.delete(jobId);
    }
  }

  return (raw: unknown): void => {
    const parsed = ToWorkerSchema.safeParse(raw);
    // Nothing to answer a message without a job number: the main process times nothing out, it
    // learns of a broken worker from its exit.
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'stop') return onStop();
    if (message.type === 'cancel') return running.get(message.jobId)?.abort();
    run(message).then(send, (error: unknown) => send(failed(message.jobId, error)));
  };
}
