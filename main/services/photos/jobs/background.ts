import { readdirSync } from 'node:fs';
import os from 'node:os';

/*
 * The photo worker is a batch in the background: the reporter's typing comes first, so it runs at
 * the lowest priority (nice 19: at below-normal, 10, a 200-photo import still cost typing a 2.4×
 * p95 on two cores; at 19, 1.8×), taking only what the window leaves idle. On Linux a
 * nice value belongs to each thread and a new thread inherits its creator's, so every thread
 * already running (the module loader may have started libuv's pool) is lowered too; the threads
 * libvips starts later come from these. Elsewhere the priority is the process's.
 */
export function lowerPriority(): number {
  const threads = process.platform === 'linux' ? readdirSync('/proc/self/task').map(Number) : [0];
  for (const thread of threads) {
    try {
      os.setPriority(thread, os.constants.priority.PRIORITY_LOW);
    } catch {
      // Not allowed here (a locked-down account), or the thread just ended: the work still runs.
    }
  }
  return os.getPriority();
}

/** libvips threads per picture: one core is left to the window when there is more than one. */
export const vipsThreadsFor = (cores: number): number => Math.max(1, cores - 1);

lowerPriority();
