import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A server started in its own session and process group, stopped as a whole group.
 *
 * Why a group: `php -S` with PHP_CLI_SERVER_WORKERS forks workers that outlive a SIGTERM to their
 * parent and keep serving the port, and a parent stopped during start-up can fork them after we
 * looked. So we signal the group and re-scan /proc until no live member is left.
 */
export interface ServerProcess {
  readonly pid: number;
  /** Live (not zombie) processes of the group right now. */
  members(): number[];
  /** Whether the leader has exited (or is a zombie). */
  exited(): boolean;
  /** SIGTERM the group, wait up to graceMs, then SIGKILL and re-scan until the group is empty. */
  stop(graceMs: number): Promise<void>;
}

export interface StartOptions {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** stdout and stderr both go here (a file, never a pipe: the group may outlive our reading it). */
  logFile: string;
}

export function startServerProcess({ command, args, env, cwd, logFile }: StartOptions): ServerProcess {
  const log = openSync(logFile, 'a');
  // detached: the child calls setsid(), so its pid is also its process group id.
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  if (child.pid === undefined) throw new Error(`could not start ${command}: see ${logFile}`);
  const pid = child.pid;
  child.on('error', () => {}); // reported through exited() and the log
  child.unref();
  // A test run that dies or forgets stop() must not leave a database or a server running.
  const killOnExit = () => signalGroup(pid, 'SIGKILL');
  process.once('exit', killOnExit);
  return {
    pid,
    members: () => groupMembers(pid),
    exited: () => !isAlive(pid),
    stop: async (graceMs) => {
      await stopGroup(pid, graceMs);
      process.off('exit', killOnExit);
    },
  };
}

/** State letter from /proc/PID/stat ('Z' zombie, 'X' dead), or null when the pid is gone. */
function procStat(pid: number): { state: string; pgrp: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces or ')': read after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], pgrp: Number(fields[2]) };
  } catch {
    return null;
  }
}

/** `kill -0` says a zombie lives (this machine's init reaps late): read the state instead. */
export function isAlive(pid: number): boolean {
  const stat = procStat(pid);
  return stat !== null && stat.state !== 'Z' && stat.state !== 'X';
}

export function groupMembers(pgid: number): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = procStat(Number(name));
    if (stat && stat.pgrp === pgid && stat.state !== 'Z' && stat.state !== 'X') found.push(Number(name));
  }
  return found;
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is already empty
  }
}

async function stopGroup(pgid: number, graceMs: number): Promise<void> {
  signalGroup(pgid, 'SIGTERM');
  const graceEnds = Date.now() + graceMs;
  while (groupMembers(pgid).length > 0 && Date.now() < graceEnds) await sleep(25);
  // Re-scan after each SIGKILL: a member may have forked between the scan and the signal.
  const giveUp = Date.now() + 10_000;
  while (groupMembers(pgid).length > 0) {
    if (Date.now() > giveUp) throw new Error(`process group ${pgid} survived SIGKILL: ${groupMembers(pgid).join(' ')}`);
    signalGroup(pgid, 'SIGKILL');
    await sleep(25);
  }
}
