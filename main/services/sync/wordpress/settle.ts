/** Clock and sleep a send uses; tests pass fast ones. */
export interface SendTiming {
  /** How long an unanswered write may still be running at the server before we look for its result. */
  settleMs: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => Date;
}

/**
 * Waits until a write started at `startedAt` has surely finished at the server, if it ever will:
 * a lookup made while WordPress is still storing the upload finds nothing, and the retry would
 * upload a duplicate.
 */
export async function settle(startedAt: string, { settleMs, sleep, now }: SendTiming, signal?: AbortSignal) {
  const left = Date.parse(startedAt) + settleMs - now().getTime();
  if (left > 0) await sleep(left, signal);
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
