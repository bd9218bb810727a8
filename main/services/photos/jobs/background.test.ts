import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { vipsThreadsFor } from './background';

const background = path.join(import.meta.dirname, 'background.ts');

/**
 * In a fresh process (as the worker starts): import the module, then start libuv's thread pool
 * (pbkdf2 runs there) and read every thread's nice value from /proc.
 */
const probe = `
import { pbkdf2 } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
await import(${JSON.stringify(background)});
const before = new Set(readdirSync('/proc/self/task'));
await new Promise((done) => pbkdf2('x', 'y', 1000, 32, 'sha256', done));
const nice = (task) => Number(readFileSync('/proc/self/task/' + task + '/stat', 'utf8').split(') ')[1].split(' ')[16]);
const all = readdirSync('/proc/self/task');
const started = all.filter((task) => !before.has(task));
console.log(JSON.stringify({ priority: os.getPriority(), threads: all.map(nice), started: started.map(nice) }));
`;

describe('the photo worker runs behind the window', () => {
  it.runIf(process.platform === 'linux')(
    'every thread of its process runs at the lower priority, also those started later',
    async () => {
      const run = promisify(execFile);
      const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe]);
      const { priority, threads, started } = JSON.parse(stdout) as {
        priority: number;
        threads: number[];
        started: number[];
      };
      expect(priority).toBe(19);
      expect(threads.length).toBeGreaterThan(1);
      expect(new Set([...threads, ...started])).toEqual(new Set([19]));
    },
  );

  it('leaves one core to the window when there is more than one', () => {
    expect([1, 2, 4, 8].map(vipsThreadsFor)).toEqual([1, 1, 3, 7]);
  });
});
