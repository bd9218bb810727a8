import { describe, expect, it } from 'vitest';
import { RefreshQueue } from './RefreshQueue';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A task that records its run and finishes only when released. */
function gate(log: string[], name: string) {
  let release = () => {};
  const done = new Promise<void>((resolve) => (release = resolve));
  return { task: () => (log.push(name), done), release: () => release() };
}

describe('RefreshQueue', () => {
  it('runs once after the last of quick changes, with the latest task', async () => {
    const queue = new RefreshQueue({ delayMs: 20, concurrency: 2 });
    const log: string[] = [];
    for (const name of ['a1', 'a2', 'a3']) queue.schedule('a', async () => void log.push(name));
    await queue.whenIdle();
    expect(log).toEqual(['a3']);
  });

  it('a change while running earns exactly one more run, never two at once for a key', async () => {
    const queue = new RefreshQueue({ delayMs: 5, concurrency: 2 });
    const log: string[] = [];
    const first = gate(log, 'first');
    queue.schedule('a', first.task);
    await sleep(20);
    expect(log).toEqual(['first']);
    queue.schedule('a', async () => void log.push('second'));
    await sleep(20);
    queue.schedule('a', async () => void log.push('third'));
    await sleep(20);
    expect(log).toEqual(['first']); // still running: the later changes wait
    first.release();
    await queue.whenIdle();
    expect(log).toEqual(['first', 'third']);
  });

  it('limits runs across keys; a throwing task does not wedge its key', async () => {
    const queue = new RefreshQueue({ delayMs: 1, concurrency: 1 });
    const log: string[] = [];
    const a = gate(log, 'a');
    queue.schedule('a', a.task);
    queue.schedule('b', () => Promise.reject(new Error('boom')));
    await sleep(20);
    expect(log).toEqual(['a']);
    a.release();
    await queue.whenIdle();
    queue.schedule('b', async () => void log.push('b'));
    await queue.whenIdle();
    expect(log).toEqual(['a', 'b']);
  });

  it('close runs what waits at once, then refuses new work', async () => {
    const queue = new RefreshQueue({ delayMs: 60_000, concurrency: 1 });
    const log: string[] = [];
    queue.schedule('a', async () => void log.push('a'));
    await queue.close();
    queue.schedule('a', async () => void log.push('late'));
    await queue.whenIdle();
    expect(log).toEqual(['a']);
  });
});
