import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

/** What `npm run web` runs once the app is built. */
const webMjs = path.resolve(import.meta.dirname, '../../bin/web.mjs');
/** The environment a person starts it from: none of glibc's malloc variables. */
const plainEnv = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MALLOC_')));
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [webMjs, ...args], {
      timeout: 30_000,
      env: plainEnv(),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

test('npm run web -- --help lists the options and starts nothing; a mistyped option says so and shows them', async () => {
  const help = await run('--help');
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('--data <folder>');
  expect(help.stdout).toContain('--port <number>');
  expect(help.stdout).not.toContain('Newsdesk is running');

  const typo = await run('--data-dir', '/tmp/nowhere');
  expect(typo.code).toBe(1);
  expect(typo.stderr).toContain("Unknown option '--data-dir'");
  expect(typo.stderr).toContain('--data <folder>');
});

/** Running and not a zombie waiting to be reaped. */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

test('npm run web serves from a host whose malloc gives imported photos back, and that host ends with its wrapper', async () => {
  test.skip(process.platform !== 'linux', 'glibc malloc variables: Linux only');
  const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-web-wrapper-'));
  const wrapper = spawn(process.execPath, [webMjs, '--data', path.join(dir, 'data'), '--port', '0'], {
    env: plainEnv(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    let out = '';
    wrapper.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await expect.poll(() => /http:\/\/127\.0\.0\.1:\d+\/\?token=\w+/.exec(out)?.[0], { timeout: 60_000 }).toBeTruthy();
    const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=\w+/.exec(out)?.[0] ?? '';
    expect((await fetch(url)).status).toBe(200);

    // The process that serves is the wrapper's child, started with glibc's settings.
    const [host] = readFileSync(`/proc/${wrapper.pid}/task/${wrapper.pid}/children`, 'utf8').split(/\s+/).map(Number);
    const environ = readFileSync(`/proc/${host}/environ`, 'utf8').split('\0');
    expect(environ).toEqual(expect.arrayContaining(['MALLOC_ARENA_MAX=2', 'MALLOC_MMAP_THRESHOLD_=16384']));

    // kill -9 of the wrapper (a closed terminal, a task manager): the host stops too, rather than
    // serving on with nobody to stop it.
    wrapper.kill('SIGKILL');
    await expect.poll(() => running(host), { timeout: 30_000 }).toBe(false);
    await expect(fetch(url)).rejects.toThrow();
  } finally {
    wrapper.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  }
});
