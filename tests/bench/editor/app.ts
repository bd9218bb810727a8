// The real app for the benchmark: a fresh build of the working tree, served by the loopback web host.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startHost as startBuiltHost } from '../../e2e/host';

const root = path.resolve(import.meta.dirname, '../../..');
/**
 * Its own build folder: the bench measures the code as it is now and never rewrites out/ under a
 * running E2E. Inside node_modules/ so the main bundle's external packages (zod…) resolve.
 */
export const buildDir = path.join(root, 'node_modules/.cache/newsdesk-bench-editor');

export function buildApp(): void {
  rmSync(buildDir, { recursive: true, force: true });
  const cli = path.join(root, 'node_modules/electron-vite/bin/electron-vite.js');
  const run = spawnSync(process.execPath, [cli, 'build', '--outDir', buildDir, '-l', 'warn'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`electron-vite build failed:\n${run.stdout}\n${run.stderr}`);
}

export interface Host {
  /** http://127.0.0.1:PORT */
  origin: string;
  token: string;
  /** The web host's own process (node web.js), whose /proc status the import bench reads. */
  pid: number;
  call<T>(operation: string, request: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** Starts this build's `web.js --port 0 --data DIR` (as the E2E fixtures do) and reads its URL. */
export async function startHost(dataDir: string): Promise<Host> {
  const running = await startBuiltHost(dataDir, path.join(buildDir, 'main/web.js'));
  const url = new URL(running.url);
  const origin = url.origin;
  const token = url.searchParams.get('token') ?? '';
  return {
    origin,
    token,
    pid: running.process.pid ?? 0,
    call: (operation, request) => call(origin, token, operation, request),
    stop: () => stop(running.process),
  };
}

async function call<T>(origin: string, token: string, operation: string, request: unknown): Promise<T> {
  const response = await fetch(`${origin}/api/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-newsdesk-token': token },
    body: JSON.stringify(request),
  });
  const result = (await response.json()) as
    { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
  if (!result.ok) throw new Error(`${operation}: ${result.error.code} ${result.error.message}`);
  return result.data;
}

/** SIGTERM: the host finishes its saves and writes its index, then exits. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
