import { describe, expect, it } from 'vitest';
import { formatImportProgress } from '../../../shared/text/progress';
import { runQueue, type QueueProgress } from './importQueue';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const handlers = {
  skipped: (item: number) => `skipped ${item}`,
  failed: (item: number, error: unknown) => `failed ${item}: ${(error as Error).message}`,
};

describe('the import queue', () => {
  it('never runs more than `concurrency` at once, and keeps the order of results', async () => {
    let running = 0;
    let most = 0;
    const results = await runQueue(
      [30, 5, 20, 1, 10, 2],
      async (ms) => {
        running += 1;
        most = Math.max(most, running);
        await sleep(ms);
        running -= 1;
        return `done ${ms}`;
      },
      { concurrency: 2, ...handlers },
    );
    expect(most).toBe(2);
    expect(results).toEqual(['done 30', 'done 5', 'done 20', 'done 1', 'done 10', 'done 2']);
  });

  it('reports progress as each item settles', async () => {
    const events: QueueProgress<number, string>[] = [];
    await runQueue([1, 2, 3], async (n) => `ok ${n}`, {
      concurrency: 2,
      ...handlers,
      onProgress: (e) => events.push(e),
    });
    expect(events.map((e) => `${e.done}/${e.total}`)).toEqual(['1/3', '2/3', '3/3']);
    expect(formatImportProgress({ done: 12, total: 40, failed: 0 })).toBe('12/40 photos');
    expect(formatImportProgress({ done: 12, total: 40, failed: 2 })).toBe('12/40 photos (2 failed)');
  });

  it('one failure does not stop the batch; a failing listener neither', async () => {
    const results = await runQueue(
      [1, 2, 3],
      async (n) => {
        if (n === 2) throw new Error('boom');
        return `ok ${n}`;
      },
      {
        concurrency: 1,
        ...handlers,
        onProgress: () => {
          throw new Error('window closed');
        },
      },
    );
    expect(results).toEqual(['ok 1', 'failed 2: boom', 'ok 3']);
  });

  it('cancel: running items see the signal, the rest are skipped', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const results = await runQueue(
      [1, 2, 3, 4, 5],
      async (n, signal) => {
        seen.push(n);
        if (n === 2) controller.abort();
        await sleep(5);
        signal?.throwIfAborted();
        return `ok ${n}`;
      },
      { concurrency: 2, signal: controller.signal, ...handlers },
    );
    expect(seen).toEqual([1, 2]);
    expect(results.slice(2)).toEqual(['skipped 3', 'skipped 4', 'skipped 5']);
    expect(results[0]).toMatch(/^failed 1/);
  });

  it('an empty batch is done at once', async () => {
    expect(await runQueue([], async () => 'x', { concurrency: 2, ...handlers })).toEqual([]);
  });
});
