/**
 * One 200-photo import in this process, in one mode, printed as one JSON line for
 * photoWorker.bench.ts: `node --expose-gc --import tsx importOnce.ts <in-process|worker> <photos dir> <draft dir>`.
 * A process per mode, so one mode's leftovers never count against the other.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { forkLauncher } from '../../../main/services/photos/jobs/forkLauncher';
import { PhotoWorkerPool } from '../../../main/services/photos/jobs/PhotoWorkerPool';
import { PhotosService } from '../../../main/services/photos/PhotosService';

const [mode, photosDir, draftDir] = process.argv.slice(2);
const root = path.resolve(import.meta.dirname, '../../..');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const rssMiB = () => {
  gc();
  return process.memoryUsage().rss / 2 ** 20;
};

/** The largest event-loop stall and the 99th percentile (ms) while `work` runs, sampled every 10 ms. */
async function stallsDuring(work: () => Promise<unknown>): Promise<{ max: number; p99: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  await work();
  histogram.disable();
  return { max: histogram.max / 1e6, p99: histogram.percentile(99) / 1e6 };
}

const photos = (await readdir(photosDir)).sort().map((f) => path.join(photosDir, f));
const pool =
  mode === 'worker'
    ? new PhotoWorkerPool({
        launch: forkLauncher(path.join(root, 'main/services/photos/jobs/entry.ts'), { execArgv: ['--import', 'tsx'] }),
      })
    : undefined;
const service = new PhotosService({ clock: { now: () => new Date() }, jobs: pool });

// Sharp and the pipeline's modules are loaded in both modes before the "before" figure.
await import('sharp');
const idle = await stallsDuring(() => new Promise((resolve) => setTimeout(resolve, 1000)));
const before = rssMiB();
let failed = 0;
const stall = await stallsDuring(async () => {
  const results = await service.importInto(draftDir, photos);
  failed = results.filter((r) => !r.ok).length;
});
const peakDuring = process.memoryUsage().rss / 2 ** 20;
// The batch is over: the worker (if any) ends; what this process still holds is what stays.
await service.close();
const after = rssMiB();
console.log(JSON.stringify({ mode, photos: photos.length, failed, idle, stall, before, after, peakDuring }));
