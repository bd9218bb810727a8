// First: lowers this process's priority before any other module starts a thread.
import { vipsThreadsFor } from './background';
import os from 'node:os';
import sharp from 'sharp';
import type { FromWorker } from './protocol';
import { createPhotoWorker } from './photoWorker';

/*
 * The photo worker process. The same file runs under Electron's utilityProcess (messages on
 * process.parentPort) and under child_process.fork (process.send / 'message'), started with
 * MALLOC_ARENA_MAX=2 by either host so glibc keeps few arenas while libvips works.
 */

/** The part of Electron's parentPort the worker uses (no 'electron' import outside main/app). */
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

const send = (message: FromWorker): void => {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
};

sharp.concurrency(vipsThreadsFor(os.availableParallelism()));

const handle = createPhotoWorker(send, () => process.exit(0));

if (parentPort) parentPort.on('message', (event) => handle(event.data));
else {
  process.on('message', handle);
  // The main process went away: nothing will ever read our answers.
  process.on('disconnect', () => process.exit(0));
}
