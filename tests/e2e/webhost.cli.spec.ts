import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const webJs = path.resolve(import.meta.dirname, '../../out/main/web.js');
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [webJs, ...args], { timeout: 30_000 });
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
