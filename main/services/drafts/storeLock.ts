import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * What newsdesk.lock holds: the process that has the folder open, since when, and who that
 * process is (`start`): a process number alone is reused after a reboot or a crash, the start
 * time of the process that bears it is not.
 */
export const LockSchema = z.object({
  pid: z.number().int().positive(),
  since: z.string().optional(),
  start: z.string().max(200).optional(),
});
export type Lock = z.infer<typeof LockSchema>;

/** Who a running process is: an id stable for its life, and when it started if the system says. */
export interface ProcessStart {
  id: string;
  startedAtMs: number | null;
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux Node runs on.

function linuxStartOf(pid: number): ProcessStart | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command) is in parentheses and may hold spaces: count fields after its ')'.
    const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const btime = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1];
    if (!ticks || !/^\d+$/.test(ticks)) return null;
    const startedAtMs = btime ? Number(btime) * 1000 + (Number(ticks) * 1000) / CLOCK_TICKS_PER_SECOND : null;
    return { id: `linux:${bootId}:${ticks}`, startedAtMs };
  } catch {
    return null;
  }
}

function psStartOf(pid: number): ProcessStart | null {
  try {
    const text = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 2000 }).trim();
    if (!text) return null;
    const ms = Date.parse(text);
    return { id: `ps:${text}`, startedAtMs: Number.isNaN(ms) ? null : ms };
  } catch {
    return null;
  }
}

/**
 * The start of a running process: /proc on Linux (start time in clock ticks since boot, with
 * the boot id), `ps -o lstart` on macOS and other Unix. Null when the system does not say
 * (Windows): the lock then falls back to "the process is alive".
 */
export function processStartOf(pid: number): ProcessStart | null {
  if (process.platform === 'linux') return linuxStartOf(pid);
  if (process.platform === 'win32') return null;
  return psStartOf(pid);
}

/**
 * Whether a process of that number runs. A zombie does not: it has ended and holds nothing, but
 * keeps its number until its parent reaps it — forever in a container whose first process never
 * reaps orphans, where a Newsdesk killed with its wrapper stayed "alive" and locked its folder.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !(process.platform === 'linux' && isZombie(pid));
}

/** Linux: the process's state (the field after its command in /proc/<pid>/stat) is Z or X. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return /^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

/**
 * What a lock file found at start-up means. `free`: none (clean stop or first run). `crashed`:
 * its owner is gone, or the file is not a lock. `stale`: its number is alive but belongs to
 * another process (it started at another moment, or after the lock was written). `in_use`: the
 * owner is alive and nothing says it is someone else.
 */
export type LockVerdict = 'free' | 'crashed' | 'stale' | 'in_use';

export function judgeLock(
  found: Lock | 'none' | 'not_a_lock',
  now: { ownPid: number; alive: boolean; start: ProcessStart | null },
): LockVerdict {
  if (found === 'none') return 'free';
  if (found === 'not_a_lock' || found.pid === now.ownPid || !now.alive) return 'crashed';
  if (!now.start) return 'in_use';
  if (found.start !== undefined) return found.start === now.start.id ? 'in_use' : 'stale';
  // A lock from before `start` was written: its owner started before it wrote `since`.
  const since = found.since === undefined ? NaN : Date.parse(found.since);
  if (now.start.startedAtMs !== null && !Number.isNaN(since) && now.start.startedAtMs > since + 1000) return 'stale';
  return 'in_use';
}
