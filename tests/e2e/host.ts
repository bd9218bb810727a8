import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { HOST_MALLOC } from '../../bin/glibcMalloc.mjs';

const root = path.resolve(import.meta.dirname, '../..');

export interface RunningHost {
  url: string;
  process: ChildProcess;
  /** Everything the host printed, for the test's attachments. */
  log: () => string;
}

/**
 * Starts the built loopback web host (`out/main/web.js`, or another build's) on a data folder, as
 * `npm run web` does: with its malloc settings, but as one process (no bin/web.mjs wrapper), so a
 * test's kill -9 kills the very process that holds the data.
 */
export function startHost(dataDir: string, webJs = path.join(root, 'out/main/web.js')): Promise<RunningHost> {
  // No --port: the host keeps its port per data folder, as `npm run web` does, so a restarted
  // host is the same origin and the page's unsaved journal (localStorage) is found again.
  const child = spawn(process.execPath, [webJs, '--data', dataDir], {
    cwd: root,
    env: { ...process.env, ...HOST_MALLOC },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], process: child, log: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
}

/** Stops a host the way a crash or force-quit would: SIGKILL, no chance to flush anything. */
export async function killHost(host: RunningHost): Promise<void> {
  if (host.process.exitCode !== null) return;
  const exited = new Promise((resolve) => host.process.once('exit', resolve));
  host.process.kill('SIGKILL');
  await exited;
}
