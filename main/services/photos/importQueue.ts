export interface QueueProgress<T, R> {
  /** Items finished (succeeded, failed or skipped), this one included. */
  done: number;
  total: number;
  item: T;
  result: R;
}

export interface QueueOptions<T, R> {
  /** At most this many items in work at once. */
  concurrency: number;
  /** Cancels the batch: items not yet started get `skipped(item)`; running ones see the signal. */
  signal?: AbortSignal;
  /** The result of an item never started because the batch was cancelled. */
  skipped: (item: T) => R;
  /** The result of an item whose work threw (the work should rather return a failure). */
  failed: (item: T, error: unknown) => R;
  onProgress?: (progress: QueueProgress<T, R>) => void;
}

/**
 * Runs `work` over `items` with bounded concurrency, in the background of whoever awaits it,
 * reporting each item as it settles. Results keep the order of `items`. One item's failure never
 * stops the others; only the signal does.
 */
export async function runQueue<T, R>(
  items: readonly T[],
  work: (item: T, signal: AbortSignal | undefined) => Promise<R>,
  options: QueueOptions<T, R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  const settle = (index: number, result: R) => {
    results[index] = result;
    done += 1;
    try {
      options.onProgress?.({ done, total: items.length, item: items[index], result });
    } catch {
      // A failing progress listener (a closed window) must not lose the batch.
    }
  };
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index];
      if (options.signal?.aborted) {
        settle(index, options.skipped(item));
        continue;
      }
      let result: R;
      try {
        result = await work(item, options.signal);
      } catch (error) {
        result = options.failed(item, error);
      }
      settle(index, result);
    }
  };
  const lanes = Math.max(1, Math.min(options.concurrency, items.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
