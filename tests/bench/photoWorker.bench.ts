/**
 * A 200-photo import, in the main process vs in the photo worker (issue 13.3): the main
 * process's largest event-loop stall during the import (perf_hooks.monitorEventLoopDelay), and
 * its RSS after the batch against before. The 99th percentile of the stalls is printed too: on a
 * shared machine one descheduling can set the maximum. Each mode runs in its own fresh process on the same
 * 200 generated camera-sized JPEGs (distinct sizes, so none is a duplicate).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makeJpeg } from '../support/photos';
import { benchLine } from './benchFormat';

const COUNT = Number(process.env.NEWSDESK_BENCH_PHOTOS ?? 200);
const root = path.resolve(import.meta.dirname, '../..');
const scratch = path.join(os.tmpdir(), `newsdesk-bench-worker-${process.pid}`);
const photosDir = path.join(scratch, 'card');

interface Run {
  mode: string;
  photos: number;
  failed: number;
  idle: { max: number; p99: number };
  stall: { max: number; p99: number };
  before: number;
  after: number;
}

function importOnce(mode: 'in-process' | 'worker'): Run {
  const draft = path.join(scratch, `draft-${mode}`);
  const script = path.join(root, 'tests/bench/photoWorker/importOnce.ts');
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, mode, photosDir, draft], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, MALLOC_ARENA_MAX: '2' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`${mode} import failed (exit ${child.status})`);
  const run = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Run;
  if (run.failed > 0) throw new Error(`${mode}: ${run.failed} of ${run.photos} photos failed`);
  return run;
}

await mkdir(photosDir, { recursive: true });
try {
  for (let i = 0; i < COUNT; i++) {
    const photo = await makeJpeg({ width: 2400 + 2 * i, height: 1600 + (i % 7) });
    await writeFile(path.join(photosDir, `DSC_${String(i).padStart(4, '0')}.jpg`), photo);
  }
  const here = importOnce('in-process');
  const worker = importOnce('worker');
  const name = `photo-import-${COUNT}`;
  benchLine(`${name}-loop-stall-max-in-process`, here.stall.max, 'ms', here.idle.max, 'loop-stall-max-idle');
  benchLine(
    `${name}-loop-stall-max-worker`,
    worker.stall.max,
    'ms',
    here.stall.max,
    `${name}-loop-stall-max-in-process`,
  );
  benchLine(`${name}-loop-stall-p99-in-process`, here.stall.p99, 'ms', here.idle.p99, 'loop-stall-p99-idle');
  benchLine(
    `${name}-loop-stall-p99-worker`,
    worker.stall.p99,
    'ms',
    here.stall.p99,
    `${name}-loop-stall-p99-in-process`,
  );
  benchLine(`${name}-main-rss-after-in-process`, here.after, 'MiB', here.before, 'main-rss-before-in-process');
  benchLine(`${name}-main-rss-after-worker`, worker.after, 'MiB', worker.before, 'main-rss-before-worker');
} finally {
  await rm(scratch, { recursive: true, force: true });
}
