import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBatcher } from './batcher';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createBatcher', () => {
  it('hands a burst over once, in order, at most once per period', () => {
    const flushed: number[][] = [];
    const batcher = createBatcher<number>(250, (items) => flushed.push(items));
    batcher.add(1);
    batcher.add(2);
    vi.advanceTimersByTime(100);
    batcher.add(3);
    expect(flushed).toEqual([]);
    vi.advanceTimersByTime(150);
    expect(flushed).toEqual([[1, 2, 3]]);
    batcher.add(4);
    vi.advanceTimersByTime(250);
    expect(flushed).toEqual([[1, 2, 3], [4]]);
    vi.advanceTimersByTime(1000);
    expect(flushed).toHaveLength(2); // nothing waiting, nothing handed over
  });

  it('cancel drops what waits and starts afresh', () => {
    const flushed: string[][] = [];
    const batcher = createBatcher<string>(250, (items) => flushed.push(items));
    batcher.add('a');
    batcher.cancel();
    vi.advanceTimersByTime(500);
    expect(flushed).toEqual([]);
    batcher.add('b');
    vi.advanceTimersByTime(250);
    expect(flushed).toEqual([['b']]);
  });
});
