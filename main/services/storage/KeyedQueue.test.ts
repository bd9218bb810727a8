import { describe, expect, it } from 'vitest';
import { KeyedQueue, mapLimit } from './KeyedQueue';

/** A task that waits until the test lets it finish, recording when it starts and ends. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const task = async () => {
    log.push(`${name} start`);
    await opened;
    log.push(`${name} end`);
    return name;
  };
  return { task, open };
}

describe('KeyedQueue', () => {
  it('runs one key in order, never interleaved, while another key runs freely', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const a1 = gate(log, 'a1');
    const a2 = gate(log, 'a2');
    const b1 = gate(log, 'b1');
    const results = [queue.run('a', a1.task), queue.run('a', a2.task), queue.run('b', b1.task)];
    await Promise.resolve();
    b1.open();
    await results[2];
    expect(log).toEqual(['a1 start', 'b1 start', 'b1 end']);
    a2.open();
    a1.open();
    expect(await Promise.all(results)).toEqual(['a1', 'a2', 'b1']);
    expect(log).toEqual(['a1 start', 'b1 start', 'b1 end', 'a1 end', 'a2 start', 'a2 end']);
  });

  it('a failed task fails for its caller only; the next task of the key still runs', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('a', () => Promise.reject(new Error('disk full')));
    const next = queue.run('a', async () => 'saved');
    await expect(failed).rejects.toThrow('disk full');
    expect(await next).toBe('saved');
  });

  it('counts the tasks queued or running, down to 0 once they settle (failed ones too)', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const a1 = gate(log, 'a1');
    const runs = [
      queue.run('a', a1.task),
      queue.run('a', async () => 'a2'),
      queue.run('b', () => Promise.reject(new Error('x'))),
    ];
    expect(queue.pending).toBe(3);
    await runs[2].catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve)); // every settled task's bookkeeping done
    expect(queue.pending).toBe(2); // a1 still running, a2 waiting behind it
    a1.open();
    await Promise.allSettled(runs);
    await queue.idle();
    expect(queue.pending).toBe(0);
  });

  it('idle waits for tasks queued while it waits', async () => {
    const queue = new KeyedQueue();
    const done: string[] = [];
    void queue.run('a', async () => {
      void queue.run('b', async () => void done.push('b'));
      done.push('a');
    });
    await queue.idle();
    expect(done).toEqual(['a', 'b']);
  });
});

describe('mapLimit', () => {
  it.each([
    { items: 0, limit: 4, most: 0 },
    { items: 3, limit: 16, most: 3 },
    { items: 10, limit: 2, most: 2 },
  ])('$items items, limit $limit: each done once, at most $most at a time', async ({ items, limit, most }) => {
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    await mapLimit(
      Array.from({ length: items }, (_, i) => i),
      limit,
      async (i) => {
        peak = Math.max(peak, ++running);
        await new Promise((resolve) => setImmediate(resolve));
        seen.push(i);
        running--;
      },
    );
    expect(seen.sort((x, y) => x - y)).toEqual(Array.from({ length: items }, (_, i) => i));
    expect(peak).toBe(most);
  });
});
