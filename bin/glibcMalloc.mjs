// glibc's malloc, set for Newsdesk's long-running processes on Linux. glibc reads these variables
// once, when the process starts, so a process that lacks them runs itself again as a child that
// has them (the wrapper forwards signals and ends with it). Other systems ignore them.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';

/**
 * The command line: glibc gives each busy thread its own arena; libvips' threads then fragment them
 * and a long batch grows by ~4 MiB a photo (280 → 490 MiB from 10 to 100 photos). Two keep it flat.
 */
export const CLI_MALLOC = { MALLOC_ARENA_MAX: '2' };

/**
 * The web host, which takes in every imported photo as an HTTP body and hands renditions to disk:
 * under glibc's default 128 KiB mmap threshold, the 16–64 KiB buffers of sockets, pipes and files
 * came from the brk heap, and a 200-photo import left its freed chunks there, never returned (host
 * RSS 92 → 151 MiB, measured). From 16 KiB up, allocations are mapped and unmapped on their own:
 * the brk heap grows by ~3 MiB over the same import (at 64 KiB: ~13 MiB).
 */
export const HOST_MALLOC = { ...CLI_MALLOC, MALLOC_MMAP_THRESHOLD_: '16384' };

/** Whether this process must run itself again to get `vars` (Linux, one of them unset). */
export function needsRerun(vars) {
  return process.platform === 'linux' && Object.keys(vars).some((name) => process.env[name] === undefined);
}

/**
 * Runs this very command again as a child with `vars` set. The run is then two processes, and the
 * child (the one that holds the data folder's lock) must never outlive this wrapper: it is told of
 * every signal the wrapper gets, and it has an IPC channel to the wrapper that closes when the
 * wrapper dies in any way, SIGKILL included (see stopWithParent).
 */
export function rerunWith(vars) {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ...vars },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(signal, () => {
      // Ctrl-C in a terminal already reaches the child (same process group): a second SIGINT would
      // turn `photos`' gentle cancel into an immediate stop. SIGTERM and SIGHUP twice do no harm.
      if (signal !== 'SIGINT' || !inTerminalForeground()) child.kill(signal);
    });
  child.on('exit', (code, signal) => process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1)));
}

/** Whether this process is in its terminal's foreground process group (Linux: /proc/self/stat). */
function inTerminalForeground() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    const [processGroup, terminalForegroundGroup] = [fields[2], fields[5]];
    return Number(terminalForegroundGroup) > 0 && processGroup === terminalForegroundGroup;
  } catch {
    return false;
  }
}

/** In the child: the wrapper is gone (its IPC channel closed), so stop as a hang-up would stop us. */
export function stopWithParent() {
  if (!process.channel) return;
  // The channel must not keep a finished command running.
  process.channel.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGHUP'));
}
